package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
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
	a.checkCircularExpected()
	for _, p := range a.parses {
		if p.f.Kind != model.Verified || a.unverified(p) || astutil.InTestCode(a.pass, p.cur) {
			continue
		}
		if claim, at := a.circular(p); at != nil {
			what := "audience"
			if claim == "iss" {
				what = "issuer"
			}
			a.report(p.call.Fun, "the "+what+" this "+p.fn.Name()+" expects is read from the unverified claims of the token it verifies, so any "+what+" passes; expect your configured value",
				analysis.RelatedInformation{Pos: at.Pos(), End: at.End(), Message: "the expected " + what + " comes from the unverified token here"})
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
	fcur, ok := enclosingFunc(p.cur)
	if !ok {
		return "", nil
	}
	tc := taint{fcur: fcur, input: a.inputVar(p)}
	for _, e := range exps {
		if a.fromUnverified(e.value, tc, 0) {
			return e.claim, e.value
		}
	}
	return "", nil
}

// taint says where fromUnverified looks: the function, and the variable
// holding the token whose unverified claims count (nil: any token). With
// exact, an unverified parse must read that very variable.
type taint struct {
	fcur  inspector.Cursor
	input *types.Var
	exact bool
}

// matches reports whether a parse reading the token variable in may read
// the token of tc.
func (tc taint) matches(in *types.Var) bool {
	if tc.exact {
		return in != nil && in == tc.input
	}
	return in == nil || tc.input == nil || in == tc.input
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
// of the token of tc decoded: a field, index, getter or conversion of its
// claims, a variable assigned one, a range variable over one, or the
// result of a function returning an unverified claim of its token
// argument (a function of the package, or one carrying a fact).
func (a *analyzer) fromUnverified(e ast.Expr, tc taint, depth int) bool {
	if depth > 6 || e == nil {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if _, ok := a.pass.TypesInfo.Selections[x]; ok {
			return !a.allowListed(tc.fcur, x) && a.fromUnverified(x.X, tc, depth+1)
		}
	case *ast.IndexExpr:
		return !a.allowListed(tc.fcur, x) && a.fromUnverified(x.X, tc, depth+1)
	case *ast.TypeAssertExpr:
		return a.fromUnverified(x.X, tc, depth+1)
	case *ast.StarExpr:
		return a.fromUnverified(x.X, tc, depth+1)
	case *ast.CompositeLit: // []string{unverified.Audience[0]}
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			if a.fromUnverified(el, tc, depth+1) {
				return true
			}
		}
	case *ast.BinaryExpr: // unverified.Subject + "-app"
		return a.fromUnverified(x.X, tc, depth+1) || a.fromUnverified(x.Y, tc, depth+1)
	case *ast.CallExpr:
		if tv, ok := a.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.fromUnverified(x.Args[0], tc, depth+1)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 {
			return a.fromUnverified(sel.X, tc, depth+1) // a getter: claims.GetAudience()
		}
		if i := a.returnsUnverified(a.callee(x)); i >= 0 && i < len(x.Args) {
			return tc.matches(a.varOf(x.Args[i]))
		}
	case *ast.Ident:
		v, _ := a.pass.TypesInfo.ObjectOf(x).(*types.Var)
		if v == nil {
			return false
		}
		if a.allowListed(tc.fcur, x) {
			return false
		}
		if a.unverifiedOf(v, tc) {
			return true
		}
		// A range variable, or a variable assigned in the function.
		for c := range tc.fcur.Preorder((*ast.RangeStmt)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := c.Node().(type) {
			case *ast.RangeStmt:
				if n.Value != nil && a.varOf(n.Value) == v && a.fromUnverified(n.X, tc, depth+1) {
					return true
				}
			case *ast.AssignStmt, *ast.ValueSpec:
				// The first result only: aud, ok := claims["aud"].(string).
				for _, as := range astutil.Assignments(n) {
					if as.Index == 0 && a.varOf(as.LHS) == v && a.fromUnverified(as.RHS, tc, depth+1) {
						return true
					}
				}
			}
		}
	}
	return false
}

// unverifiedOf reports whether v receives the claims or token of an
// unverified parse, in the function of tc, of the token of tc.
func (a *analyzer) unverifiedOf(v *types.Var, tc taint) bool {
	for _, u := range a.parses {
		if !a.unverified(u) || !tc.fcur.Contains(u.cur) {
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
		if hit && tc.matches(a.inputVar(u)) {
			return true
		}
	}
	return false
}

// inputVar returns the variable holding the token parse q reads, or nil.
func (a *analyzer) inputVar(q parse) *types.Var {
	if q.f.Input < 0 {
		if sel, ok := ast.Unparen(q.call.Fun).(*ast.SelectorExpr); ok {
			return a.varOf(sel.X)
		}
		return nil
	}
	if q.f.Input >= len(q.call.Args) {
		return nil
	}
	return a.varOf(q.call.Args[q.f.Input])
}

// returnsUnverified returns the index of the parameter of fn whose
// token's unverified claims fn returns (func audienceOf(raw string) string
// { ...ParseUnverified(raw, &c); return c.Audience[0] }), or -1: computed
// for functions of the package, read from the engine's summary for
// others.
func (a *analyzer) returnsUnverified(fn *types.Func) int {
	if fn == nil || fn.Pkg() == nil {
		return -1
	}
	fn = fn.Origin()
	if fn.Pkg() != a.pass.Pkg {
		if c := a.facts.Claims(fn); c != nil && c.Unverified > 0 {
			return c.Unverified - 1
		}
		return -1
	}
	if i, ok := a.unverifiedResults[fn]; ok {
		return i
	}
	a.unverifiedResults[fn] = -1 // recursion
	fd := a.resolver.FuncDecl(fn)
	if fd == nil || fd.Body == nil {
		return -1
	}
	fcur, ok := a.insp.Root().FindNode(fd)
	if !ok {
		return -1
	}
	var results []ast.Expr
	for _, ret := range astutil.Returns(fd.Body) {
		results = append(results, ret.Results...)
	}
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		tc := taint{fcur: fcur, input: params.At(i), exact: true}
		for _, r := range results {
			if a.fromUnverified(r, tc, 0) {
				a.unverifiedResults[fn] = i
				return i
			}
		}
	}
	return -1
}

// unverifiedResultsOf calls found for each function of the package,
// outside tests, that parses a token without verifying it and returns an
// unverified claim of one of its parameters (its summary says so).
func (a *analyzer) unverifiedResultsOf(found func(fn *types.Func, param int)) {
	a.indexParses()
	// Only functions making an unverified parse themselves get a fact.
	var decls []inspector.Cursor
	seen := map[ast.Node]bool{}
	for _, p := range a.parses {
		if !a.unverified(p) {
			continue
		}
		for c := range p.cur.Enclosing((*ast.FuncDecl)(nil)) {
			if !seen[c.Node()] {
				seen[c.Node()] = true
				decls = append(decls, c)
			}
		}
	}
	for _, cur := range decls {
		fd := cur.Node().(*ast.FuncDecl)
		if fd.Body == nil || astutil.InTestCode(a.pass, cur) {
			continue
		}
		fn, _ := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if fn == nil || fn.Signature().Params().Len() == 0 || fn.Signature().Results().Len() == 0 {
			continue
		}
		if i := a.returnsUnverified(fn); i >= 0 {
			found(fn, i)
		}
	}
}

// allowListed reports whether the function at fcur checks the value e
// (a variable, or a field or index of one: unverified.Issuer) against
// fixed values: compared with == or != (not with ""), a switch tag, a key
// of a map lookup (keys[unverified.Issuer]), or an argument of a standard
// library function returning a bool (slices.Contains).
func (a *analyzer) allowListed(fcur inspector.Cursor, e ast.Expr) bool {
	e = ast.Unparen(e)
	root := a.rootVar(e)
	if root == nil {
		return false
	}
	want := types.ExprString(e)
	for c := range fcur.Preorder((*ast.Ident)(nil), (*ast.SelectorExpr)(nil), (*ast.IndexExpr)(nil)) {
		x := c.Node().(ast.Expr)
		if types.ExprString(x) != want || a.rootVar(x) != root {
			continue
		}
		switch n := c.Parent().Node().(type) {
		case *ast.BinaryExpr:
			other := n.X
			if other == x {
				other = n.Y
			}
			if (n.Op == token.EQL || n.Op == token.NEQ) && !a.emptyConst(other) {
				return true
			}
		case *ast.SwitchStmt:
			if n.Tag == x {
				return true
			}
		case *ast.IndexExpr:
			if n.Index == x {
				return true
			}
		case *ast.CallExpr:
			fn := a.callee(n)
			if !model.IsStdLib(fn) || n.Fun == x {
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

// rootVar returns the variable at the root of a chain of selectors and
// indices (c in c.Audience[0]), or nil.
func (a *analyzer) rootVar(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := a.pass.TypesInfo.Uses[x].(*types.Var)
			return v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// checkCircularExpected reports go-jose claims.Validate(jwt.Expected{...})
// whose Expected audience or issuer is read from the unverified claims of
// the token the claims were verified from.
func (a *analyzer) checkCircularExpected() {
	for cur := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := a.callee(call)
		chk, ok := model.LookupClaimCheck(fn)
		if !ok || !chk.ChecksAll() || len(call.Args) == 0 || astutil.InTestCode(a.pass, cur) {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		fcur, ok := enclosingFunc(cur)
		if !ok {
			continue
		}
		lit, _ := a.expected(&scope{cur: fcur}, call.Args[0])
		if lit == nil {
			continue
		}
		// The token the claims were verified from: tok.Claims(key, &c).
		claims := a.varOf(sel.X)
		var input *types.Var
		for _, p := range a.parses {
			if p.f.Kind != model.Verified || !fcur.Contains(p.cur) {
				continue
			}
			for _, d := range p.f.Dests {
				for _, arg := range p.call.Args[min(d, len(p.call.Args)):] {
					if claims != nil && a.varOf(arg) == claims {
						input = a.inputVar(p)
					}
				}
			}
		}
		tc := taint{fcur: fcur, input: input}
		t := a.pass.TypesInfo.TypeOf(lit)
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			claim := model.ExpectedClaimField(t, id.Name)
			if claim == "" || !a.fromUnverified(kv.Value, tc, 0) {
				continue
			}
			what := "audience"
			if claim == "iss" {
				what = "issuer"
			}
			a.report(call.Fun, "the "+what+" this "+fn.Name()+" expects is read from the unverified claims of the token it verifies, so any "+what+" passes; expect your configured value",
				analysis.RelatedInformation{Pos: kv.Value.Pos(), End: kv.Value.End(), Message: "the expected " + what + " comes from the unverified token here"})
			break
		}
	}
}
