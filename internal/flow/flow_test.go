package flow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
)

// reporter reports every flow the engine finds, for the tests.
var reporter = &analysis.Analyzer{
	Name:     "flowreport",
	Doc:      "reports the flow engine's flows",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow: %s -> %s", f.Label, f.Sink)
		}
		return nil, nil
	},
}

func TestFlows(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), reporter, "basic", "use")
}

func TestSummaries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "lib", "verifylib", "plainlib")
}
