package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// checkCircular reports verifications whose expected audience, issuer or
// client ID is read from the unverified claims of the token they verify
// (for _, aud := range unverified.Audience { idtoken.Validate(ctx, raw,
// aud) }, oidc.Config{ClientID: audFromToken},
// jwt.WithAudience(unverified.Audience[0])): any audience then passes.
func (a *analyzer) checkCircular() {
	a.indexParses()
	for _, p := range a.parses {
		if p.f.Kind != model.Verified || a.unverified(p) || astutil.InTestCode(a.pass, p.cur) {
			continue
		}
		if claim, at := a.circular(p); at != nil {
			what := "audience"
			if claim == "iss" {
				what = "issuer"
			}
			a.report(p.call.Fun, "the "+what+" this "+p.fn.Name()+" expects is read from the unverified claims of the token it verifies, so a token for any "+what+" passes; expect your configured value instead")
		}
	}
}

// circular returns the claim and the expectation of parse p that comes
// from an unverified parse of the same token, if one does.
func (a *analyzer) circular(p parse) (string, ast.Expr) {
	var exps []expectation
	for _, o := range p.opts.List {
		if o.Func == nil || len(o.Call.Args) == 0 {
			continue
		}
		switch model.LookupClaimsEffect(o.Func) {
		case model.AudienceCheck:
			exps = append(exps, expectation{"aud", o.Call.Args[0]})
		case model.IssuerCheck:
			exps = append(exps, expectation{"iss", o.Call.Args[0]})
		}
	}
	if i := model.AudienceArg(p.fn); i >= 0 && i < len(p.call.Args) {
		exps = append(exps, expectation{"aud", p.call.Args[i]})
	}
	exps = append(exps, a.configExpectations(p)...)
	for _, e := range exps {
		if a.fromUnverified(e.value, p, 0) {
			return e.claim, e.value
		}
	}
	return "", nil
}

type expectation struct {
	claim string
	value ast.Expr
}

// configExpectations returns the expected values set in the configuration
// of the verifier a go-oidc Verify call is made on (chained or through a
// variable): provider.Verifier(&oidc.Config{ClientID: x}).
func (a *analyzer) configExpectations(p parse) []expectation {
	sel, ok := ast.Unparen(p.call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	var ctors []*ast.CallExpr
	if c, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
		ctors = append(ctors, c)
	}
	vals, _ := a.resolver.Values(sel.X)
	for _, v := range vals {
		if c, ok := ast.Unparen(v).(*ast.CallExpr); ok {
			ctors = append(ctors, c)
		}
	}
	var out []expectation
	for _, call := range ctors {
		c, ok := model.LookupVerifierCtor(a.callee(call))
		if !ok || c.Config >= len(call.Args) {
			continue
		}
		cfg := ast.Unparen(call.Args[c.Config])
		if u, ok := cfg.(*ast.UnaryExpr); ok {
			cfg = ast.Unparen(u.X)
		}
		lit, ok := cfg.(*ast.CompositeLit)
		if !ok {
			continue
		}
		t := a.pass.TypesInfo.TypeOf(lit)
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if claim := model.ConfigExpectation(t, id.Name); claim != "" {
						out = append(out, expectation{claim, kv.Value})
					}
				}
			}
		}
	}
	return out
}

