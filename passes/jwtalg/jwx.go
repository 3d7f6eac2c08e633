package jwtalg

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// outerFunc returns the outermost function around cur: key providers are
// often literals inside the function that reads the header.
func outerFunc(cur inspector.Cursor) inspector.Cursor {
	outer := inspector.Cursor{}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		outer = c
	}
	return outer
}

// checkAlgSink reports a jwx verification key option or key sink whose
// algorithm was read from the token's own header.
func (a *analyzer) checkAlgSink(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, alg ast.Expr) {
	if outer := a.argOf(exprUp(cur)); outer != nil {
		if ofn, _ := typeutil.Callee(a.pass.TypesInfo, outer).(*types.Func); ofn != nil && model.IsSignFunc(ofn) {
			return // jws.Sign(payload, jws.WithKey(...)): signing
		}
	}
	scope := outerFunc(cur)
	if !scope.Valid() {
		return
	}
	src := a.headerAlgSource(scope, alg, 0)
	if src == nil || a.headerAlgChecked(scope) {
		return
	}
	var msg string
	if model.IsKeySink(fn) {
		msg = "the key provider hands the token's own alg header to " + displayName(fn) + ", so the token picks the algorithm (algorithm confusion); give each key its own alg or a fixed one such as jwa.RS256"
	} else {
		msg = displayName(fn) + " takes its algorithm from the token's own header, so the token picks the algorithm (algorithm confusion); pass the key's own alg or a fixed one such as jwa.RS256"
	}
	a.report(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(), Message: msg,
		Related: []analysis.RelatedInformation{{Pos: src.Pos(), End: src.End(), Message: "alg read from the token's header here"}},
	})
}

// headerAlgSource returns the call reading a received token's header alg
// that e holds (directly, converted, or through local variables of scope),
// or nil.
func (a *analyzer) headerAlgSource(scope inspector.Cursor, e ast.Expr, depth int) ast.Expr {
	if depth > 4 {
		return nil
	}
	info := a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.headerAlgSource(scope, x.Args[0], depth+1)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil || !model.IsHeaderAlgSource(fn) {
			return nil
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && a.freshHeaders(sel.X) {
			return nil
		}
		return x
	case *ast.Ident:
		v, ok := info.Uses[x].(*types.Var)
		if !ok {
			return nil
		}
		for _, rhs := range a.assignedIn(scope, v) {
			if src := a.headerAlgSource(scope, rhs, depth+1); src != nil {
				return src
			}
		}
	}
	return nil
}

// assignedIn returns the expressions assigned to v in scope, including the
// single call of a tuple assignment whose first result v receives
// (alg, ok := hdr.Algorithm()).
func (a *analyzer) assignedIn(scope inspector.Cursor, v *types.Var) []ast.Expr {
	var out []ast.Expr
	for cur := range scope.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		lhs, rhs := astutil.AssignPairs(cur.Node())
		for i, l := range lhs {
			if a.objOf(l) != v {
				continue
			}
			if len(lhs) == len(rhs) {
				out = append(out, rhs[i])
			} else if len(rhs) == 1 && i == 0 {
				out = append(out, rhs[0])
			}
		}
	}
	return out
}

// freshHeaders reports whether the headers expression e was created by the
// program (jws.NewHeaders()), not read from a token.
func (a *analyzer) freshHeaders(e ast.Expr) bool {
	vals, _ := a.resolver.Values(ast.Unparen(e))
	for _, v := range append(vals, e) {
		if call, ok := ast.Unparen(v).(*ast.CallExpr); ok {
			if fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func); fn != nil && model.IsNewHeaders(fn) {
				return true
			}
		}
	}
	return false
}

// headerAlgChecked reports whether scope checks a header alg it reads
// (compares it, switches on it, looks it up) anywhere: the alg is then the
// program's choice.
func (a *analyzer) headerAlgChecked(scope inspector.Cursor) bool {
	for cur := range scope.Preorder((*ast.CallExpr)(nil)) {
		fn, _ := typeutil.Callee(a.pass.TypesInfo, cur.Node().(*ast.CallExpr)).(*types.Func)
		if fn != nil && model.IsHeaderAlgSource(fn) && a.algChecked(cur.Node().(ast.Expr)) {
			return true
		}
	}
	return false
}

// checkInferAlg reports jwx options that let verification infer the
// algorithm from the key.
func (a *analyzer) checkInferAlg(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) == 0 || !a.isTrue(call.Args[0]) {
		return
	}
	a.report(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: displayName(fn) + "(true) verifies keys that have no alg with any algorithm their type allows, as the token's header asks; set the alg of each key and drop this option",
	})
}
