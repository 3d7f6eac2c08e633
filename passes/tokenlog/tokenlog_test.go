package tokenlog_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/tokenlog"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenlog.Analyzer, "logstd", "loggers", "example.com/tool/...", "testcode", "example.com/s3/...", "minted", "keyfuncs")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestRealCases runs the real cases: a gRPC interceptor logging the
// authorization metadata, debugging round-trippers, a whole *oauth2.Token
// printed with %+v, and a logging helper of another package (its Summary
// fact asserted).
func TestRealCases(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenlog.Analyzer, "grpcauth", "roundtrip", "session")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
	flowResults := analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "example.com/logutil")
	if len(flowResults) == 0 {
		t.Error("no result")
	}
}

// TestRelated checks the related locations, which `// want` cannot: the
// source of the value, and the sink inside a helper of another package.
func TestRelated(t *testing.T) {
	want := []string{
		"session.go:13: session.go:13:46 the refresh token comes from here; logutil.go:11:2 reaches slog.Debug here",
		"session.go:15: session.go:15:51 the access token comes from here; logutil.go:11:2 reaches slog.Debug here",
		"session.go:20: session.go:19:14 the *oauth2.Token comes from here",
		"session.go:21: session.go:19:14 the *oauth2.Token comes from here",
	}
	results := analysistest.Run(t, analysistest.TestData(), tokenlog.Analyzer, "session")
	msgtest.CheckRelated(t, results, want)
}

// TestRedact checks -tokenlog.redact: without it, the redaction helpers'
// results carry the token (redactoff); with it, they do not (redact).
// The flag changes the model for the rest of the process, so the run
// without it comes first.
func TestRedact(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), tokenlog.Analyzer, "example.com/redactoff")
	if err := tokenlog.Analyzer.Flags.Set("redact", "example.com/redact.Redact"); err != nil {
		t.Fatal(err)
	}
	if err := tokenlog.Analyzer.Flags.Set("redact", "(*example.com/redact.Masker).Mask"); err != nil {
		t.Fatal(err)
	}
	if got, want := tokenlog.Analyzer.Flags.Lookup("redact").Value.String(), "example.com/redact.Redact,(*example.com/redact.Masker).Mask"; got != want {
		t.Errorf("-redact = %q, want %q", got, want)
	}
	analysistest.Run(t, analysistest.TestData(), tokenlog.Analyzer, "example.com/redact")

	for _, bad := range []string{"", "Redact", "example.com/x.", "(*example.com/x.T)", "example.com/x.Redact()", "a b.C"} {
		if err := tokenlog.Analyzer.Flags.Set("redact", bad); err == nil {
			t.Errorf("-redact=%q accepted", bad)
		}
	}
}
