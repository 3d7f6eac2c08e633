package flow_test

import (
	"go/ast"
	"path/filepath"
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
	analysistest.Run(t, analysistest.TestData(), reporter, "basic", "use", "shapes", "dump", "fsink")
}

func TestSummaries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "lib", "verifylib", "errlib", "plainlib", "files", "example.com/loghelp", "example.com/nohelp")
}

// labels reports the labels of the arguments of calls of functions named
// check, through Result.LabelOf.
var labels = &analysis.Analyzer{
	Name:     "labelreport",
	Doc:      "reports the labels of check's arguments",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "check" && len(call.Args) == 1 {
					if l := res.LabelOf(f, call.Args[0]); l != 0 {
						pass.Reportf(call.Pos(), "label: %s", l)
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestLabelOf(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), labels, "labels")
}

// TestModuleImplementations: an interface call resolves to the
// implementations in the packages of the analyzed module it imports.
func TestModuleImplementations(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "mod")
	analysistest.Run(t, dir, flow.Analyzer, "./impl")
	analysistest.Run(t, dir, reporter, "./caller")
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

// builtReporter reports, at the package clause, the packages the engine
// follows, and their flows.
var builtReporter = &analysis.Analyzer{
	Name:     "flowbuilt",
	Doc:      "reports the packages the flow engine follows",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		if res.Built() {
			pass.Reportf(pass.Files[0].Name.Pos(), "followed")
		}
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow: %s -> %s", f.Label, f.Sink)
		}
		return nil, nil
	},
}

// TestRelevant checks which packages the engine follows: not one that
// reads only other headers (ctype), but one that reads the Authorization
// header (authget) or passes the header set on (headerpass).
func TestRelevant(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), builtReporter, "example.com/ctype", "example.com/authget", "example.com/headerpass", "example.com/gen", "example.com/statusonly", "example.com/statusconst")
}
