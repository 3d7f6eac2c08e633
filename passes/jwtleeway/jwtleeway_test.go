package jwtleeway_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/jwtleeway"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), withFacts, "conf", "golangjwt", "helper", "jwx", "jose", "clocks", "keyfield")
	if msgtest.Check(t, results) == 0 {
		t.Error("no diagnostics to check")
	}
}

// TestFix checks the suggested fix for zero leeway, and that none is offered
// where "time" is not imported under that name or is shadowed.
func TestFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), jwtleeway.Analyzer, "fix", "nofix")
}
