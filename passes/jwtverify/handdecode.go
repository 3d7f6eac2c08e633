package jwtverify

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/handjwt"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

// This file reports a JWT decoded by hand, read from an incoming HTTP
// request: strings.Split(raw, "."), the
// payload segment base64-decoded and json.Unmarshal'd into claims that
// then drive a decision, with no signature checked. As for an unverified
// parse, the header alone (segment 0), a peek at claims of a string the
// same function verifies with a modelled call, and claims only printed or
// logged are not reported. The check recognizes only the clear chain (see
// internal/handjwt), in one function, and only for a token read from an
// incoming request (in that function, or in a caller in the package that
// passes it on): on real code, tokens decoded by hand are mostly ones the
// program obtained itself (from a token endpoint, its session, its own
// service account file), whose claims it may read.

// checkHandDecodes reports payloads of JWTs decoded by hand whose claims
// are trusted.
func (a *analyzer) checkHandDecodes() {
	info := a.pass.TypesInfo
	for cur := range a.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		if d.Body == nil || astutil.InTestCode(a.pass, cur) {
			continue
		}
		decodes := handjwt.Find(info, d.Body)
		if len(decodes) == 0 {
			continue
		}
		var sk *selfKeys // for root: the token a value is read from
		for _, dec := range decodes {
			if dec.Segment != 1 || dec.Dest == nil {
				continue
			}
			if sk == nil {
				sk = a.newSelfKeys(d.Body)
			}
			if a.handVerified(cur, sk, dec.Raw) || !a.handRequestOrigin(d, sk, dec.Raw, 0) {
				continue
			}
			use := a.handTrustedUse(cur, dec.Dest, dec.Unmarshal.End(), 0)
			if use == nil {
				continue
			}
			name := "the base64 decode"
			if fn, _ := typeutil.Callee(info, dec.SegDecode).(*types.Func); fn != nil {
				name = model.DisplayName(fn)
			}
			suppress.Report(a.pass, analysis.Diagnostic{
				Pos: dec.SegDecode.Pos(), End: dec.SegDecode.End(),
				Message: name + " decodes the payload of a JWT split by hand and its claims are used unverified; verify the token with a library and use the claims it returns",
				Related: []analysis.RelatedInformation{{Pos: use.Pos(), End: use.End(), Message: "claims used here"}},
			})
		}
	}
}

// handVerified reports whether the function verifies the token raw with
// a modelled verifying call (or a helper with a fact): reading its claims
// first is a peek.
func (a *analyzer) handVerified(fcur inspector.Cursor, sk *selfKeys, raw ast.Expr) bool {
	info := a.pass.TypesInfo
	rawBase := sk.base(raw, 0)
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		sp := a.specOf(fn)
		if sp == nil || (sp.Kind != model.Verified && sp.Kind != model.VerifyOnly) {
			continue
		}
		var in ast.Expr
		switch {
		case sp.Input >= 0 && sp.Input < len(call.Args):
			in = call.Args[sp.Input]
		case sp.Input == -1:
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				in = sel.X // tok.Claims(key, &c) of tok := jwt.ParseSigned(raw)
			}
		}
		if in == nil {
			continue
		}
		if b := sk.base(in, 0); b == rawBase || handjwt.SameValue(info, b, rawBase) {
			return true
		}
	}
	return false
}

// base returns the expression of the raw token e is, or is parsed from:
// following local variables assigned once, conversions, parses (to their
// input) and method calls (to their receiver); a field or a parameter is
// its own base.
func (sk *selfKeys) base(e ast.Expr, depth int) ast.Expr {
	e = ast.Unparen(e)
	if depth > 8 {
		return e
	}
	info := sk.a.pass.TypesInfo
	switch x := e.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok {
			if rhss := sk.defs[v]; len(rhss) == 1 && !sk.multi[v] {
				return sk.base(rhss[0], depth+1)
			}
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return sk.base(x.Args[0], depth+1)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if f := model.LookupFunc(fn); f != nil && f.Input >= 0 && f.Input < len(x.Args) {
			return sk.base(x.Args[f.Input], depth+1)
		}
		if fn != nil && model.IsUnpinnedParse(fn) && len(x.Args) > 0 {
			return sk.base(x.Args[0], depth+1) // go-jose v3 ParseSigned(raw)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal && model.FuncName(fn) != "" {
				return sk.base(sel.X, depth+1)
			}
		}
	}
	return e
}

// handTrustedUse returns the first use of the claims variable v after pos that
// trusts it: a condition, a lookup, a value returned, stored or handed to a
// function other than a formatter or logger; following local variables
// assigned from it.
func (a *analyzer) handTrustedUse(fcur inspector.Cursor, v *types.Var, after token.Pos, depth int) ast.Node {
	if depth > 3 {
		return nil
	}
	info := a.pass.TypesInfo
	for c := range fcur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if id.Pos() < after || info.Uses[id] != v {
			continue
		}
		if use := a.handClassifyUse(fcur, c, after, depth); use != nil {
			return use
		}
	}
	return nil
}

