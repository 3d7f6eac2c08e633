package jwtalg

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/model"
)

// checkJoseVerify reports a go-jose v3/v2 verification (tok.Claims(key),
// sig.Verify(key)) of a token parsed without an algorithm allow-list, when
// the key is a []byte or a key set mixing HMAC secrets and public keys: a
// token whose header says HS256 is then verified with those bytes as an
// HMAC secret.
func (a *analyzer) checkJoseVerify(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, key ast.Expr) {
	risk := a.joseKeyRisk(key, 0)
	if risk == "" {
		return
	}
	scope := outerFunc(cur)
	if !scope.Valid() || a.joseAlgChecked(scope) {
		return
	}
	what := a.keyTypeName(key) + ", usable as an HS256 secret"
	if risk == "mixed" {
		what = "a key set of HMAC secrets and public keys (algorithm confusion)"
	}
	advice := "; pin algorithms with go-jose v4's ParseSigned"

	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End()}
	parse := a.joseParseOf(scope, call)
	if parse != nil && len(parse.Args) > 0 && a.algPrechecked(cur, parse, parse.Args[0]) {
		return
	}
	if parse != nil {
		pfn, _ := typeutil.Callee(a.pass.TypesInfo, parse).(*types.Func)
		d.Pos, d.End = parse.Pos(), parse.End()
		d.Message = displayName(pfn) + " of " + model.JoseLibraryID(pfn) + " pins no algorithm, and " + fn.Name() + " verifies with " + what + advice
		d.Related = []analysis.RelatedInformation{{Pos: call.Pos(), End: call.End(), Message: "verified here"}}
	} else {
		d.Message = displayName(fn) + " of " + model.JoseLibraryID(fn) + " verifies with " + what + ", no algorithm pinned" + advice
	}
	a.report(d)
}

// joseParseOf returns the unpinned parse call in scope whose result is the
// receiver of the verification call, or nil.
func (a *analyzer) joseParseOf(scope inspector.Cursor, call *ast.CallExpr) *ast.CallExpr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := a.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	for _, rhs := range a.assignedIn(scope, v) {
		if pc, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
			if fn, _ := typeutil.Callee(a.pass.TypesInfo, pc).(*types.Func); fn != nil && model.IsUnpinnedParse(fn) {
				return pc
			}
		}
	}
	return nil
}

// joseKeyRisk says whether a go-jose verification key lets an HMAC
// algorithm in: "bytes" for a []byte (or a JSONWebKey holding one),
// "mixed" for a key set with both HMAC secrets and public keys, "" else.
func (a *analyzer) joseKeyRisk(e ast.Expr, depth int) string {
	if depth > 4 {
		return ""
	}
	t := a.pass.TypesInfo.TypeOf(e)
	if model.IsSecretKeyFamily(model.KeyAlgFamily(t)) {
		return "bytes"
	}
	switch model.LookupJoseType(t) {
	case model.JoseJWK:
		for _, k := range a.litFields(e, model.JoseKeyField, depth) {
			if model.IsSecretKeyFamily(model.KeyAlgFamily(a.pass.TypesInfo.TypeOf(k))) {
				return "bytes"
			}
		}
	case model.JoseKeySet:
		hmac, public := false, false
		for _, keys := range a.litFields(e, model.JoseKeysField, depth) {
			elems, _ := a.resolver.SliceElems(keys)
			for _, el := range elems {
				for _, k := range a.litFields(el, model.JoseKeyField, depth+1) {
					family := model.KeyAlgFamily(a.pass.TypesInfo.TypeOf(k))
					hmac = hmac || model.IsSecretKeyFamily(family)
					public = public || model.IsPublicKeyFamily(family)
				}
			}
		}
		if hmac && public {
			return "mixed"
		}
	}
	return ""
}

// litFields returns the values of field name in the composite literals e
// may be (&T{...}, T{...}, or what a variable of this package is assigned).
func (a *analyzer) litFields(e ast.Expr, name string, depth int) []ast.Expr {
	if depth > 4 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		return a.litFields(x.X, name, depth+1)
	case *ast.CompositeLit:
		var out []ast.Expr
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
					out = append(out, kv.Value)
				}
			}
		}
		return out
	case *ast.Ident, *ast.SelectorExpr:
		vals, _ := a.resolver.Values(x)
		var out []ast.Expr
		for _, v := range vals {
			out = append(out, a.litFields(v, name, depth+1)...)
		}
		return out
	}
	return nil
}

// joseAlgChecked reports whether scope checks the Algorithm of a go-jose
// header (tok.Headers[0].Algorithm != "RS256").
func (a *analyzer) joseAlgChecked(scope inspector.Cursor) bool {
	for cur := range scope.Preorder((*ast.SelectorExpr)(nil)) {
		sel := cur.Node().(*ast.SelectorExpr)
		if model.IsHeaderAlgField(a.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name) && a.algChecked(sel) {
			return true
		}
	}
	return false
}

// keyTypeName renders the type of a key that is or holds a []byte for a
// message: "a []byte", "a *jose.JSONWebKey holding a []byte" (a named
// []byte type is no HMAC key to go-jose).
func (a *analyzer) keyTypeName(key ast.Expr) string {
	t := a.pass.TypesInfo.TypeOf(key)
	if t == nil {
		return "a []byte"
	}
	name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	if model.LookupJoseType(t) == model.JoseJWK {
		return "a " + name + " holding a []byte"
	}
	return "a []byte"
}
