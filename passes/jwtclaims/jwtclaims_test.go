package jwtclaims_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/passes/jwtclaims"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "golangjwt", "jwx", "jose", "misc", "moot", "hand", "twin", "escape", "escapeunchecked", "keyfield", "circular", "optional", "sigonly", "handlib", "handuse", "circlib", "circuse", "foreign", "selfsigned", "selfjwx")
}

func TestStrict(t *testing.T) {
	if err := jwtclaims.Analyzer.Flags.Set("strict", "true"); err != nil {
		t.Fatal(err)
	}
	defer jwtclaims.Analyzer.Flags.Set("strict", "false")
	analysistest.Run(t, analysistest.TestData(), jwtclaims.Analyzer, "strict")
}
