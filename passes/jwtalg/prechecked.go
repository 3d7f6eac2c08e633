package jwtalg

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/handjwt"
	"github.com/tokenvet/tokenvet/internal/model"
)

// algPrechecked reports whether the function around the parse call checks
// the alg of the token string raw before parsing it: the header decoded by
// hand (strings.Split(raw, ".")[0], base64-decoded, json.Unmarshal'd, and
// hdr.Alg or hdr["alg"] compared or looked up), or the header of an
// unverified parse of the same string (ParseUnverified(raw, ...) then
// u.Header["alg"] or u.Method checked), as DPoP proof validators do before
// verifying with the proof's own key. Either is an allow-list: the parse
// that follows sees the same header.
func (a *analyzer) algPrechecked(cur inspector.Cursor, call *ast.CallExpr, raw ast.Expr) bool {
	scope := outerFunc(cur)
	if !scope.Valid() || raw == nil {
		return false
	}
	info := a.pass.TypesInfo
	var body ast.Node
	switch fn := scope.Node().(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	for _, d := range handjwt.Find(info, body) {
		if d.Segment != 0 || d.Dest == nil || d.Unmarshal.Pos() > call.Pos() || !handjwt.SameValue(info, d.Raw, raw) {
			continue
		}
		if a.headerAlgReadChecked(scope, d.Dest) {
			return true
		}
	}
	// u, _, err := p.ParseUnverified(raw, claims) with u's method checked.
	for c := range scope.Preorder((*ast.CallExpr)(nil)) {
		pc := c.Node().(*ast.CallExpr)
		if pc.Pos() >= call.Pos() {
			break
		}
		fn, _ := typeutil.Callee(info, pc).(*types.Func)
		f := model.LookupFunc(fn)
		if f == nil || f.Kind != model.Unverified || f.Value != model.TokenValue || f.Input < 0 || f.Input >= len(pc.Args) || f.Result < 0 {
			continue
		}
		if !handjwt.SameValue(info, pc.Args[f.Input], raw) {
			continue
		}
		if a.resultVar(c, f.Result) == nil {
			continue
		}
		if checks, ok := a.flow.TokenChecked(pc, f.Result); checks || !ok {
			return true
		}
	}
	return false
}

// resultVar returns the variable receiving result i of the call at cur.
func (a *analyzer) resultVar(cur inspector.Cursor, i int) *types.Var {
	c := exprUp(cur)
	var lhs []ast.Expr
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 {
			lhs = p.Lhs
		}
	case *ast.ValueSpec:
		if len(p.Values) == 1 {
			for _, n := range p.Names {
				lhs = append(lhs, n)
			}
		}
	}
	if i >= len(lhs) {
		return nil
	}
	v, _ := a.objOf(lhs[i]).(*types.Var)
	return v
}

// headerAlgReadChecked reports whether scope reads the alg of the
// hand-decoded header hdr (hdr.Alg of a field tagged json:"alg", or
// hdr["alg"]) and checks it.
func (a *analyzer) headerAlgReadChecked(scope inspector.Cursor, hdr *types.Var) bool {
	info := a.pass.TypesInfo
	for cur := range scope.Preorder((*ast.Ident)(nil)) {
		if info.Uses[cur.Node().(*ast.Ident)] != hdr {
			continue
		}
		c := exprUp(cur)
		switch p := c.Parent().Node().(type) {
		case *ast.SelectorExpr:
			field, tag := handjwt.FieldTag(info, p)
			if handjwt.IsHeaderField(field, tag, model.AlgHeader) && a.algChecked(c.Parent().Node().(ast.Expr)) {
				return true
			}
		case *ast.IndexExpr:
			if s, ok := a.constString(p.Index); ok && p.X == c.Node() && s == model.AlgHeader && a.algChecked(c.Parent().Node().(ast.Expr)) {
				return true
			}
		}
	}
	return false
}
