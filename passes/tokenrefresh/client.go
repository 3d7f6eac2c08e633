package tokenrefresh

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
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
	if a.res.LabelOf(f, arg)&model.RefreshableToken == 0 || !a.outlives(stack) {
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

// outlives reports whether the static source at the top of stack (or the
// client or transport built around it) outlives the function that makes
// it: it is returned, stored in a field, a package variable, a map or a
// slice, handed to a function, or captured by a goroutine or a closure.
// A client used for a request or two right after the token was obtained
// (a login flow fetching the user's profile) never sees the token expire.
func (a *analyzer) outlives(stack []ast.Node) bool {
	// Climb through the expressions wrapping the source: the calls it is
	// an argument of (oauth2.NewClient, ReuseTokenSource), the literals
	// holding it (oauth2.Transport, http.Client).
	i := len(stack) - 1
	for i > 0 {
		switch p := stack[i-1].(type) {
		case *ast.CallExpr:
			if p.Fun == stack[i] {
				return true // a method called on the source itself: unknown
			}
			fn := a.callee(p)
			if fn == nil || fn.Pkg() == a.pass.Pkg || !a.wraps(fn) {
				return true // handed to a function
			}
		case *ast.CompositeLit, *ast.KeyValueExpr, *ast.ParenExpr:
		case *ast.UnaryExpr:
			if p.Op != token.AND {
				return true
			}
		default:
			goto top
		}
		i--
	}
top:
	if i == 0 {
		return true
	}
	switch p := stack[i-1].(type) {
	case *ast.ReturnStmt, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
		return true
	case *ast.AssignStmt:
		for j, r := range p.Rhs {
			if r != stack[i] || j >= len(p.Lhs) {
				continue
			}
			id, ok := ast.Unparen(p.Lhs[j]).(*ast.Ident)
			if !ok {
				return true // a field, a map or slice element
			}
			v, ok := a.objOf(id).(*types.Var)
			if !ok || v.Parent() == a.pass.Pkg.Scope() {
				return true
			}
			return a.escapes(v, stack)
		}
		return true
	case *ast.ValueSpec:
		for j, r := range p.Values {
			if r == stack[i] && j < len(p.Names) {
				v, ok := a.objOf(p.Names[j]).(*types.Var)
				if !ok || v.Parent() == a.pass.Pkg.Scope() {
					return true
				}
				return a.escapes(v, stack)
			}
		}
		return true
	case *ast.ExprStmt:
		return false // made and dropped
	}
	return true
}

// wraps reports whether fn returns a value built around its token source
// argument without keeping it anywhere else (a library's constructor:
// oauth2.NewClient, ReuseTokenSource): the result is what may outlive the
// function.
func (a *analyzer) wraps(fn *types.Func) bool {
	sig := fn.Signature()
	return sig.Results().Len() >= 1 && fn.Pkg() != nil && fn.Pkg() != a.pass.Pkg && sig.Recv() == nil
}

// escapes reports whether the local variable v, holding the source or a
// client built around it, leaves the function: it is returned, assigned
// to anything, put into a literal, passed to a function (not as the
// receiver of a method), or used in a function literal.
func (a *analyzer) escapes(v *types.Var, stack []ast.Node) bool {
	var body ast.Node
	for j := len(stack) - 1; j >= 0; j-- {
		if fd, ok := stack[j].(*ast.FuncDecl); ok {
			body = fd.Body
			break
		}
		if fl, ok := stack[j].(*ast.FuncLit); ok {
			body = fl.Body
			break
		}
	}
	if body == nil {
		return true
	}
	esc := false
	var walk func(n ast.Node, inLit bool)
	walk = func(n ast.Node, inLit bool) {
		var st []ast.Node
		ast.Inspect(n, func(n ast.Node) bool {
			if esc {
				return false
			}
			if n == nil {
				st = st[:len(st)-1]
				return true
			}
			if fl, ok := n.(*ast.FuncLit); ok {
				walk(fl.Body, true)
				return false
			}
			st = append(st, n)
			id, ok := n.(*ast.Ident)
			if !ok || a.pass.TypesInfo.Uses[id] != v {
				return true
			}
			if inLit {
				esc = true
				return false
			}
			// The use's parent: a method call's receiver or a field read
			// stays here.
			if len(st) >= 2 {
				if sel, ok := st[len(st)-2].(*ast.SelectorExpr); ok && sel.X == id {
					return true
				}
			}
			esc = true
			return false
		})
	}
	walk(body, false)
	return esc
}
