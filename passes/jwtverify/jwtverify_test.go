package jwtverify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/jwtverify"
)

// withFacts is jwtverify showing, as facts of its own, what the flow
// engine's summary fact carries for it (flow.Summary.Parse), so that the
// testdata's fact expectations check what callers in other packages see.
var withFacts = func() *analysis.Analyzer {
	a := *jwtverify.Analyzer
	a.FactTypes = []analysis.Fact{new(parseView), new(parsersView)}
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		parsers := false
		for fn, s := range pass.ResultOf[flow.Analyzer].(*flow.Result).Summaries() {
			if s.Parse != nil {
				pass.ExportObjectFact(fn, &parseView{s.Parse.String()})
				parsers = true
			}
		}
		if parsers {
			pass.ExportPackageFact(&parsersView{true})
		}
		return res, err
	}
	return &a
}()

type parseView struct{ S string }

func (*parseView) AFact()           {}
func (v *parseView) String() string { return v.S }

type parsersView struct{ Any bool }

func (*parsersView) AFact()         {}
func (*parsersView) String() string { return "hasParsers" }

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), withFacts, "golangjwt", "jwx", "jose", "misc", "legacy", "helper", "user", "rereadlib", "rereaduse", "rereaduse2", "directives", "directives/intest")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestRelated checks the related locations, which `// want` cannot: the use
// named is the earliest, the same in every run (the variables holding a
// result used to be followed in map order), and a finding through a
// wrapper's fact names the parse inside the wrapper.
func TestRelated(t *testing.T) {
	want := []string{
		"related.go:14: related.go:17:5 claims used here",
		"related.go:37: related.go:41:9 claims used here; helper.go:8:15 wraps (*jwt.Parser).ParseUnverified here",
		"related.go:51: related.go:52:9 used here without a successful check; helper.go:20:9 wraps jwt.Parse here",
	}
	for run := 0; run < 8; run++ {
		results := analysistest.Run(t, analysistest.TestData(), withFacts, "related")
		if !msgtest.CheckRelated(t, results, want) {
			t.Fatalf("run %d", run)
		}
	}
}

// TestRereadRelated checks that a call of a function that re-reads its
// argument unverified names, as a related location, the parse inside that
// function (or its call of the next such function).
func TestRereadRelated(t *testing.T) {
	want := []string{
		"rereaduse.go:111: rereadlib.go:18:2 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:127: rereadlib.go:75:2 wraps (*jwt.Parser).ParseUnverified here", // the re-read, not the verification
		"rereaduse.go:174: rereadlib.go:86:18 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:183: rereadlib.go:86:18 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:192: rereadlib.go:86:18 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:52: rereadlib.go:18:2 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:60: rereadlib.go:18:2 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:69: rereadlib.go:25:2 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse.go:91: rereadlib.go:18:2 wraps (*jwt.Parser).ParseUnverified here",
		"rereaduse2.go:15: rereaduse.go:85:9 wraps rereadlib.IsAdmin here",
	}
	results := analysistest.Run(t, analysistest.TestData(), withFacts, "rereaduse", "rereaduse2")
	if !msgtest.CheckRelated(t, results, want) {
		t.FailNow()
	}
}
