package tokenstorage_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/tokenstorage"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenstorage.Analyzer, "cookies", "files", "urls")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}
