package tokenrefresh

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// staticSource reports a token source that never refreshes
// (oauth2.StaticTokenSource) made of a token that expires and could be
// refreshed: one from a token endpoint (Config.Exchange,
// PasswordCredentialsToken, a TokenSource's Token, clientcredentials), a
// function returning one, or a token built with a refresh token or an
// expiry.
func (a *analyzer) staticSource(f *ast.File, call *ast.CallExpr, stack []ast.Node) {
	fn := a.callee(call)
	i := model.StaticSourceArg(fn)
	if i < 0 || i >= len(call.Args) {
		return
	}
	arg := call.Args[i]
	if a.res.LabelOf(f, arg)&model.RefreshableToken == 0 {
		return
	}
	what := "this token"
	advice := "use (*oauth2.Config).TokenSource(ctx, tok), which refreshes it in time"
	fixable := true
	var related []analysis.RelatedInformation
	if src := a.res.SourceOf(f, arg); src.IsValid() {
		if c := a.calls[src]; c != nil && c != call {
			if v := a.callee(c); v != nil {
				what = "the token of " + model.DisplayName(v)
				if adv := model.OwnRefreshAdvice(v); adv != "" {
					advice, fixable = adv, false
				}
			}
			related = []analysis.RelatedInformation{{Pos: c.Pos(), End: c.End(), Message: "the token comes from here"}}
		} else if src != arg.Pos() {
			related = []analysis.RelatedInformation{{Pos: src, Message: "the token is given a refresh token or an expiry here"}}
		}
	}
	d := analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: fmt.Sprintf("%s never refreshes %s, which expires: %s", model.DisplayName(fn), what, advice),
		Related: related,
	}
	if cfg, ctx := a.inScope(call); fixable && cfg != nil && ctx != nil {
		var buf bytes.Buffer
		if err := format.Node(&buf, a.pass.Fset, arg); err == nil {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: fmt.Sprintf("use %s.TokenSource(%s, ...)", cfg.Name(), ctx.Name()),
				TextEdits: []analysis.TextEdit{{
					Pos: call.Pos(), End: call.End(),
					NewText: []byte(fmt.Sprintf("%s.TokenSource(%s, %s)", cfg.Name(), ctx.Name(), buf.String())),
				}},
			}}
		}
	}
	a.report(d)
}

// inScope returns the only variable of a refreshing configuration type
// (*oauth2.Config) and the only context.Context visible at call (declared
// before it), or nil for either when there are none or several.
func (a *analyzer) inScope(call *ast.CallExpr) (cfg, ctx *types.Var) {
	inner := a.pass.Pkg.Scope().Innermost(call.Pos())
	seen := make(map[string]bool)
	var cfgs, ctxs []*types.Var
	for s := inner; s != nil && s != types.Universe; s = s.Parent() {
		for _, name := range s.Names() {
			if seen[name] {
				continue
			}
			seen[name] = true
			v, ok := s.Lookup(name).(*types.Var)
			if !ok || (s != a.pass.Pkg.Scope() && v.Pos() > call.Pos()) {
				continue
			}
			switch {
			case model.IsRefreshingConfig(v.Type()):
				cfgs = append(cfgs, v)
			case model.IsContext(v.Type()):
				ctxs = append(ctxs, v)
			}
		}
	}
	if len(cfgs) == 1 {
		cfg = cfgs[0]
	}
	if len(ctxs) == 1 {
		ctx = ctxs[0]
	}
	return cfg, ctx
}
