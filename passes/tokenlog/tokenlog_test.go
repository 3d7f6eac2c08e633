package tokenlog_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/tokenlog"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), tokenlog.Analyzer, "logstd", "loggers")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}
