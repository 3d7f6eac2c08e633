package jwtverify

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

//go:embed doc.go
var doc string

// Meta is jwtverify's metadata: CWE-347, Improper Verification of
// Cryptographic Signature, and CWE-345, Insufficient Verification of Data
// Authenticity.
var Meta = meta.New("jwtverify", doc, meta.Error, 347, 345)

// Analyzer is the jwtverify analyzer.
var Analyzer = &analysis.Analyzer{
	Name:      Meta.Name,
	Doc:       Meta.Doc,
	URL:       Meta.URL,
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(parseFact), new(hasParsers)},
}

// parseFact marks a function of the module under analysis that behaves like a
// modelled parse: it returns a token or claims from a parse inside it, either
// unverified (any use of its result trusts forged claims) or verified with the
// error passed along (the caller must check it).
//
// A function that verifies one of its parameters as a token, without
// returning it, has a fact of kind VerifyOnly: reading claims of the same
// string before calling it is a peek, not trust.
type parseFact struct {
	Kind   model.Kind
	Result int         // index of the result carrying the token or claims, or -1
	Value  model.Value // what that result is
	Err    int         // index of the error result, or -1
	Input  int         // index of the parameter holding the raw token, or -1
	Origin string      // the library function it wraps, for messages
	Fix    string      // advice for an unverified parse
	Family string      // library family of the wrapped parse
}

func (*parseFact) AFact() {}

func (f *parseFact) String() string {
	kind := "verified"
	switch f.Kind {
	case model.Unverified:
		kind = "unverified"
	case model.VerifyOnly:
		kind = "verifies"
	}
	return fmt.Sprintf("%s(result %d, err %d, input %d) via %s", kind, f.Result, f.Err, f.Input, f.Origin)
}

// hasParsers is a package fact: the package declares functions with a
// parseFact, so importers must be analyzed even if they import no token
// library themselves.
type hasParsers struct{}

func (*hasParsers) AFact()         {}
func (*hasParsers) String() string { return "hasParsers" }

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || !relevant(pass) {
		return nil, nil
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	a := &analyzer{pass: pass, insp: insp, local: make(map[*types.Func]*parseFact), oidcProbes: make(map[ast.Node]bool), resolver: resolve.New(pass), specs: make(map[*types.Func]*spec), impls: make(map[*types.Interface][]types.Type)}

	// Only functions with a call that may be a parse are checked: a call of
	// a modelled library, of a function with a fact, of this package's
	// functions (which may get one), or of a function value.
	var decls, callsLocal []inspector.Cursor
	for cur := range insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		if cur.Node().(*ast.FuncDecl).Body == nil {
			continue
		}
		candidate, local := a.mayParse(cur)
		if candidate {
			decls = append(decls, cur)
		}
		if local {
			callsLocal = append(callsLocal, cur)
		}
	}

	// Compute the parse facts of this package's functions to a fixed point:
	// a helper may wrap another helper declared later in the package.
	for round := 0; round < 8; round++ {
		changed := false
		todo := decls
		if round > 0 {
			todo = callsLocal // only their facts can change now
		}
		for _, decl := range todo {
			fn, _ := pass.TypesInfo.Defs[decl.Node().(*ast.FuncDecl).Name].(*types.Func)
			if fn == nil {
				continue
			}
			f := a.checkFunc(decl, false)
			if old := a.local[fn]; (old == nil) != (f == nil) || (f != nil && *old != *f) {
				if f == nil {
					delete(a.local, fn)
				} else {
					a.local[fn] = f
				}
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, f := range a.local {
		pass.ExportObjectFact(fn, f)
	}
	if len(a.local) > 0 {
		pass.ExportPackageFact(new(hasParsers))
	}

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
	a.checkConfigFields()
	a.checkSelfKeys()
	a.checkHandDecodes()
	return nil, nil
}

// relevant reports whether the package imports a token library, or a package
// of the module that wraps one.
func relevant(pass *analysis.Pass) bool {
	if model.ImportsTokenLibrary(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasParsers)) {
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
	local map[*types.Func]*parseFact // facts of this package's functions
	// oidcProbes are functions whose go-oidc verifications discard the
	// token (see noteOIDCProbe).
	oidcProbes map[ast.Node]bool
	resolver   *resolve.Resolver
	specs      map[*types.Func]*spec // specOf of other packages' functions
	impls      map[*types.Interface][]types.Type
}

// spec is what is known of a parse call's callee: from the model, or from a
// fact of a helper.
type spec struct {
	kind          model.Kind
	result        int
	value         model.Value
	err           int
	dests         []int
	options       model.OptionMode
	verifiedLater bool
	lib           *model.Library // nil for helpers
	family        string
	name          string // for messages
	fix           string
	input         int // index of the raw token argument, -1 for the receiver
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
		return &spec{kind: f.Kind, result: f.Result, value: f.Value, err: f.Err, dests: f.Dests,
			options: f.Options, verifiedLater: f.VerifiedLater, lib: f.Lib, family: f.Lib.Family,
			name: displayName(fn), fix: f.Fix, input: f.Input}
	}
	if fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	f := a.factOf(fn)
	if f == nil {
		f = a.implementationFact(fn)
	}
	if f == nil {
		return nil
	}
	input := f.Input
	if input < 0 {
		input = -2 // no known input
	}
	return &spec{kind: f.Kind, result: f.Result, value: f.Value, err: f.Err, family: f.Family,
		name: displayName(fn) + " (which wraps " + f.Origin + ")", fix: f.Fix, input: input}
}

// mayParse reports whether a function has a call that may be a parse
// (candidate), and whether it calls a function of this package (local).
func (a *analyzer) mayParse(decl inspector.Cursor) (candidate, local bool) {
	for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
		switch fn := typeutil.Callee(a.pass.TypesInfo, cur.Node().(*ast.CallExpr)).(type) {
		case *types.Func:
			if fn.Pkg() == a.pass.Pkg {
				candidate, local = true, true
			} else if model.FuncName(fn) != "" || a.specOf(fn) != nil {
				candidate = true
			}
		case *types.Var: // a function value: a method value of a parser?
			candidate = true
		}
	}
	return candidate, local
}

func (a *analyzer) factOf(fn *types.Func) *parseFact {
	if f := a.local[fn]; f != nil {
		return f
	}
	if fn.Pkg() == a.pass.Pkg {
		return nil
	}
	f := new(parseFact)
	if a.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
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
	if pkg != a.pass.Pkg && !a.pass.ImportPackageFact(pkg, new(hasParsers)) {
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

// displayName renders a function as its package name and name:
// "jwt.Parse", "(*jwt.Parser).ParseUnverified".
func displayName(fn *types.Func) string {
	fn = fn.Origin()
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name() + "."
	}
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fmt.Sprintf("(%s%s%s).%s", ptr, pkg, n.Obj().Name(), fn.Name())
		}
		return fn.Name()
	}
	return pkg + fn.Name()
}
