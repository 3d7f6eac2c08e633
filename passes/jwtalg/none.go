package jwtalg

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/model"
)

// checkNoneIdent reports a use of a library's "none" algorithm object
// (golang-jwt SigningMethodNone and UnsafeAllowNoneSignatureType, kataras
// jwt.NONE) other than a comparison with it, which is how code rejects it.
func (a *analyzer) checkNoneIdent(cur inspector.Cursor, id *ast.Ident) {
	obj := a.pass.TypesInfo.Uses[id]
	switch obj.(type) {
	case *types.Var, *types.Const:
	default:
		return
	}
	if obj.Pkg() == nil || obj.Pkg() == a.pass.Pkg || obj.Parent() != obj.Pkg().Scope() {
		return
	}
	use := model.LookupNone(obj)
	if use == 0 {
		return
	}
	ecur := exprUp(selectorUp(cur))
	e := ecur.Node()
	switch p := ecur.Parent().Node().(type) {
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			return // t.Method == jwt.SigningMethodNone: rejecting it
		}
	case *ast.CaseClause:
		return // case jwt.SigningMethodNone:
	case *ast.SelectorExpr:
		if use == model.NoneMethod && model.IsSigningMethodAlg(p.Sel.Name) {
			return // its name, "none": reported where it lands in an allow-list
		}
	}
	name := objName(obj)
	var msg string
	switch use {
	case model.NoneMethod:
		msg = name + " makes tokens with alg none and no signature, indistinguishable from forgeries; sign with a real algorithm (RS256, ES256, EdDSA or HS256 with a secret key)"
	case model.NoneKey:
		if a.inKeyfuncReturn(ecur) {
			msg = "the keyfunc returns " + name + ": the parse then accepts tokens with alg none, so anyone can forge them; return the real key and add WithValidMethods"
		} else {
			msg = name + " lets tokens be signed or verified with alg none and no signature, so anyone can forge them; use a real key and algorithm"
		}
	case model.NoneAlg:
		if call := a.argOf(ecur); call != nil && a.isVerifyCall(call) {
			msg = a.calleeName(call) + " with " + name + " accepts unsigned tokens, so anyone can forge them; verify with the algorithm and key tokens are signed with"
		} else {
			msg = name + " signs or verifies tokens with alg none and no signature, so anyone can forge them; use a real algorithm and key"
		}
	}
	a.report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: msg})
}

// reportNoneFunc reports calls that produce or accept unsigned tokens:
// gbrlsnchs jwt.None(), jwx WithInsecureNoSignature().
func (a *analyzer) reportNoneFunc(call *ast.CallExpr, fn *types.Func, use model.NoneUse) {
	name := displayName(fn) + "()"
	var msg string
	switch use {
	case model.NoneSign:
		msg = name + " signs with alg none: the token carries no signature and anything that accepts it accepts forgeries; sign with jwt.WithKey(alg, key)"
	default:
		msg = name + " is the none algorithm: it signs nothing and its Verify accepts any token; use a real algorithm such as jwt.NewHS256(key) or jwt.NewRS256(...)"
	}
	a.report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: msg})
}

// inKeyfuncReturn reports whether the expression at cur is the key result
// of a return statement of a function that takes a golang-jwt token.
func (a *analyzer) inKeyfuncReturn(cur inspector.Cursor) bool {
	ret, ok := cur.Parent().Node().(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 2 || ret.Results[0] != cur.Node() {
		return false
	}
	f := enclosingFunc(cur)
	var sig *types.Signature
	switch n := f.Node().(type) {
	case *ast.FuncDecl:
		if fn, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ = a.pass.TypesInfo.TypeOf(n).(*types.Signature)
	}
	return sig != nil && takesToken(sig)
}

// argOf returns the call the expression at cur is an argument of.
func (a *analyzer) argOf(cur inspector.Cursor) *ast.CallExpr {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || call.Fun == cur.Node() {
		return nil
	}
	return call
}

func (a *analyzer) isVerifyCall(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	return fn != nil && model.IsVerifyName(fn.Name())
}

func (a *analyzer) calleeName(call *ast.CallExpr) string {
	if fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func); fn != nil {
		return displayName(fn)
	}
	return "the call"
}

// checkAllowList reports "none" among the elements of an algorithm
// allow-list.
func (a *analyzer) checkAllowList(list ast.Expr, where string) {
	elems, _ := a.resolver.SliceElems(list)
	for _, e := range elems {
		if !a.isNoneValue(e) {
			continue
		}
		a.report(analysis.Diagnostic{
			Pos: e.Pos(), End: e.End(),
			Message: "the algorithm allow-list of " + where + " includes \"none\", which admits tokens without a signature; list only the algorithms your tokens are signed with",
		})
	}
}

// checkAllowListField checks allow-list fields set in a composite literal
// or an assignment: jwt.Parser{ValidMethods: ...}, cfg.SupportedSigningAlgs = ....
func (a *analyzer) checkAllowListField(t types.Type, field string, value ast.Expr, _ ast.Node) {
	if model.LookupField(t, field) == model.AllowedAlgorithms {
		a.checkAllowList(value, typeName(t)+"."+field)
	}
}

// typeName renders a named type (through a pointer) as pkg.Name.
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return objName(n.Obj())
	}
	return types.TypeString(t, nil)
}
