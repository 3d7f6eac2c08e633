package weakrand_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/weakrand"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), weakrand.Analyzer, "oauth", "randuse", "cookies", "claims", "shortread", "reset", "keys", "csrfkeys")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestAcrossPackages checks the flow engine's summary of another
// package's math/rand helper (a fact: its result is predictable, the
// jitter helper has none), which randuse's findings rely on.
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "randutil")
}

// TestRelated checks the related locations: every place the value of
// one predictable call becomes a secret, in position order, those found
// by a name (the function token returns it) last.
func TestRelated(t *testing.T) {
	want := []string{
		"related.go:14: related.go:21:55 it becomes a cookie value (http.Cookie.Value) here; related.go:22:22 it becomes the OAuth2 state ((*oauth2.Config).AuthCodeURL) here; related.go:16:9 it becomes the token related.token returns here",
	}
	for run := 0; run < 4; run++ {
		results := analysistest.Run(t, analysistest.TestData(), weakrand.Analyzer, "related")
		if !msgtest.CheckRelated(t, results, want) {
			t.Fatalf("run %d", run)
		}
	}
}
