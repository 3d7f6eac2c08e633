package hardcodedsecret_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/hardcodedsecret"
)

func Test(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "keys", "keyconsts", "examples/demo", "viperkeys", "oauthcfg", "josekeys", "jwxkeys", "influx", "influxfixed", "confdefault", "sessionkeys", "csrfkeys")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// TestRelated checks the related location: the key sink the hard-coded
// value reaches.
func TestRelated(t *testing.T) {
	want := []string{
		"related.go:15: related.go:15:2 the key is used here",
		"related.go:19: related.go:20:2 the key is used here",
		"related.go:8: related.go:11:2 the key is used here",
	}
	results := analysistest.Run(t, analysistest.TestData(), hardcodedsecret.Analyzer, "related")
	msgtest.CheckRelated(t, results, want)
}

// TestAcrossPackages checks the hard-coded variables and key helpers of
// another package (keylib): the engine's summaries of them (facts below,
// shown by withFacts) and the findings at their uses in keyuse.
func TestAcrossPackages(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), withFacts, "keylib", "keyuse")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}

// withFacts is hardcodedsecret showing, as facts of its own, what the
// flow engine's summary fact carries for it (flow.VarSummary.Hardcoded,
// the model.Hardcoded result label, Summary.Fallbacks), so that the testdata's fact
// expectations check what other packages see.
var withFacts = func() *analysis.Analyzer {
	a := *hardcodedsecret.Analyzer
	a.FactTypes = []analysis.Fact{new(summaryView)}
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		res, err := run(pass)
		for obj, s := range pass.ResultOf[flow.Analyzer].(*flow.Result).Summaries() {
			if s.Var != nil && s.Var.Hardcoded || len(s.Results) > 0 && s.Results[0]&model.HardcodedLabels != 0 || len(s.Fallbacks) > 0 {
				pass.ExportObjectFact(obj, &summaryView{s.String()})
			}
		}
		return res, err
	}
	return &a
}()

type summaryView struct{ S string }

func (*summaryView) AFact()           {}
func (v *summaryView) String() string { return v.S }
