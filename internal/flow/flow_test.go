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
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "lib", "example.com/loghelp", "example.com/nohelp")
}

// kindReporter reports every flow with its sink's kind.
var kindReporter = &analysis.Analyzer{
	Name:     "flowkinds",
	Doc:      "reports the flow engine's flows with their kinds",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow: %s -> %s (%s)", f.Label, f.Sink, f.Kind)
		}
		return nil, nil
	},
}

func TestKinds(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), kindReporter, "kinds")
	analysistest.Run(t, analysistest.TestData(), reporter, "loghelpuse")
}
