package tokenrefresh

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// zeroExpiry reports a token built without an expiry from a token
// response that carried one (a struct with an expires_in field), handed to
// a source that refreshes it (cfg.TokenSource, cfg.Client,
// oauth2.ReuseTokenSource): x/oauth2 takes a zero expiry for a token that
// never expires, so the source never refreshes it.
func (a *analyzer) zeroExpiry(call *ast.CallExpr, stack []ast.Node) {
	fn := a.callee(call)
	i := model.RefreshingSourceArg(fn)
	if i < 0 || i >= len(call.Args) {
		return
	}
	body := enclosingBody(stack)
	if body == nil || !a.outlives(stack) {
		return
	}
	lit, v := a.tokenLiteral(call.Args[i], body)
	if lit == nil {
		return
	}
	t := a.pass.TypesInfo.TypeOf(lit)
	var lifetime string
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		switch model.TokenFieldRole(t, key.Name) {
		case model.TokenExpiry:
			return
		case model.TokenAccess:
			lifetime = a.lifetimeField(kv.Value)
		}
	}
	if lifetime == "" || (v != nil && a.setsExpiry(body, v)) {
		return
	}
	a.report(analysis.Diagnostic{
		Pos: lit.Pos(), End: lit.End(),
		Message: fmt.Sprintf("token built without its expiry (the response's %s) for %s, which takes it for a token that never expires and never refreshes it: set its expiry",
			lifetime, model.DisplayName(fn)),
		Related: []analysis.RelatedInformation{{Pos: call.Pos(), End: call.End(), Message: "the refreshing source"}},
	})
}

// tokenLiteral returns the composite literal a token argument is: the
// literal itself (&oauth2.Token{...}), or the one the local variable it
// names is defined with (and v, that variable, for later assignments).
func (a *analyzer) tokenLiteral(e ast.Expr, body *ast.BlockStmt) (*ast.CompositeLit, *types.Var) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return lit, nil
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, ok := a.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil, nil
	}
	var lit *ast.CompositeLit
	n := 0
	ast.Inspect(body, func(nd ast.Node) bool {
		as, ok := nd.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for j, l := range as.Lhs {
			lid, ok := l.(*ast.Ident)
			if !ok || a.objOf(lid) != v {
				continue
			}
			n++
			if len(as.Rhs) == len(as.Lhs) {
				r := ast.Unparen(as.Rhs[j])
				if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
					r = ast.Unparen(u.X)
				}
				lit, _ = r.(*ast.CompositeLit)
			}
		}
		return true
	})
	if n != 1 {
		return nil, nil // assigned again, or elsewhere
	}
	return lit, v
}

// lifetimeField returns "resp.ExpiresIn" if e reads a field of a struct
// that also has a field tagged expires_in (a token response), or "".
func (a *analyzer) lifetimeField(e ast.Expr) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	t := a.pass.TypesInfo.TypeOf(sel.X)
	if t == nil {
		return ""
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || model.IsExpiringTokenType(t) {
		// A copy of a token's access token: not a token response.
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		if model.IsLifetimeTag(st.Tag(i)) {
			x := "the response"
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				x = id.Name
			}
			return x + "." + st.Field(i).Name()
		}
	}
	return ""
}

// setsExpiry reports whether body assigns the expiry field of v.
func (a *analyzer) setsExpiry(body *ast.BlockStmt, v *types.Var) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for _, l := range as.Lhs {
			sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && a.pass.TypesInfo.Uses[id] == v &&
				model.TokenFieldRole(v.Type(), sel.Sel.Name) == model.TokenExpiry {
				found = true
			}
		}
		return !found
	})
	return found
}

// enclosingBody returns the body of the innermost function of stack.
func enclosingBody(stack []ast.Node) *ast.BlockStmt {
	for j := len(stack) - 1; j >= 0; j-- {
		switch f := stack[j].(type) {
		case *ast.FuncDecl:
			return f.Body
		case *ast.FuncLit:
			return f.Body
		}
	}
	return nil
}
