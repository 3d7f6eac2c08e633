package jwtverify

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/lazyinspect"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
	"github.com/tokenvet/tokenvet/internal/suppress"
	"github.com/tokenvet/tokenvet/internal/variant"
)

//go:embed doc.go
var doc string

// Meta is jwtverify's metadata: CWE-347, Improper Verification of
// Cryptographic Signature, and CWE-345, Insufficient Verification of Data
// Authenticity.
var Meta = meta.New("jwtverify", doc, meta.Error, 347, 345)

// Analyzer is the jwtverify analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{lazyinspect.Analyzer, resolve.Analyzer, flow.Analyzer},
	Run:      suppress.Run(run),
}

// jwtverify's knowledge of a function of the module, for its callers in
// other packages, travels in the flow engine's one summary fact: the
// engine calls summarize on every package (with its own pass) and keeps
// what it returns for run.
func init() { flow.Register(Meta.Name, summarize) }

// parseFact is what jwtverify knows of a function of the module under
// analysis that behaves like a modelled parse (see flow.ParseSummary).
type parseFact = flow.ParseSummary

// state is what summarize computed for run: the analyzer, and the
// function declarations with a call that may be a parse.
type state struct {
	a     *analyzer
	decls []inspector.Cursor
}

// summarize computes the parse facts of the package's functions, for the
// flow engine, which carries them to other packages (pass is the
// engine's).
func summarize(pass *analysis.Pass, res *flow.Result) (map[types.Object]*flow.Summary, any) {
	if len(pass.Files) == 0 || !relevant(pass, res.Facts()) {
		return nil, nil
	}
	insp := lazyinspect.Of(pass)
	a := newAnalyzer(pass, insp, res.Facts())
	a.flow = res

	// Only functions with a call that may be a parse are checked: a call of
	// a modelled library, of a function with a fact, of this package's
	// functions (which may get one), or of a function value.
	var decls []inspector.Cursor
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		if cur.Node().(*ast.FuncDecl).Body == nil {
			continue
		}
		if a.mayParse(cur) {
			decls = append(decls, cur)
		}
	}

	// Compute the parse facts of this package's functions to a fixed point:
	// a helper may wrap another helper declared later in the package, in a
	// chain of any length. Every candidate is checked once; when a
	// function's fact changes, the functions that refer to it are checked
	// again.
	a.propagate(decls)
	local := make(map[types.Object]*flow.Summary, len(a.local))
	for fn, f := range a.local {
		local[fn] = &flow.Summary{Parse: f}
	}
	return local, &state{a, decls}
}

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || variant.Skip(pass) {
		return nil, nil
	}
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	st, _ := res.State(Meta.Name).(*state)
	if st == nil {
		// No token library and no wrapper of one: only a JWT decoded by
		// hand can be trusted here.
		if model.MayDecodeByHand(pass.Pkg) {
			newAnalyzer(pass, lazyinspect.Of(pass), res.Facts()).checkHandDecodes()
		}
		return nil, nil
	}
	// The facts are known; the findings are reported through this pass.
	a, decls := st.a, st.decls
	a.pass = pass
	insp := a.insp

	for _, decl := range decls {
		a.checkFunc(decl, true)
	}
	// Function literals outside function declarations (package-level
	// variables) are checked on their own.
	for cur := range insp.Root().Preorder((*ast.FuncLit)(nil)) {
		if _, inDecl := enclosingFuncDecl(cur); !inDecl {
			a.checkFunc(cur, true)
		}
	}
	a.reportRereads()
	a.checkConfigFields()
	a.checkSelfKeys()
	a.checkHandDecodes()
	return nil, nil
}

// maxChanges bounds how often one function's fact may change while the
// facts are propagated: facts only grow along a chain of wrappers (each
// changes once), so this stops only a pathological oscillation.
const maxChanges = 64

// propagate computes the facts of the package's functions with a worklist:
// a function is checked again whenever the fact of a function of the
// package it refers to (calls, or takes as a value) changes.
func (a *analyzer) propagate(decls []inspector.Cursor) {
	info := a.pass.TypesInfo
	fnOf := func(decl inspector.Cursor) *types.Func {
		fn, _ := info.Defs[decl.Node().(*ast.FuncDecl).Name].(*types.Func)
		return fn
	}
	// referrers maps a function of this package, and the name of a method
	// (for interface methods, whose facts come from an implementation), to
	// the declarations that refer to it, in source order.
	referrers := make(map[*types.Func][]int)
	methodReferrers := make(map[string][]int)
	for i, d := range decls {
		seen := make(map[*types.Func]bool)
		for cur := range d.Preorder((*ast.Ident)(nil)) {
			fn, _ := info.Uses[cur.Node().(*ast.Ident)].(*types.Func)
			if fn == nil || fn.Pkg() != a.pass.Pkg {
				continue
			}
			fn = fn.Origin()
			if seen[fn] {
				continue
			}
			seen[fn] = true
			referrers[fn] = append(referrers[fn], i)
			if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				methodReferrers[fn.Name()] = append(methodReferrers[fn.Name()], i)
			}
		}
	}

	queue := make([]int, len(decls))
	queued := make([]bool, len(decls))
	changes := make([]int, len(decls))
	for i := range decls {
		queue[i], queued[i] = i, true
	}
	push := func(is []int) {
		for _, i := range is {
			if !queued[i] {
				queued[i] = true
				queue = append(queue, i)
			}
		}
	}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		queued[i] = false
		fn := fnOf(decls[i])
		if fn == nil {
			continue
		}
		f := a.checkFunc(decls[i], false)
		old := a.local[fn]
		if (old == nil) == (f == nil) && (f == nil || *old == *f) {
			continue
		}
		if f == nil {
			delete(a.local, fn)
		} else {
			a.local[fn] = f
		}
		if changes[i]++; changes[i] > maxChanges {
			continue
		}
		push(referrers[fn])
		if fn.Signature().Recv() != nil {
			push(methodReferrers[fn.Name()])
		}
	}
}

