// Package analyzers is the tokenvet suite: every analyzer in one list with
// its metadata, and the configuration that selects and tunes them.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/passes/hardcodedsecret"
	"github.com/tokenvet/tokenvet/passes/jwtalg"
	"github.com/tokenvet/tokenvet/passes/jwtclaims"
	"github.com/tokenvet/tokenvet/passes/jwtleeway"
	"github.com/tokenvet/tokenvet/passes/jwtlib"
	"github.com/tokenvet/tokenvet/passes/jwtverify"
	"github.com/tokenvet/tokenvet/passes/tokenlog"
	"github.com/tokenvet/tokenvet/passes/tokenrefresh"
	"github.com/tokenvet/tokenvet/passes/tokenstorage"
	"github.com/tokenvet/tokenvet/passes/weakrand"
)

// Entry is one analyzer of the suite with its metadata.
type Entry struct {
	Analyzer *analysis.Analyzer
	Meta     meta.Info
}

// Suite returns every analyzer of tokenvet, in a fixed order.
func Suite() []Entry {
	return []Entry{
		{jwtverify.Analyzer, jwtverify.Meta},
		{jwtalg.Analyzer, jwtalg.Meta},
		{jwtclaims.Analyzer, jwtclaims.Meta},
		{jwtleeway.Analyzer, jwtleeway.Meta},
		{jwtlib.Analyzer, jwtlib.Meta},
		{tokenlog.Analyzer, tokenlog.Meta},
		{tokenstorage.Analyzer, tokenstorage.Meta},
		{hardcodedsecret.Analyzer, hardcodedsecret.Meta},
		{weakrand.Analyzer, weakrand.Meta},
		{tokenrefresh.Analyzer, tokenrefresh.Meta},
	}
}

// All returns the analyzers of Suite.
func All() []*analysis.Analyzer {
	var as []*analysis.Analyzer
	for _, e := range Suite() {
		as = append(as, e.Analyzer)
	}
	return as
}
