package hardcodedsecret_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/hardcodedsecret"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "keys", "keyconsts", "examples/demo")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}
