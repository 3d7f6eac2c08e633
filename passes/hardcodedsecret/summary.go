package hardcodedsecret

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
)

// The hard-coded values of a package that other packages may use as keys
// travel in the flow engine's one summary fact: the engine calls
// summarize on every package.
func init() { flow.Register(Meta.Name, summarize) }

// summarize gives a summary to the exported package-level variables of a
// string or []byte type initialized to a non-empty constant and never
// assigned again (nor their address taken) in the package
// (flow.VarSummary.Hardcoded), and the model.Hardcoded label on the first
// result of the exported functions (not methods) whose every return
// (but those returning a non-nil error) is such a constant or such a
// variable of the package (func SigningKey() []byte { return
// []byte("...") }), model.HardcodedFallback on those where one of several
// is (return os.Getenv("K") or "dev-secret"), and, on such functions, the parameters
// they return as they are on one of several paths (flow.Summary.Fallbacks:
// func Getenv(key, fallback string) string). A function the engine
// followed (a configuration helper, or any function of a package using a
// key sink) is judged by what the engine says its result may be
// (flow.Result.ResultOrigins: through its variables, s :=
// os.Getenv("K"); if s == "" { s = "dev" }; return s); the others by
// their return statements. A package without candidates costs one walk of
// its top-level declarations and of its candidate functions' bodies; only
// then are its assignments looked at.
func summarize(pass *analysis.Pass, res *flow.Result) (map[types.Object]*flow.Summary, any) {
	info := pass.TypesInfo
	vars := make(map[*types.Var]bool) // candidates: initialized to a constant
	var funcs []*ast.FuncDecl
	for _, f := range pass.Files {
		if astutil.InTestFile(pass, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, spec := range d.Specs {
					vs := spec.(*ast.ValueSpec)
					if len(vs.Names) != len(vs.Values) {
						continue
					}
					for i, name := range vs.Names {
						if v, ok := info.Defs[name].(*types.Var); ok && name.Name != "_" && astutil.IsText(v.Type()) && nonEmptyConst(info, vs.Values[i]) {
							vars[v] = true
						}
					}
				}
			case *ast.FuncDecl:
				if d.Recv == nil && d.Body != nil && d.Name.IsExported() && d.Type.Results != nil {
					if fn, ok := info.Defs[d.Name].(*types.Func); ok && astutil.IsText(fn.Signature().Results().At(0).Type()) && !astutil.TakesTesting(fn.Signature()) {
						funcs = append(funcs, d)
					}
				}
			}
		}
	}
	if len(vars) > 0 {
		astutil.DropAssigned(pass, vars)
	}
	local := make(map[types.Object]*flow.Summary)
	for v := range vars {
		if v.Exported() {
			local[v] = &flow.Summary{Var: &flow.VarSummary{Hardcoded: true}}
		}
	}
	for _, d := range funcs {
		var l model.Label
		var fb []int
		if origins, ok := res.ResultOrigins(info.Defs[d.Name].(*types.Func)); ok {
			// The engine followed it (a configuration helper): what
			// its result may be, through its variables.
			l, fb = fromOrigins(info, origins)
		} else {
			switch constant, paths := returnsConstant(info, d, vars); {
			case constant > 0 && constant == paths:
				l = model.Hardcoded
			case constant > 0:
				l = model.HardcodedFallback
			}
			fb = fallbacks(info, d)
		}
		if l == 0 && len(fb) == 0 {
			continue
		}
		sum := &flow.Summary{Fallbacks: fb}
		if l != 0 {
			sum.Results = make([]model.Label, info.Defs[d.Name].(*types.Func).Signature().Results().Len())
			sum.Results[0] = l
		}
		local[info.Defs[d.Name]] = sum
	}
	if len(local) == 0 {
		return nil, nil
	}
	return local, nil
}

// fromOrigins judges the values a function's result may take (the
// engine's ResultOrigins): model.Hardcoded when each is a non-empty
// constant, model.HardcodedFallback when some are; and the parameters of
// a text type it returns as they are on one of several paths.
func fromOrigins(info *types.Info, origins []flow.Origin) (model.Label, []int) {
	var consts, others int
	var fb []int
	for _, o := range origins {
		switch {
		case o.Kind == flow.OriginConst && !o.Part && o.Config == "" && nonEmptyConst(info, o.Expr):
			consts++
		case o.Kind == flow.OriginParam && o.Alt && !o.Part:
			if !slices.Contains(fb, o.Index) {
				fb = append(fb, o.Index)
			}
			others++
		default:
			others++
		}
	}
	slices.Sort(fb)
	switch {
	case consts > 0 && others == 0:
		return model.Hardcoded, fb
	case consts > 0:
		return model.HardcodedFallback, fb
	}
	return 0, fb
}

// nonEmptyConst reports whether e is a non-empty string constant, or a
// conversion of one ([]byte("...")).
func nonEmptyConst(info *types.Info, e ast.Expr) bool {
	e = ast.Unparen(e)
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 && info.Types[c.Fun].IsType() {
		e = ast.Unparen(c.Args[0])
	}
	tv := info.Types[e]
	return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) != ""
}

// successReturns returns, for each return of d but those returning a
// non-nil error as their last result, its first result (through parens
// and a conversion); bare counts the returns with no results of their
// own (a bare return of named results, or of a call's results).
func successReturns(info *types.Info, d *ast.FuncDecl) (firsts []ast.Expr, bare int) {
	results := info.Defs[d.Name].(*types.Func).Signature().Results()
	errLast := results.Len() >= 2 && types.Identical(results.At(results.Len()-1).Type(), types.Universe.Lookup("error").Type())
	for _, r := range astutil.Returns(d) {
		if len(r.Results) != results.Len() {
			bare++
			continue
		}
		if errLast && !info.Types[r.Results[len(r.Results)-1]].IsNil() {
			continue
		}
		e := ast.Unparen(r.Results[0])
		if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 && info.Types[c.Fun].IsType() {
			e = ast.Unparen(c.Args[0])
		}
		firsts = append(firsts, e)
	}
	return firsts, bare
}

// returnsConstant counts the returns of d (but those returning a non-nil
// error as their last result): paths, and constant, those returning, first,
// a non-empty constant or a variable of vars. A bare return of named
// results, or of a call's results, counts as none of them.
func returnsConstant(info *types.Info, d *ast.FuncDecl, vars map[*types.Var]bool) (constant, paths int) {
	firsts, bare := successReturns(info, d)
	for _, e := range firsts {
		if v, ok := astutil.RefObj(info, e).(*types.Var); ok && vars[v] || nonEmptyConst(info, e) {
			constant++
		}
	}
	return constant, len(firsts) + bare
}

// fallbacks returns the parameters of d, of a string or []byte type, that
// d returns as they are (through a conversion at most) as its first
// result on one of several paths (but those returning a non-nil error),
// and never assigns.
func fallbacks(info *types.Info, d *ast.FuncDecl) []int {
	firsts, bare := successReturns(info, d)
	if bare > 0 || len(firsts) < 2 {
		return nil
	}
	returned := make(map[*types.Var]bool)
	for _, e := range firsts {
		if id, ok := e.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && astutil.IsText(v.Type()) {
				returned[v] = true
			}
		}
	}
	if len(returned) == 0 {
		return nil
	}
	sig := info.Defs[d.Name].(*types.Func).Signature()
	written := astutil.Written(info, d.Body)
	var out []int
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if returned[p] && !(sig.Variadic() && i == sig.Params().Len()-1) && !written[p] {
			out = append(out, i)
		}
	}
	return out
}