func newAnalyzer(pass *analysis.Pass, insp *inspector.Inspector, facts *flow.Facts) *analyzer {
	return &analyzer{pass: pass, insp: insp, facts: facts, local: make(map[*types.Func]*parseFact), oidcProbes: make(map[ast.Node]bool), resolver: pass.ResultOf[resolve.Analyzer].(*resolve.Resolver), specs: make(map[*types.Func]*spec), rspecs: make(map[*types.Func]*spec), impls: make(map[*types.Interface][]types.Type), flagBusy: make(map[types.Object]bool), calls: make(map[*types.Func][]map[int]bool), exits: make(map[*types.Func]bool)}
}

// relevant reports whether the package imports a token library, or a package
// of the module that wraps one.
func relevant(pass *analysis.Pass, facts *flow.Facts) bool {
	if model.ImportsTokenLibrary(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if facts.HasParsers(imp) {
			return true
		}
	}
	return false
}

func enclosingFuncDecl(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

type analyzer struct {
	pass  *analysis.Pass
	insp  *inspector.Inspector
	facts *flow.Facts // the engine's facts of other packages
	// flow is the engine's result: where a parse's token and claims go
	// (see follow); nil for the hand-decode check alone.
	flow  *flow.Result
	local map[*types.Func]*parseFact // facts of this package's functions
	// oidcProbes are functions whose go-oidc verifications discard the
	// token (see noteOIDCProbe).
	oidcProbes map[ast.Node]bool
	resolver   *resolve.Resolver
	specs      map[*types.Func]*spec // specOf of other packages' functions
	rspecs     map[*types.Func]*spec // rereadSpec of other packages' functions
	// pkgRefs counts the references to each function of the package
	// outside test files (see rereadParam); nil until needed.
	pkgRefs  map[*types.Func]int
	impls    map[*types.Interface][]types.Type
	flagBusy map[types.Object]bool // successFlag in progress
	// rereads are the findings of unexported functions that re-read a
	// parameter unverified, held back until every call of the function
	// is known (see reportRereads); calls records, per such function, for
	// each call in the package, which arguments the caller had verified.
	rereads []reread
	calls   map[*types.Func][]map[int]bool
	// exits memoizes neverReturns.
	exits map[*types.Func]bool
}

// reread is a held-back finding: fn decodes its parameter param
// unverified and trusts the claims.
type reread struct {
	fn     *types.Func
	param  int
	report func()
}

// spec is what is known of a parse call's callee: the model's Func (for a
// helper, the Func its fact describes: no Lib, no Options), and how to
// name it.
type spec struct {
	model.Func
	family  string
	name    string // for messages
	origin  string // the library function, for a helper the one it wraps
	short   string // the callee's own name
	wrapper *types.Func
	fact    *parseFact // for a helper: its fact
}

func (a *analyzer) specOf(fn *types.Func) *spec {
	if fn == nil {
		return nil
	}
	// What is known of a function of another package cannot change during
	// the pass: remember it (interface methods cost a scan of their package).
	if fn.Pkg() != a.pass.Pkg {
		if sp, ok := a.specs[fn]; ok {
			return sp
		}
		sp := a.computeSpec(fn)
		a.specs[fn] = sp
		return sp
	}
	return a.computeSpec(fn)
}

func (a *analyzer) computeSpec(fn *types.Func) *spec {
	if f := model.LookupFunc(fn); f != nil {
		return &spec{Func: *f, family: f.Lib.Family,
			name: model.DisplayName(fn), origin: model.DisplayName(fn), short: model.DisplayName(fn)}
	}
	if fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	f := a.factOf(fn)
	if f == nil {
		f = a.implementationFact(fn)
	}
	if f == nil || f.Kind == 0 {
		return nil
	}
	input := f.Input
	if input < 0 {
		input = -2 // no known input
	}
	errIdx := f.Err
	if f.Kind == model.VerifyOnly && errIdx < 0 {
		// A function that verifies its parameter: its error result, if it
		// has one, says whether it did.
		if res := fn.Signature().Results(); res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()) {
			errIdx = res.Len() - 1
		}
	}
	var dests []int
	if f.Dest >= 0 {
		dests = []int{f.Dest}
	}
	return &spec{Func: model.Func{Kind: f.Kind, Result: f.Result, Value: f.Value, Err: errIdx, Dests: dests, Fix: f.Fix, Input: input}, family: f.Family,
		name: model.DisplayName(fn) + " (which wraps " + f.Origin + ")", origin: f.Origin, short: model.DisplayName(fn),
		wrapper: fn, fact: f}
}

