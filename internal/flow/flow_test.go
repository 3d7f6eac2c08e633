package flow_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
)

// probe returns a test analyzer calling visit on every node of the
// package's files (with the file and the engine's result): the skeleton
// of the query tests below.
func probe(name, doc string, visit func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      doc,
		Requires: []*analysis.Analyzer{flow.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[flow.Analyzer].(*flow.Result)
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool { return n == nil || visit(pass, res, f, n) })
			}
			return nil, nil
		},
	}
}

// funcs reports, for calls of jwt.Parse, the functions their keyfunc
// argument may hold (Result.FuncValues).
var funcs = probe("funcreport", "reports the function values of jwt.Parse's keyfuncs", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Parse" && len(call.Args) == 2 {
		vals, ok := res.FuncValues(f, call.Args[1])
		if !ok {
			return true
		}
		var names []string
		for _, v := range vals {
			switch {
			case v.Lit != nil:
				names = append(names, fmt.Sprintf("lit:%d", pass.Fset.Position(v.Lit.Pos()).Line))
			case v.Func != nil:
				names = append(names, v.Func.Name())
			case v.Factory != nil:
				names = append(names, "call "+v.Factory.Name())
			default:
				names = append(names, "unknown")
			}
		}
		pass.Reportf(call.Pos(), "funcs: %s", strings.Join(names, ", "))
	}
	return true
})

// keysOf reports the key kinds of check's argument (Result.KeysOf).
var keysOf = probe("keysreport", "reports the key kinds of check's arguments", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "check" && len(call.Args) == 1 {
		if l, ok := res.KeysOf(f, call.Args[0]); ok {
			kinds, _ := model.KeyFamilies(l)
			pass.Reportf(call.Pos(), "keys: %s", strings.Join(kinds, ","))
		}
	}
	return true
})

// TestKeysOf: the kinds of keys an interface variable holds.
func TestKeysOf(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), keysOf, "keyvars")
}

// TestFuncValues: the functions a keyfunc variable or field may hold.
func TestFuncValues(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), funcs, "funcvalues")
}

// methods reports what the engine says of the method checks of the
// package's keyfuncs (Result.ChecksMethod), of the tokens its parses
// return (Result.TokenChecked) and of the header algs it reads
// (Result.AlgChecked).
var methods = probe("methodreport", "reports the engine's method checks", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		if c, ok := res.ChecksMethod(n); ok {
			pass.Reportf(n.Pos(), "checks method: %v", c)
		}
	case *ast.CallExpr:
		if c, ok := res.TokenChecked(n, 0); ok {
			pass.Reportf(n.Pos(), "token checked: %v", c)
		}
	case *ast.SelectorExpr, *ast.IndexExpr:
		if c, ok := res.AlgChecked(n.(ast.Expr)); ok {
			pass.Reportf(n.Pos(), "alg checked: %v", c)
		}
	}
	return true
})

// TestMethodChecks: which keyfuncs check the signing method, and which
// parsed tokens have theirs checked after the parse.
func TestMethodChecks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), methods, "methodchecks")
}

// reached reports, for each call of use in a function that parses a
// token, whether the parse's failure may reach it (Result.Reached), with
// the guard's judgements on names: err compared with nil, fatal never
// returns, must returns only on success.
var reached = probe("reachedreport", "reports whether a parse's failure reaches each use", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	d, ok := n.(*ast.FuncDecl)
	if !ok {
		return true
	}
	isErr := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && id.Name == "err"
	}
	isNil := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && id.Name == "nil"
	}
	g := flow.Guard{
		Cond: func(cond ast.Expr) (onTrue, onFalse bool) {
			if b, ok := cond.(*ast.BinaryExpr); ok && isErr(b.X) && isNil(b.Y) {
				return b.Op == token.EQL, b.Op == token.NEQ
			}
			return false, false
		},
		Stops: func(call *ast.CallExpr) bool {
			id, ok := call.Fun.(*ast.Ident)
			return ok && id.Name == "must"
		},
		NoReturn: func(fn *types.Func) bool { return fn.Name() == "fatal" },
		Err:      isErr,
	}
	var parse *ast.CallExpr
	ast.Inspect(d, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Parse" && parse == nil {
			parse = call
		}
		if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "use" && parse != nil {
			if r, ok := res.Reached(parse, call, g); ok {
				pass.Reportf(call.Pos(), "%s", map[bool]string{true: "reached", false: "guarded"}[r])
			}
		}
		return true
	})
	return false
})