// handClassifyUse climbs from a use of the claims to the construct that
// consumes it and returns the use if that trusts the claims.
func (a *analyzer) handClassifyUse(fcur, cur inspector.Cursor, after token.Pos, depth int) ast.Node {
	info := a.pass.TypesInfo
	use := cur.Node()
	for {
		p := cur.Parent()
		switch pn := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr, *ast.TypeAssertExpr, *ast.UnaryExpr:
			if u, ok := pn.(*ast.UnaryExpr); ok && u.Op == token.AND {
				if call, ok := p.Parent().Node().(*ast.CallExpr); ok && a.handUnmarshalInto(call, pn) {
					return nil // json.Unmarshal(b, &claims): the decode itself
				}
			}
			cur = p
			continue
		case *ast.SelectorExpr:
			if pn.X == cur.Node() {
				cur = p
				continue
			}
			return nil
		case *ast.IndexExpr:
			if pn.X == cur.Node() {
				cur = p // claims["sub"]
				continue
			}
			return use // m[claims.Sub]: a lookup
		case *ast.BinaryExpr:
			cur = p
			continue
		case *ast.CallExpr:
			if pn.Fun == cur.Node() {
				cur = p // claims.GetSubject()
				continue
			}
			if selfKeyFormatting(info, pn) {
				return nil // printed, logged, put into an error message
			}
			if fn, ok := typeutil.Callee(info, pn).(*types.Builtin); ok && fn != nil {
				cur = p // len(claims.Aud)
				continue
			}
			if tv, ok := info.Types[pn.Fun]; ok && tv.IsType() {
				cur = p // string(claims.Sub)
				continue
			}
			return use // handed to a function: a lookup, a decision
		case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.ForStmt, *ast.CaseClause:
			return use // a branch
		case *ast.ReturnStmt, *ast.SendStmt, *ast.KeyValueExpr, *ast.CompositeLit:
			return use // returned or stored
		case *ast.AssignStmt:
			for i, r := range pn.Rhs {
				if r != cur.Node() {
					continue
				}
				var lhs ast.Expr
				if len(pn.Lhs) == len(pn.Rhs) {
					lhs = pn.Lhs[i]
				} else if len(pn.Lhs) > 0 {
					lhs = pn.Lhs[0]
				}
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok {
					return use // stored into a field or a map
				}
				lv, ok := info.ObjectOf(id).(*types.Var)
				if !ok || id.Name == "_" {
					return nil
				}
				if lv.Parent() == a.pass.Pkg.Scope() {
					return use // a package-level variable
				}
				return a.handTrustedUse(fcur, lv, pn.End(), depth+1)
			}
			return nil
		case *ast.ValueSpec:
			for i, val := range pn.Values {
				if val == cur.Node() && i < len(pn.Names) {
					if lv, ok := info.Defs[pn.Names[i]].(*types.Var); ok {
						return a.handTrustedUse(fcur, lv, pn.End(), depth+1)
					}
				}
			}
			return nil
		default:
			return nil
		}
	}
}

// handUnmarshalInto reports whether call is json.Unmarshal(b, arg).
func (a *analyzer) handUnmarshalInto(call *ast.CallExpr, arg ast.Node) bool {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	return fn != nil && model.IsJSONUnmarshal(fn) && len(call.Args) == 2 && call.Args[1] == arg
}

// handRequestOrigin reports whether the token string e is read from an
// incoming HTTP request: r.Header.Get("Authorization"), r.FormValue,
// r.Cookie(...).Value, r.URL.Query().Get, trimmed or split with the
// strings package, through local variables; or, for a parameter of decl,
// whether a caller in this package passes such a value.
func (a *analyzer) handRequestOrigin(decl *ast.FuncDecl, sk *selfKeys, e ast.Expr, depth int) bool {
	if depth > 6 {
		return false
	}
	info := a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok {
			return false
		}
		if rhss := sk.defs[v]; len(rhss) > 0 {
			for _, r := range rhss {
				if a.handRequestOrigin(decl, sk, r, depth+1) {
					return true
				}
			}
			return false
		}
		return a.handParamFromRequest(decl, v, depth)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.handRequestOrigin(decl, sk, x.Args[0], depth+1)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil {
			return false
		}
		if model.IsRequestSource(fn) {
			return true
		}
		if model.IsStdStringFunc(fn) && len(x.Args) > 0 {
			return a.handRequestOrigin(decl, sk, x.Args[0], depth+1) // strings.TrimPrefix(h, "Bearer ")
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
				return a.handRequestOrigin(decl, sk, sel.X, depth+1) // r.URL.Query().Get(...)
			}
		}
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil && s.Kind() == types.FieldVal {
			if model.IsRequestField(info.TypeOf(x.X), x.Sel.Name) {
				return true
			}
			return a.handRequestOrigin(decl, sk, x.X, depth+1) // cookie.Value
		}
	case *ast.IndexExpr:
		return a.handRequestOrigin(decl, sk, x.X, depth+1)
	}
	return false
}

// handParamFromRequest reports whether v is a parameter of decl to which a
// caller in this package passes a value read from an incoming request.
func (a *analyzer) handParamFromRequest(decl *ast.FuncDecl, v *types.Var, depth int) bool {
	if decl == nil || depth > 2 {
		return false
	}
	info := a.pass.TypesInfo
	fn, ok := info.Defs[decl.Name].(*types.Func)
	if !ok {
		return false
	}
	idx := -1
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		if params.At(i) == v {
			idx = i
		}
	}
	if idx < 0 || (fn.Signature().Variadic() && idx == params.Len()-1) {
		return false
	}
	for c := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		if callee, _ := typeutil.Callee(info, call).(*types.Func); callee == nil || callee.Origin() != fn || idx >= len(call.Args) {
			continue
		}
		caller, ok := enclosingFuncDecl(c)
		if !ok || astutil.InTestCode(a.pass, c) {
			continue
		}
		cd := caller.Node().(*ast.FuncDecl)
		if a.handRequestOrigin(cd, a.newSelfKeys(cd.Body), call.Args[idx], depth+1) {
			return true
		}
	}
	return false
}
