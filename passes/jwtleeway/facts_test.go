package jwtleeway_test

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/passes/jwtleeway"
)

// withFacts is jwtleeway showing, as facts of its own, the values the flow
// engine's summary fact carries for it (flow.VarSummary), so that
// the testdata's fact expectations check what other packages see.
var withFacts = func() *analysis.Analyzer {
	a := *jwtleeway.Analyzer
	a.FactTypes = []analysis.Fact{new(durationView)}
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		for obj, s := range pass.ResultOf[flow.Analyzer].(*flow.Result).Summaries() {
			if s.Var != nil && s.Var.IsDuration {
				pass.ExportObjectFact(obj, &durationView{"duration " + s.Var.Duration.String()})
			}
		}
		return res, err
	}
	return &a
}()

type durationView struct{ S string }

func (*durationView) AFact()           {}
func (v *durationView) String() string { return v.S }
