package tokenrefresh_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/tokenrefresh"
)

func TestServer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "server", "ginapp", "echoapp")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

func TestClient(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), tokenrefresh.Analyzer, "client", "expiry", "stored")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestClientAcrossPackages checks a static source of a token returned by
// a function of another package (its summary asserted as a fact).
func TestClientAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "tokenlib")
	analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "tokenuse")
}

// TestBearer checks hand-set Authorization headers from a session's
// token: in the function, through a helper of the package, beside the
// near misses (a 401 check, a fresh token, a package that refreshes).
func TestBearer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "bearer", "bearerrefresh")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestBearerRelated checks the related locations of a hand-set header:
// the session load or the decode of stored data, and the header set
// inside a helper.
func TestBearerRelated(t *testing.T) {
	want := []string{
		"bearer.go:125: bearer.go:124:9 the token is loaded from the session here; bearer.go:111:2 the Authorization header is set here",
		"bearer.go:221: bearer.go:219:10 the token is loaded from the session here",
		"bearer.go:240: bearer.go:236:12 the token is loaded from stored data here",
		"bearer.go:251: bearer.go:249:2 the token is loaded from stored data here",
		"bearer.go:28: bearer.go:23:13 the token is loaded from the session here",
		"bearer.go:45: bearer.go:43:9 the token is loaded from the session here",
		"bearer.go:48: bearer.go:43:9 the token is loaded from the session here",
	}
	results := analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "bearer")
	msgtest.CheckRelated(t, results, want)
}

// TestBearerAcrossPackages checks a helper of another package setting
// the header from its token parameter (its summary asserted as a fact).
func TestBearerAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "bearerlib")
	analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "beareruse")
}

// TestAcrossPackages checks a handler answering the error of a function
// of another package whose flow summary says its error result is a token
// verification's (asserted as a fact of the engine).
func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "authlib")
	analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "authuse")
}

// TestRelated checks the related locations: the verification call, the
// token endpoint call, the refresh field set.
func TestRelated(t *testing.T) {
	want := []string{
		"related.go:18: related.go:16:12 the token is verified here",
		"related.go:24: related.go:23:12 the token comes from here",
		"related.go:30: related.go:29:6 the token is given a refresh token or an expiry here",
	}
	results := analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "related")
	msgtest.CheckRelated(t, results, want)
}

// TestWWWAuthenticate checks -tokenrefresh.www-authenticate: 401 answers
// without the challenge header (the server tests run without it).
func TestWWWAuthenticate(t *testing.T) {
	if err := tokenrefresh.Analyzer.Flags.Set("www-authenticate", "true"); err != nil {
		t.Fatal(err)
	}
	defer tokenrefresh.Analyzer.Flags.Set("www-authenticate", "false")
	results := analysistest.Run(t, analysistest.TestData(), tokenrefresh.Analyzer, "challenge")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}