// TestReached: the paths a parse's failure may take to a use.
func TestReached(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), reached, "reached")
}

// reporter reports every flow the engine finds, for the tests.
var reporter = &analysis.Analyzer{
	Name:     "flowreport",
	Doc:      "reports the flow engine's flows",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow: %s -> %s", f.Label, f.Sink)
		}
		return nil, nil
	},
}

func TestFlows(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), reporter, "basic", "use", "shapes", "dump", "fsink", "guess")
}

func TestSummaries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flow.Analyzer, "lib", "verifylib", "errlib", "plainlib", "files", "example.com/loghelp", "example.com/nohelp", "keylib", "keyuse", "methodlib", "methoduse", "guesslib", "example.com/hclib", "bearerlib")
}

// A Summarizer labelling the results of example.com/hclib's Key and Both
// model.Hardcoded and Fallback's HardcodedFallback, as hardcodedsecret's
// does for the constant key helpers of a package, and giving Getenv its
// Fallbacks: TestSummaries checks the label is merged into the
// engine's summaries, TestRelevant that a caller is not followed for it
// (hcuse) but is for a token (hcbearer).
func init() {
	flow.Register("hardcodedtest", func(pass *analysis.Pass, _ *flow.Result) (map[types.Object]*flow.Summary, any) {
		if pass.Pkg.Path() != "example.com/hclib" {
			return nil, nil
		}
		local := make(map[types.Object]*flow.Summary)
		for _, name := range []string{"Key", "Both"} {
			local[pass.Pkg.Scope().Lookup(name)] = &flow.Summary{Results: []model.Label{model.Hardcoded}}
		}
		local[pass.Pkg.Scope().Lookup("Getenv")] = &flow.Summary{Fallbacks: []int{1}}
		local[pass.Pkg.Scope().Lookup("Fallback")] = &flow.Summary{Results: []model.Label{model.HardcodedFallback}}
		return local, nil
	})
}

// labels reports the labels of the arguments of calls of functions named
// check, through Result.LabelOf, and the parse labels of checkParse's.
var labels = probe("labelreport", "reports the labels of check's arguments", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "check" && len(call.Args) == 1 {
		if l := res.LabelOf(f, call.Args[0]); l != 0 {
			pass.Reportf(call.Pos(), "label: %s", l)
		}
	}
	// checkParse: the parse labels alone (a *jwt.Token is
	// also a signed JWT).
	if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "checkParse" && len(call.Args) == 1 {
		if l := res.LabelOf(f, call.Args[0]) & model.ParseLabels; l != 0 {
			pass.Reportf(call.Pos(), "parse: %s", l.Names())
		}
	}
	return true
})

func TestLabelOf(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), labels, "labels", "parselabels")
}

// TestModuleImplementations: an interface call resolves to the
// implementations in the packages of the analyzed module it imports.
func TestModuleImplementations(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "mod")
	analysistest.Run(t, dir, flow.Analyzer, "./impl")
	analysistest.Run(t, dir, reporter, "./caller")
}

// kindReporter reports every flow with its sink's kind.
var kindReporter = &analysis.Analyzer{
	Name:     "flowkinds",
	Doc:      "reports the flow engine's flows with their kinds",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow: %s -> %s (%s)", f.Label, f.Sink, f.Kind)
		}
		return nil, nil
	},
}

func TestKinds(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), kindReporter, "kinds")
	// Hand-set Authorization headers, but where the response is checked
	// for 401 (bearerlib's summaries asserted in TestSummaries).
	analysistest.Run(t, analysistest.TestData(), kindReporter, "bearer")
	analysistest.Run(t, analysistest.TestData(), reporter, "loghelpuse")
}

// builtReporter reports, at the package clause, the packages the engine
// follows, and their flows.
var builtReporter = &analysis.Analyzer{
	Name:     "flowbuilt",
	Doc:      "reports the packages the flow engine follows",
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[flow.Analyzer].(*flow.Result)
		if res.Built() {
			pass.Reportf(pass.Files[0].Name.Pos(), "followed")
		}
		for _, f := range res.Flows {
			pass.Reportf(f.Pos, "flow: %s -> %s", f.Label, f.Sink)
		}
		return nil, nil
	},
}

