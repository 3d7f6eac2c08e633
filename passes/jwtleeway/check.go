package jwtleeway

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/keysource"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

type analyzer struct {
	pass     *analysis.Pass
	facts    *flow.Facts // the flow engine's summaries of other packages
	insp     *inspector.Inspector
	resolver *resolve.Resolver
	keys     *keysource.Classifier
	// parses are the package's verifying calls with the options they are
	// made with.
	parses []parseCall
	// optParses maps an option call to the parses it reaches.
	optParses map[*ast.CallExpr][]int
}

// parseCall is a verifying call of a modelled library.
type parseCall struct {
	call *ast.CallExpr
	fn   *types.Func
	opts resolve.Options
}

// collectParses records every verifying call (one with a key or keyfunc
// parameter, or a modelled parse taking key options) and the options that
// reach it.
func (a *analyzer) collectParses() {
	a.optParses = make(map[*ast.CallExpr][]int)
	for cur := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			continue
		}
		f := model.LookupFunc(fn)
		if model.VerifyKeyArg(fn) < 0 && (f == nil || f.Kind == model.Unverified) {
			continue
		}
		first := -1
		if sig := fn.Signature(); sig.Variadic() {
			first = sig.Params().Len() - 1
		}
		p := parseCall{call: call, fn: fn, opts: a.resolver.CallOptions(call, first)}
		for _, o := range p.opts.List {
			if o.Call != nil {
				a.optParses[o.Call] = append(a.optParses[o.Call], len(a.parses))
			}
		}
		a.parses = append(a.parses, p)
	}
}

func (a *analyzer) check() {
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)}
	for cur := range a.insp.Root().Preorder(filter...) {
		if astutil.InTestCode(a.pass, cur) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			a.checkCall(cur, n)
		case *ast.CompositeLit:
			a.checkLiteral(n)
		case *ast.AssignStmt:
			a.checkAssign(n)
		}
	}
}

func (a *analyzer) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return
	}
	opt, ok := model.LookupTimeOption(fn)
	if !ok || opt.Arg >= len(call.Args) {
		return
	}
	arg := call.Args[opt.Arg]
	name := displayName(fn)
	switch opt.Kind {
	case model.LeewayParam:
		a.checkLeeway(cur, call, name, arg)
	case model.ClockFuncParam:
		a.reportClock(arg, name, a.classifyFunc(arg, 0))
	case model.ClockParam:
		a.reportClock(arg, name, a.classifyClock(arg, 0))
	case model.TimeParam:
		a.reportClock(arg, name, a.classifyTime(arg, 0))
	}
}

// checkLiteral checks clock fields of a configuration literal:
// oidc.Config{Now: ...}, jwt.Expected{Time: ...}.
func (a *analyzer) checkLiteral(lit *ast.CompositeLit) {
	t := a.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	astutil.FieldSets(a.pass.TypesInfo, lit, a.checkClockField)
}

func (a *analyzer) checkClockField(t types.Type, field string, value ast.Expr, _ ast.Node) {
	kind := model.LookupClockField(t, field)
	if kind == 0 {
		return
	}
	name := model.TypeName(t)
	name = name[strings.LastIndex(name, "/")+1:] + "." + field
	switch kind {
	case model.ClockFuncParam:
		a.reportClock(value, name, a.classifyFunc(value, 0))
	case model.TimeParam:
		a.reportClock(value, name, a.classifyTime(value, 0))
	}
}

// checkAssign reports assignments to a library's global clock (jwt.TimeFunc,
// kataras jwt.Clock) and to clock fields of a configuration (cfg.Now = f).
func (a *analyzer) checkAssign(as *ast.AssignStmt) {
	for _, l := range as.Lhs {
		obj := astutil.RefObj(a.pass.TypesInfo, l)
		if obj != nil && model.IsClockVar(obj) {
			suppress.Report(a.pass, analysis.Diagnostic{
				Pos: l.Pos(), End: l.End(),
				Message: fmt.Sprintf("assignment to %s.%s outside tests replaces the clock of every token validation in the process; remove it and keep the library's time.Now",
					obj.Pkg().Name(), obj.Name()),
			})
		}
	}
	astutil.FieldSets(a.pass.TypesInfo, as, a.checkClockField)
}

