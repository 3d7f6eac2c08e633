package weakrand_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/weakrand"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), weakrand.Analyzer, "oauth", "randuse", "cookies", "claims", "shortread")
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
