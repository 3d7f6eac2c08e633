package jwtclaims_test

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/passes/jwtclaims"
)

// withFacts is jwtclaims showing, as facts of its own, what the flow
// engine's summary fact carries for it (flow.Summary.Claims), so that the
// testdata's fact expectations check what callers in other packages see.
var withFacts = func() *analysis.Analyzer {
	a := *jwtclaims.Analyzer
	a.FactTypes = []analysis.Fact{new(checksView), new(unverifiedView)}
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		for fn, s := range pass.ResultOf[flow.Analyzer].(*flow.Result).Summaries() {
			c := s.Claims
			if c == nil {
				continue
			}
			if c.Aud || c.Iss {
				pass.ExportObjectFact(fn, &checksView{(&flow.ClaimSummary{Aud: c.Aud, Iss: c.Iss}).String()})
			}
			if c.Unverified > 0 {
				pass.ExportObjectFact(fn, &unverifiedView{fmt.Sprintf("returns unverified claims of parameter %d", c.Unverified-1)})
			}
		}
		return res, err
	}
	return &a
}()

type checksView struct{ S string }

func (*checksView) AFact()           {}
func (v *checksView) String() string { return v.S }

type unverifiedView struct{ S string }

func (*unverifiedView) AFact()           {}
func (v *unverifiedView) String() string { return v.S }
