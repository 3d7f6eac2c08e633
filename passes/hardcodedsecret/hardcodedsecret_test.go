package hardcodedsecret_test

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/hardcodedsecret"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "keys", "keyconsts", "examples/demo", "viperkeys", "oauthcfg", "josekeys", "jwxkeys", "influx", "influxfixed", "confdefault", "sessionkeys", "csrfkeys")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestRelated checks the related location: the key sink the hard-coded
// value reaches.
func TestRelated(t *testing.T) {
	want := []string{
		"related.go:15: related.go:15:2 the key is used here",
		"related.go:19: related.go:20:2 the key is used here",
		"related.go:8: related.go:11:2 the key is used here",
	}
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "related")
	got := msgtest.Related(results)
	if !slices.Equal(got, want) {
		t.Errorf("related locations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