// fromUnverified reports whether e is read from what an unverified parse
// of the token p verifies decoded: a field, index, getter or conversion of
// its claims, a variable assigned one, or a range variable over one.
func (a *analyzer) fromUnverified(e ast.Expr, p parse, depth int) bool {
	if depth > 6 || e == nil {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if _, ok := a.pass.TypesInfo.Selections[x]; ok {
			return a.fromUnverified(x.X, p, depth+1)
		}
	case *ast.IndexExpr:
		return a.fromUnverified(x.X, p, depth+1)
	case *ast.TypeAssertExpr:
		return a.fromUnverified(x.X, p, depth+1)
	case *ast.StarExpr:
		return a.fromUnverified(x.X, p, depth+1)
	case *ast.CallExpr:
		if tv, ok := a.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.fromUnverified(x.Args[0], p, depth+1)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 {
			return a.fromUnverified(sel.X, p, depth+1) // a getter: claims.GetAudience()
		}
	case *ast.Ident:
		v, _ := a.pass.TypesInfo.ObjectOf(x).(*types.Var)
		if v == nil {
			return false
		}
		fcur, ok := enclosingFunc(p.cur)
		if !ok {
			return false
		}
		if a.allowListed(fcur, v) {
			return false
		}
		if a.unverifiedOf(v, p) {
			return true
		}
		// A range variable, or a variable assigned in the function.
		for c := range fcur.Preorder((*ast.RangeStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := c.Node().(type) {
			case *ast.RangeStmt:
				if n.Value != nil && a.varOf(n.Value) == v && a.fromUnverified(n.X, p, depth+1) {
					return true
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if a.varOf(l) != v {
						continue
					}
					var r ast.Expr
					if len(n.Lhs) == len(n.Rhs) {
						r = n.Rhs[i]
					} else if len(n.Rhs) == 1 && i == 0 {
						r = n.Rhs[0] // aud, ok := claims["aud"].(string)
					}
					if r != nil && a.fromUnverified(r, p, depth+1) {
						return true
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if a.varOf(name) == v && i < len(n.Values) && a.fromUnverified(n.Values[i], p, depth+1) {
						return true
					}
				}
			}
		}
	}
	return false
}

// unverifiedOf reports whether v receives the claims or token of an
// unverified parse, in the function of p, of the same token p verifies
// (when both name their input with a variable).
func (a *analyzer) unverifiedOf(v *types.Var, p parse) bool {
	fcur, ok := enclosingFunc(p.cur)
	if !ok {
		return false
	}
	for _, u := range a.parses {
		if !a.unverified(u) || !fcur.Contains(u.cur) {
			continue
		}
		hit := false
		for _, d := range u.f.Dests {
			if d < len(u.call.Args) && a.varOf(u.call.Args[d]) == v {
				hit = true
			}
		}
		if r := a.resultVar(u.cur, u.call, u.f); r != nil && r == v {
			hit = true
		}
		if hit && a.sameInput(u, p) {
			return true
		}
	}
	return false
}

// sameInput reports whether parses u and p may read the same token: they
// do unless both inputs are variables and differ.
func (a *analyzer) sameInput(u, p parse) bool {
	in := func(q parse) *types.Var {
		if q.f.Input < 0 || q.f.Input >= len(q.call.Args) {
			if sel, ok := ast.Unparen(q.call.Fun).(*ast.SelectorExpr); ok && q.f.Input < 0 {
				return a.varOf(sel.X)
			}
			return nil
		}
		return a.varOf(q.call.Args[q.f.Input])
	}
	x, y := in(u), in(p)
	return x == nil || y == nil || x == y
}

// allowListed reports whether the function at fcur checks v against fixed
// values: compared with == or != (not with ""), a switch tag, a key of a
// map lookup, or an argument of a standard library function returning a
// bool (slices.Contains).
func (a *analyzer) allowListed(fcur inspector.Cursor, v *types.Var) bool {
	for c := range fcur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if a.pass.TypesInfo.Uses[id] != v {
			continue
		}
		switch n := c.Parent().Node().(type) {
		case *ast.BinaryExpr:
			other := n.X
			if other == id {
				other = n.Y
			}
			if (n.Op == token.EQL || n.Op == token.NEQ) && !a.emptyConst(other) {
				return true
			}
		case *ast.SwitchStmt:
			if n.Tag == id {
				return true
			}
		case *ast.IndexExpr:
			if n.Index == id {
				return true
			}
		case *ast.CallExpr:
			fn := a.callee(n)
			if fn == nil || fn.Pkg() == nil || strings.Contains(strings.SplitN(fn.Pkg().Path(), "/", 2)[0], ".") {
				continue
			}
			res := fn.Signature().Results()
			if res.Len() == 1 {
				if b, ok := res.At(0).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
					return true
				}
			}
		}
	}
	return false
}
