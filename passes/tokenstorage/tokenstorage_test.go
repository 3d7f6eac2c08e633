package tokenstorage_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/tokenstorage"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenstorage.Analyzer, "cookies", "files", "urls", "ginapp", "echoapp", "sessionapp", "sessionsafe", "viperapp", "vipersafe", "sessionfields")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestAcrossPackages checks a token from the query passed to a function
// of another package that verifies it, through the flow engine's summary
// (asserted as a fact of the engine).
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "authlib")
	analysistest.Run(t, analysistest.TestData(), tokenstorage.Analyzer, "authuse")
}

// TestRelated checks the related locations: where the token comes from,
// where the cookie is built, where the mode is set, the write inside a
// helper.
func TestRelated(t *testing.T) {
	want := []string{
		"related.go:13: related.go:11:12 the access token comes from here; related.go:12:8 the cookie is built here",
		"related.go:18: related.go:18:20 the refresh token comes from here; related.go:17:10 mode 0666 set here",
		"related.go:24: related.go:24:11 the access token comes from here; related.go:21:26 written here",
	}
	results := analysistest.Run(t, analysistest.TestData(), tokenstorage.Analyzer, "related")
	msgtest.CheckRelated(t, results, want)
}
