package jwtalg

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/model"
)

// validMethodsFix builds the fix that adds jwt.WithValidMethods(algs) to a
// golang-jwt v5/v4 parse: to the call's options for the package functions,
// to the jwt.NewParser call the parser was built with for the methods. It
// fails when the options are spread from a slice (opts...), when the parser
// does not come from exactly one NewParser call of this package, and for
// the v3 paths, which have no options.
func (a *analyzer) validMethodsFix(cur inspector.Cursor, call *ast.CallExpr, kp *model.KeyfuncParse, algs []string) (analysis.SuggestedFix, bool) {
	if !kp.HasOptions || kp.Request {
		return analysis.SuggestedFix{}, false
	}
	var target *ast.CallExpr
	if kp.Options >= 0 {
		target = call
	} else if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		target = a.parserConstructor(sel.X, 0)
	}
	if target == nil || target.Ellipsis.IsValid() {
		return analysis.SuggestedFix{}, false
	}
	q := a.importName(target.Pos(), kp.Lib.Module)
	if q == "" || q == "_" {
		return analysis.SuggestedFix{}, false
	}
	prefix := q + "."
	if q == "." {
		prefix = ""
	}
	text := prefix + "WithValidMethods([]string{" + quoteAlgs(algs) + "})"
	edit := analysis.TextEdit{Pos: target.Rparen, End: target.Rparen, NewText: []byte(text)}
	if n := len(target.Args); n > 0 {
		end := target.Args[n-1].End()
		edit = analysis.TextEdit{Pos: end, End: end, NewText: []byte(", " + text)}
	}
	return analysis.SuggestedFix{Message: "Add " + text, TextEdits: []analysis.TextEdit{edit}}, true
}

// parserConstructor returns the jwt.NewParser call a parser expression
// was built with, when there is exactly one.
func (a *analyzer) parserConstructor(e ast.Expr, depth int) *ast.CallExpr {
	if depth > 3 {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, _ := typeutil.Callee(a.pass.TypesInfo, x).(*types.Func); fn != nil && model.IsParserConstructor(fn) {
			return x
		}
	case *ast.Ident:
		// Only a local variable: a parser in a field or package variable
		// may serve parses whose keys are of other types.
		v, ok := a.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok || v.IsField() || v.Parent() == nil || v.Parent() == a.pass.Pkg.Scope() {
			return nil
		}
		vals, ok := a.resolver.Values(x)
		if ok && len(vals) == 1 {
			return a.parserConstructor(vals[0], depth+1)
		}
	}
	return nil
}

// importName returns the name under which the file containing pos imports
// the package path ("." for a dot import), or "".
func (a *analyzer) importName(pos token.Pos, path string) string {
	for _, f := range a.pass.Files {
		if !(f.FileStart <= pos && pos <= f.FileEnd) {
			continue
		}
		for _, spec := range f.Imports {
			p, err := strconv.Unquote(spec.Path.Value)
			if err != nil || model.CanonicalPath(p) != path {
				continue
			}
			if spec.Name != nil {
				return spec.Name.Name
			}
			if pn := a.pass.TypesInfo.PkgNameOf(spec); pn != nil {
				return pn.Imported().Name()
			}
		}
	}
	return ""
}
