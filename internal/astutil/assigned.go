package astutil

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/lazyinspect"
)

// WrittenVar returns the variable an lvalue writes: v in v, v[i], v.f and
// pkg.V; nil for anything else.
func WrittenVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			return v
		case *ast.IndexExpr:
			e = x.X
		case *ast.SelectorExpr:
			if _, ok := info.Selections[x]; !ok {
				v, _ := info.Uses[x.Sel].(*types.Var) // pkg.V
				return v
			}
			e = x.X
		default:
			return nil
		}
	}
}

// DropAssigned removes from vars (package-level variables with what a
// pass knows of their initial values) those the package's files outside
// tests write after their declaration: assigned (v = ..., v[i] = ...,
// v.f = ...), changed in place (v++), assigned by a range clause, or
// whose address is taken (&v: a flag or a decoder may fill it).
func DropAssigned[V any](pass *analysis.Pass, vars map[*types.Var]V) {
	if len(vars) == 0 {
		return
	}
	drop := func(e ast.Expr) {
		if v := WrittenVar(pass.TypesInfo, e); v != nil {
			delete(vars, v)
		}
	}
	for cur := range lazyinspect.Of(pass).Root().Preorder((*ast.AssignStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.RangeStmt)(nil)) {
		if InTestFile(pass, cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				drop(l)
			}
		case *ast.IncDecStmt:
			drop(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				drop(n.X)
			}
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				if n.Key != nil {
					drop(n.Key)
				}
				if n.Value != nil {
					drop(n.Value)
				}
			}
		}
	}
}