// reachingReport reports, for calls of SignedString and for returns, the
// definitions reaching the variable passed as the key or returned
// (Result.Reaching): an
// assignment's left-hand identifier as name:line, a parameter as "param
// name", a value the engine cannot name as "?".
var reachingReport = probe("reachingreport", "reports the definitions reaching SignedString's key variables", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	var arg ast.Expr
	what := "reaches"
	switch n := n.(type) {
	case *ast.CallExpr:
		if sel, ok := n.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "SignedString" || len(n.Args) != 1 {
			return true
		}
		arg = n.Args[0]
	case *ast.ReturnStmt:
		if len(n.Results) != 1 {
			return true
		}
		arg, what = n.Results[0], "returns"
	default:
		return true
	}
	if conv, ok := arg.(*ast.CallExpr); ok && len(conv.Args) == 1 && pass.TypesInfo.Types[conv.Fun].IsType() {
		arg = conv.Args[0]
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return true
	}
	defs, ok := res.Reaching(id)
	if !ok {
		pass.Reportf(n.Pos(), "%s: not followed", what)
		return true
	}
	var out []string
	for _, d := range defs {
		switch d := d.(type) {
		case nil:
			out = append(out, "?")
		case *ast.Ident:
			if isParam(pass, d) {
				out = append(out, "param "+d.Name)
			} else {
				out = append(out, fmt.Sprintf("%s:%d", d.Name, pass.Fset.Position(d.Pos()).Line))
			}
		default:
			out = append(out, types.ExprString(d))
		}
	}
	pass.Reportf(n.Pos(), "%s: %s", what, strings.Join(out, ", "))
	return true
})

// isParam reports whether id declares a parameter of a function.
func isParam(pass *analysis.Pass, id *ast.Ident) bool {
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if ft, ok := n.(*ast.FuncType); ok && ft.Params != nil {
				for _, fl := range ft.Params.List {
					for _, name := range fl.Names {
						found = found || name == id
					}
				}
			}
			return !found
		})
	}
	return found
}

// originsReport reports, at each call of SignedString, the origins of its
// key, and at each call of jwt.Parse, those of its keyfunc's results
// (Result.Origins): kind:line, with "alt" and "part".
var originsReport = probe("originsreport", "reports the origins of SignedString's keys", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return true
	}
	var arg ast.Expr
	var opts flow.OriginOpts
	switch {
	case sel.Sel.Name == "SignedString" && len(call.Args) == 1:
		arg = call.Args[0]
	case sel.Sel.Name == "Parse" && len(call.Args) == 2:
		arg, opts.Keyfunc = call.Args[1], true
	default:
		return true
	}
	origins, ok := res.Origins(arg, opts)
	if !ok {
		return true
	}
	kinds := [...]string{flow.OriginConst: "const", flow.OriginCall: "call", flow.OriginField: "field", flow.OriginGlobal: "global", flow.OriginMake: "make"}
	var out []string
	for _, o := range origins {
		s := fmt.Sprintf("%s:%d", kinds[o.Kind], pass.Fset.Position(o.Expr.Pos()).Line)
		if o.Alt {
			s += " alt"
		}
		if o.Part {
			s += " part"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	pass.Reportf(call.Pos(), "origins: %s", strings.Join(out, ", "))
	return true
})

// TestOrigins checks the origins the engine walks keys back to: through a
// helper, with its call's argument only (the other call's is not one);
// nested helpers; a switch's cases; a fallback; a closure's cell; a
// parameter's callers; package variables (not one assigned elsewhere);
// not a flag's variable; not a value returned with an error. A keyfunc's
// results: of a literal, a method value, a variable holding a literal
// (not its error path's). A field's fallback stored when it is empty (not
// one stored on another field's check).
func TestOrigins(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), originsReport, "origins")
}

