package astutil

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
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

// Written returns the variables the nodes write: assigned whole or in
// part (v = ..., v[i] = ..., v.f = ...), changed in place (v++),
// assigned by a range clause, or whose address is taken (&v: a flag or a
// decoder may fill it).
func Written(info *types.Info, nodes ...ast.Node) map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	add := func(e ast.Expr) {
		if v := WrittenVar(info, e); v != nil {
			out[v] = true
		}
	}
	for _, n := range nodes {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					add(l)
				}
			case *ast.IncDecStmt:
				add(n.X)
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					add(n.X)
				}
			case *ast.RangeStmt:
				if n.Tok == token.ASSIGN {
					if n.Key != nil {
						add(n.Key)
					}
					if n.Value != nil {
						add(n.Value)
					}
				}
			}
			return true
		})
	}
	return out
}

// NonTestFiles returns the package's files but its _test.go files.
func NonTestFiles(pass *analysis.Pass) []ast.Node {
	var out []ast.Node
	for _, f := range pass.Files {
		if !InTestFile(pass, f.Pos()) {
			out = append(out, f)
		}
	}
	return out
}

// DropAssigned removes from vars (package-level variables with what a
// pass knows of their initial values) those the package's files outside
// tests write after their declaration (see Written).
func DropAssigned[V any](pass *analysis.Pass, vars map[*types.Var]V) {
	if len(vars) == 0 {
		return
	}
	for v := range Written(pass.TypesInfo, NonTestFiles(pass)...) {
		delete(vars, v)
	}
}