// mayParse reports whether a function has a call that may be a parse.
func (a *analyzer) mayParse(decl inspector.Cursor) bool {
	for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
		switch fn := typeutil.Callee(a.pass.TypesInfo, cur.Node().(*ast.CallExpr)).(type) {
		case *types.Func:
			if fn.Pkg() == a.pass.Pkg || model.FuncName(fn) != "" || a.specOf(fn) != nil || a.rereadSpec(fn) != nil {
				return true
			}
		case *types.Var: // a function value: a method value of a parser?
			return true
		}
	}
	return false
}

// rereadSpec returns, for a function of another package with a Reread fact,
// the spec of a call of it as an unverified parse of its argument whose
// claims are used: the call is reported unless its caller verifies that
// argument (see checkFunc).
func (a *analyzer) rereadSpec(fn *types.Func) *spec {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == a.pass.Pkg {
		return nil
	}
	fn = fn.Origin()
	if sp, ok := a.rspecs[fn]; ok {
		return sp
	}
	var sp *spec
	if f := a.factOf(fn); f != nil && f.Reread > 0 {
		// The related location is the call inside fn, as for a wrapper.
		rel := &parseFact{CallLine: f.RereadLine, CallCol: f.RereadCol, CallName: f.RereadName}
		sp = &spec{Func: model.Func{Kind: model.Unverified, Result: -1, Err: -1, Input: f.Reread - 1}, name: model.DisplayName(fn), origin: f.RereadOrigin,
			short: model.DisplayName(fn), wrapper: fn, fact: rel}
	}
	a.rspecs[fn] = sp
	return sp
}

func (a *analyzer) factOf(fn *types.Func) *parseFact {
	if f := a.local[fn]; f != nil {
		return f
	}
	if fn.Pkg() == a.pass.Pkg {
		return nil
	}
	return a.facts.Parse(fn)
}

// implementationFact returns, for a method of an interface declared in a
// package with parse facts, the fact of an implementation declared in the
// same package (an App interface and its BaseApp).
func (a *analyzer) implementationFact(fn *types.Func) *parseFact {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return nil
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	pkg := fn.Pkg()
	if pkg != a.pass.Pkg && !a.facts.HasParsers(pkg) {
		return nil
	}
	for _, t := range a.implementations(pkg, iface) {
		obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, fn.Name())
		if m, ok := obj.(*types.Func); ok {
			if f := a.factOf(m.Origin()); f != nil {
				return f
			}
		}
	}
	return nil
}

// implementations returns the types declared in pkg (T or *T) that
// implement iface, computed once per interface and pass.
func (a *analyzer) implementations(pkg *types.Package, iface *types.Interface) []types.Type {
	if impls, ok := a.impls[iface]; ok {
		return impls
	}
	var impls []types.Type
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(t, iface) {
				impls = append(impls, t)
				break
			}
		}
	}
	a.impls[iface] = impls
	return impls
}

// msgName names the callee of sp in a message: a helper by its own name
// when the related location shows the call it wraps, else with that call
// ("h (which wraps jwt.Parse)").
func (a *analyzer) msgName(sp *spec) string {
	if sp.short != "" && len(a.wrappedAt(sp)) > 0 {
		return sp.short
	}
	return sp.name
}

// wrappedAt returns, for a call of a helper with a fact, the related
// location of the call it wraps, if the file set holds it: the line is
// counted from the helper's own position, which the file set has whether
// the helper's package was loaded from source or from export data (whose
// files carry lines but no columns: then the start of the line).
func (a *analyzer) wrappedAt(sp *spec) []analysis.RelatedInformation {
	if sp.wrapper == nil || sp.fact == nil || sp.fact.CallName == "" {
		return nil
	}
	pos := sp.wrapper.Pos()
	tf := a.pass.Fset.File(pos)
	if tf == nil {
		return nil
	}
	line := tf.Line(pos) + sp.fact.CallLine
	if line < 1 || line > tf.LineCount() {
		return nil
	}
	at := tf.LineStart(line)
	if col := sp.fact.CallCol; col > 1 && tf.Offset(at)+col-1 < tf.Size() {
		if p := at + token.Pos(col-1); tf.Line(p) == line {
			at = p
		}
	}
	return []analysis.RelatedInformation{{Pos: at, Message: "wraps " + sp.fact.CallName + " here"}}
}