// TestReaching checks the definitions reaching a key variable's read:
// not a constant overwritten before the read, but a fallback assigned in
// a branch beside the configured value, a parameter (reassigned or not),
// a captured variable's assignment; nothing known for a variable whose
// address is taken (a flag) or given an operator assignment. A function a
// package-level variable's initializer calls is followed, not one nothing
// followed calls.
func TestReaching(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), reachingReport, "reaching")
}

func init() {
	// A test Summarizer: ParseClaims of example.com/parsehelper is a parse
	// helper (as jwtverify's Summarizer says of a wrapper of a parse).
	flow.Register("parsetest", func(pass *analysis.Pass, res *flow.Result) (map[types.Object]*flow.Summary, any) {
		if pass.Pkg.Path() != "example.com/parsehelper" {
			return nil, nil
		}
		obj := pass.Pkg.Scope().Lookup("ParseClaims")
		return map[types.Object]*flow.Summary{obj: {Parse: &flow.ParseSummary{Kind: model.Unverified, Result: 0, Err: 1, Input: 0, Dest: -1}}}, nil
	})
}

// TestRelevant checks which packages the engine follows: one calling
// another package's parse helper (parseuse), not one calling another
// function of it (parsenouse); and not one that
// reads only other headers (ctype), but one that reads the Authorization
// header (authget) or passes the header set on (headerpass).
// Predictable values: not a package using math/rand and a clock for
// jitter and timestamps (jitter) nor one using another package's
// math/rand helper for a file name (randname); but the helper returning
// text (randhelper), and the packages giving its value to an OAuth2
// state (randstate) or a field named for a secret (randreset). Nor one
// putting a clock reading in a cookie (stampcookie). A package using a
// key sink (keyonly), for hardcodedsecret's reaching definitions, but not
// one parsing a public key (nokey), nor a token library using its own key
// sink (golang-jwt's stub). Hard-coded results
// (model.Hardcoded): not a package calling a function whose result is
// only hard-coded (hcuse), but one calling a function of the same
// package whose result carries a token (hcbearer).
func TestRelevant(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), builtReporter, "example.com/parseuse", "example.com/parsenouse")
	analysistest.Run(t, analysistest.TestData(), builtReporter, "example.com/ctype", "example.com/authget", "example.com/headerpass", "example.com/gen", "example.com/keyfuncdecl", "example.com/keyfactory", "example.com/tokenhelper",
		"example.com/hcuse", "example.com/hcbearer", "example.com/keyonly", "example.com/nokey", "github.com/golang-jwt/jwt/v5",
		"example.com/jitter", "example.com/randhelper", "example.com/randstate", "example.com/randname", "example.com/randreset", "example.com/randsample", "example.com/stampcookie", "example.com/statusonly", "example.com/statusconst")
}

// uses reports, at each use, where the result 0 of a jwt parse call and
// the claims destination of jwt.ParseWithClaims go (Result.UsesOf).
var uses = probe("usesreport", "reports the uses of parse results", func(pass *analysis.Pass, res *flow.Result, f *ast.File, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok {
		return true
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || !strings.HasPrefix(sel.Sel.Name, "Parse") {
		return true
	}
	report := func(us []flow.Use, what string) {
		for _, u := range us {
			if u.Kind == flow.UseRef || u.Kind == flow.UseArg && call.Pos() <= u.Pos && u.Pos < call.End() {
				continue
			}
			detail := ""
			switch {
			case u.Callee != nil:
				detail = " " + u.Callee.Name()
			case u.Builtin != "":
				detail = " " + u.Builtin
			case u.Field != nil:
				detail = " " + u.Field.Name()
			}
			if u.Kind == flow.UseArg || u.Kind == flow.UseReturned {
				detail += fmt.Sprintf(" %d", u.Index)
			}
			pass.Reportf(u.Pos, "%s: %s%s", what, u.Kind, detail)
		}
	}
	us, ok := res.ResultUsesOf(f, call, 0)
	if !ok {
		pass.Reportf(call.Pos(), "no SSA")
		return true
	}
	report(us, "token")
	if sel.Sel.Name == "ParseWithClaims" && len(call.Args) > 1 {
		us, _ := res.UsesOf(f, call.Args[1])
		report(us, "claims")
	}
	return true
})

// TestUsesOf: where a parse's token and claims go, through variables,
// phis, closures and locals whose address is taken.
func TestUsesOf(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), uses, "uses2")
}