// checkLeeway checks the leeway argument of a leeway option or method.
func (a *analyzer) checkLeeway(cur inspector.Cursor, call *ast.CallExpr, name string, arg ast.Expr) {
	d, origin, ok := a.evalDuration(arg, 0)
	if !ok {
		return
	}
	var related []analysis.RelatedInformation
	if origin != nil && origin.Pos().IsValid() && origin.Pkg() != nil && !model.IsStdPackage(origin.Pkg().Path()) {
		related = append(related, analysis.RelatedInformation{Pos: origin.Pos(), Message: fmt.Sprintf("%s is declared here", origin.Name())})
	}
	switch {
	case d > maxLeeway:
		suppress.Report(a.pass, analysis.Diagnostic{
			Pos: arg.Pos(), End: arg.End(),
			Message: fmt.Sprintf("%s leeway of %v exceeds %v: every token stays valid that long past its exp; use a minute or less (limit: -jwtleeway.max)",
				name, d, maxLeeway),
			Related: related,
		})
	case d == 0:
		key, issuer := a.keySourceFor(cur, call)
		switch {
		case key.Source.Foreign():
			related = append(related, analysis.RelatedInformation{Pos: key.At.Pos(), End: key.At.End(), Message: "the token is verified with a public key or key set here: another machine minted it"})
		case issuer != nil:
			related = append(related, analysis.RelatedInformation{Pos: issuer.Pos(), End: issuer.End(), Message: "the token is validated for this issuer, and this package signs no token: another machine minted it"})
		default:
			return
		}
		diag := analysis.Diagnostic{
			Pos: arg.Pos(), End: arg.End(),
			Message: fmt.Sprintf("%s sets zero clock-skew leeway for a token minted by another machine: a second of skew rejects fresh tokens (nbf, iat); allow %s",
				name, suggestedLeeway),
			Related: related,
		}
		if a.timeImported(arg.Pos()) {
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "allow 30 seconds of clock skew",
				TextEdits: []analysis.TextEdit{{Pos: arg.Pos(), End: arg.End(), NewText: []byte(suggestedLeeway)}},
			}}
		}
		suppress.Report(a.pass, diag)
	}
}

// timeImported reports whether the name "time" denotes the imported package
// "time" at pos.
func (a *analyzer) timeImported(pos token.Pos) bool {
	scope := a.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(model.DurationPackage, pos)
	pn, ok := obj.(*types.PkgName)
	return ok && pn.Imported().Path() == model.DurationPackage
}

// evalDuration returns the value of a duration expression: a constant
// (also one declared in another package), a local or package variable of
// this package whose every assignment is the same constant, or a
// package-level variable of another package of the module whose flow
// summary gives its value. origin is the named constant or variable it came from.
func (a *analyzer) evalDuration(e ast.Expr, depth int) (time.Duration, types.Object, bool) {
	if depth > 5 {
		return 0, nil, false
	}
	e = ast.Unparen(e)
	obj := a.objectOf(e)
	if d, ok := constDuration(a.pass.TypesInfo, e); ok {
		if _, isConst := obj.(*types.Const); !isConst {
			obj = nil
		}
		return d, obj, true
	}
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		v, ok := obj.(*types.Var)
		if !ok {
			return 0, nil, false
		}
		if v.Pkg() != a.pass.Pkg {
			if v.Pkg() != nil {
				if d, ok := a.facts.Duration(v); ok {
					return d, v, true
				}
			}
			return 0, nil, false
		}
		vals, ok := a.resolver.Values(x)
		if !ok || len(vals) == 0 {
			return 0, nil, false
		}
		var d time.Duration
		for i, val := range vals {
			di, _, ok := a.evalDuration(val, depth+1)
			if !ok || (i > 0 && di != d) {
				return 0, nil, false
			}
			d = di
		}
		return d, v, true
	case *ast.BinaryExpr:
		l, _, ok1 := a.evalDuration(x.X, depth+1)
		r, _, ok2 := a.evalDuration(x.Y, depth+1)
		if !ok1 || !ok2 {
			return 0, nil, false
		}
		switch x.Op {
		case token.MUL:
			return l * r, nil, true
		case token.ADD:
			return l + r, nil, true
		case token.SUB:
			return l - r, nil, true
		}
	case *ast.CallExpr:
		// A conversion: time.Duration(n).
		if tv, ok := a.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			d, o, ok := a.evalDuration(x.Args[0], depth+1)
			return d, o, ok
		}
	}
	return 0, nil, false
}

func constDuration(info *types.Info, e ast.Expr) (time.Duration, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	n, exact := constant.Int64Val(v)
	return time.Duration(n), exact
}

func (a *analyzer) objectOf(e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return a.pass.TypesInfo.ObjectOf(x)
	case *ast.SelectorExpr:
		return a.pass.TypesInfo.ObjectOf(x.Sel)
	}
	return nil
}
