// Package astutil holds the small syntax helpers every tokenvet pass needs
// in the same form: whether code is test code, and what a name refers to.
package astutil

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// InTestFile reports whether pos is in a _test.go file.
func InTestFile(pass *analysis.Pass, pos token.Pos) bool {
	return strings.HasSuffix(pass.Fset.Position(pos).Filename, "_test.go")
}

// InTestCode reports whether cur is test code: in a _test.go file, or inside
// a function (declared or literal) taking a *testing.T, *testing.B,
// *testing.F or testing.TB, that is test support code outside _test.go
// files. Tests mint throwaway tokens and configure clocks on purpose.
func InTestCode(pass *analysis.Pass, cur inspector.Cursor) bool {
	if InTestFile(pass, cur.Node().Pos()) {
		return true
	}
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var sig *types.Signature
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				sig = fn.Signature()
			}
		case *ast.FuncLit:
			sig, _ = pass.TypesInfo.TypeOf(n).(*types.Signature)
		}
		if TakesTesting(sig) {
			return true
		}
	}
	return false
}

// TakesTesting reports whether a function takes a parameter of a type of
// package testing (*testing.T, *testing.B, *testing.F, testing.TB).
func TakesTesting(sig *types.Signature) bool {
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if IsTestingType(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// IsTestingType reports whether t (or what it points to) is a named type of
// package testing.
func IsTestingType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "testing"
}

// RefObj returns the object an identifier or qualified identifier
// (pkg.Name, x.Field) refers to, or nil.
func RefObj(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.Uses[e]
	case *ast.SelectorExpr:
		return info.Uses[e.Sel]
	}
	return nil
}

// FieldSets calls f for each struct field that n sets: every keyed element
// of a composite literal (at is the *ast.KeyValueExpr), and every x.F = v of
// an assignment with as many values as targets (at is the *ast.AssignStmt).
// t is the type of the literal, or of x; fields of untyped operands
// (package-qualified names) are skipped.
func FieldSets(info *types.Info, n ast.Node, f func(t types.Type, field string, value ast.Expr, at ast.Node)) {
	switch n := n.(type) {
	case *ast.CompositeLit:
		t := info.TypeOf(n)
		if t == nil {
			return
		}
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok {
					f(t, key.Name, kv.Value, kv)
				}
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, l := range n.Lhs {
			sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if t := info.TypeOf(sel.X); t != nil {
				f(t, sel.Sel.Name, n.Rhs[i], n)
			}
		}
	}
}

// Returns lists the return statements that return from the function whose
// body is body, in source order: those of function literals inside it are
// left out.
// body may also be the *ast.FuncDecl or *ast.FuncLit itself.
func Returns(body ast.Node) []*ast.ReturnStmt {
	switch f := body.(type) {
	case *ast.FuncDecl:
		body = f.Body
	case *ast.FuncLit:
		body = f.Body
	}
	var rs []*ast.ReturnStmt
	if body == nil || body == (*ast.BlockStmt)(nil) {
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			rs = append(rs, n)
		}
		return true
	})
	return rs
}

// Assignment is one left-hand side's share of an assignment or a variable
// declaration: LHS receives RHS itself or, when RHS is the single
// multi-valued right-hand side (a call, a comma-ok expression), its result
// number Index.
type Assignment struct {
	LHS   ast.Expr
	RHS   ast.Expr
	Index int
}

// Assignments lists what each left-hand side of n, an *ast.AssignStmt or
// an *ast.ValueSpec, is assigned, in order; a declaration without values
// (var x T) assigns nothing.
func Assignments(n ast.Node) []Assignment {
	lhs, rhs := AssignPairs(n)
	var out []Assignment
	for i, l := range lhs {
		switch {
		case len(lhs) == len(rhs):
			out = append(out, Assignment{l, rhs[i], 0})
		case len(rhs) == 1:
			out = append(out, Assignment{l, rhs[0], i})
		}
	}
	return out
}

// AssignPairs returns the left- and right-hand sides of n, an
// *ast.AssignStmt or an *ast.ValueSpec (its names and values); nil for any
// other node.
func AssignPairs(n ast.Node) (lhs, rhs []ast.Expr) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		return lhs, n.Values
	}
	return nil, nil
}

// IsText reports whether t is a string or a byte slice (of any named
// types of them).
func IsText(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}
