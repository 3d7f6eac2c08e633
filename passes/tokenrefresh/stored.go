package tokenrefresh

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// storedToken is a token from a token endpoint kept in a struct field or
// a package variable.
type storedToken struct {
	at   *ast.AssignStmt
	lhs  ast.Expr
	file *ast.File
}

// kept is what the package does with a field or variable holding a token.
type kept struct {
	stores  []storedToken
	used    bool // its access token authenticates a request
	checked bool // its expiry is checked, or it is handed to a refreshing source
}

// storedTokens reports a token from a token endpoint (Config.Exchange,
// clientcredentials.Config.Token, a TokenSource's Token, a function of the
// module returning one) kept in a struct field or a package variable and
// used by later requests (its access token read, SetAuthHeader) when the
// package never checks its expiry (Valid, Expiry) nor hands it to a
// refreshing source: once it expires, every request fails.
func (a *analyzer) storedTokens(files []*ast.File) {
	vars := make(map[*types.Var]*kept)
	var order []*types.Var
	get := func(v *types.Var) *kept {
		k := vars[v]
		if k == nil {
			k = &kept{}
			vars[v] = k
			order = append(order, v)
		}
		return k
	}
	// keptVar returns the field or package variable e denotes, if it
	// holds an expiring token.
	keptVar := func(e ast.Expr) *types.Var {
		var v *types.Var
		switch e := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			v, _ = a.pass.TypesInfo.Uses[e.Sel].(*types.Var)
			if v != nil && !v.IsField() {
				v = nil
			}
		case *ast.Ident:
			v, _ = a.objOf(e).(*types.Var)
			if v != nil && v.Parent() != a.pass.Pkg.Scope() {
				v = nil
			}
		}
		if v == nil || !model.IsExpiringTokenType(v.Type()) {
			return nil
		}
		return v
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if obj, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func); ok && isTestFunc(obj) {
					return false
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if v := keptVar(l); v != nil && a.res.LabelOf(f, storedExpr(l))&model.RefreshableToken != 0 {
						k := get(v)
						k.stores = append(k.stores, storedToken{at: n, lhs: l, file: f})
					}
				}
			case *ast.SelectorExpr:
				v := keptVar(n.X)
				if v == nil {
					return true
				}
				k := get(v)
				switch sel := a.pass.TypesInfo.Uses[n.Sel].(type) {
				case *types.Var:
					switch model.TokenFieldRole(v.Type(), sel.Name()) {
					case model.TokenAccess:
						k.used = true
					case model.TokenExpiry:
						k.checked = true
					}
				case *types.Func:
					switch model.TokenMethodRole(sel) {
					case model.TokenAccess:
						k.used = true
					case model.TokenExpiry:
						k.checked = true
					}
				}
			case *ast.CallExpr:
				fn := a.callee(n)
				if i := model.RefreshingSourceArg(fn); i >= 0 && i < len(n.Args) {
					if v := keptVar(n.Args[i]); v != nil {
						get(v).checked = true
					}
				}
			}
			return true
		})
	}
	for _, v := range order {
		k := vars[v]
		if !k.used || k.checked {
			continue
		}
		for _, s := range k.stores {
			what := "a token endpoint"
			var related []analysis.RelatedInformation
			if src := a.res.SourceOf(s.file, storedExpr(s.lhs)); src.IsValid() {
				if c := a.calls[src]; c != nil {
					if fn := a.callee(c); fn != nil {
						what = model.DisplayName(fn)
					}
					related = []analysis.RelatedInformation{{Pos: c.Pos(), End: c.End(), Message: "the token comes from here"}}
				}
			}
			a.report(analysis.Diagnostic{
				Pos: s.lhs.Pos(), End: s.lhs.End(),
				Message: fmt.Sprintf("the token of %s is kept in %s and used by later requests, but its expiry is never checked: check tok.Valid() before each use, or keep a refreshing token source",
					what, v.Name()),
				Related: related,
			})
		}
	}
}

func isTestFunc(fn *types.Func) bool { return astutil.TakesTesting(fn.Signature()) }

// storedExpr returns the expression SSA's debug information records a
// store to lhs under: the field's name for x.f (go/ssa's address of a
// field), lhs itself otherwise.
func storedExpr(lhs ast.Expr) ast.Expr {
	if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
		return sel.Sel
	}
	return lhs
}
