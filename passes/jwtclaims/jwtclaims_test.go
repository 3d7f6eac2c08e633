package jwtclaims_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/jwtclaims"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), withFacts, "golangjwt", "jwx", "jose", "misc", "moot", "hand", "twin", "escape", "escapeunchecked", "keyfield", "circular", "optional", "sigonly", "handlib", "handuse", "circlib", "circuse", "foreign", "selfsigned", "selfjwx", "memo", "memounchecked", "memoiss")
	if msgtest.Check(t, results) == 0 {
		t.Error("no diagnostics to check")
	}
}

func TestStrict(t *testing.T) {
	if err := jwtclaims.Analyzer.Flags.Set("strict", "true"); err != nil {
		t.Fatal(err)
	}
	defer jwtclaims.Analyzer.Flags.Set("strict", "false")
	if msgtest.Check(t, analysistest.Run(t, analysistest.TestData(), withFacts, "strict")) == 0 {
		t.Error("no diagnostics to check")
	}
}
