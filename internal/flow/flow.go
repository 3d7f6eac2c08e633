// Package flow is tokenvet's flow engine: an analyzer, required by the
// passes that follow token values, that labels the values of a package
// (an access token, an Authorization header, a client secret, ...; see
// model.Label) where they appear and follows them to where they go.
//
// It follows values through assignments, string concatenation, fmt and
// strings functions, conversions, struct fields (field-sensitive: a
// token's Expiry is not secret, its AccessToken is), slices, maps,
// channels, closures, method values, returns and calls. Calls of the
// package's own functions and of functions of other packages of the
// analyzed module are applied through one Summary fact per function:
// which result carries which label, which parameter reaches which result,
// which parameter reaches which kind of sink. Interface calls resolve to
// the package's implementations.
//
// The engine works on SSA, built only for packages that use a source of
// the model or a function with a summary: a package that touches no token
// pays a scan of its identifiers and nothing else.
package flow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/model"
)

// Analyzer computes the flows of a package. Its result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "tokenflow",
	Doc:        "follows token values from their sources to their sinks (tokenvet's flow engine; reports nothing)",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(Summary), new(hasSummaries)},
}

// Summary is what a function does with labelled values, for its callers:
// the one fact of the flow engine.
type Summary struct {
	// Results holds, per result, the labels it carries from sources
	// inside the function (nil when none does).
	Results []model.Label
	// Flows are the parameters that reach a result.
	Flows []ParamFlow
	// Sinks are the parameters that reach a sink.
	Sinks []ParamSink
}

// ParamFlow says parameter Param (the receiver is -1) reaches result
// Result.
type ParamFlow struct{ Param, Result int }

// ParamSink says parameter Param (the receiver is -1) reaches a sink of
// kind Kind: the call of Name, Line lines below the function's name (in
// File, which may differ for a sink reached through another function of
// the same package), at column Col.
type ParamSink struct {
	Param int
	Kind  model.SinkKind
	Name  string
	File  string
	Line  int
	Col   int
}

// AFact implements analysis.Fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for i, l := range s.Results {
		if l != 0 {
			parts = append(parts, fmt.Sprintf("result %d: %s", i, l))
		}
	}
	for _, f := range s.Flows {
		parts = append(parts, fmt.Sprintf("%s -> result %d", paramName(f.Param), f.Result))
	}
	for _, k := range s.Sinks {
		parts = append(parts, fmt.Sprintf("%s -> %s %s", paramName(k.Param), k.Kind, k.Name))
	}
	return "flow(" + strings.Join(parts, "; ") + ")"
}

func paramName(i int) string {
	if i < 0 {
		return "receiver"
	}
	return fmt.Sprintf("param %d", i)
}

// labelled reports whether a result of the function carries a label.
func (s *Summary) labelled() bool {
	for _, l := range s.Results {
		if l != 0 {
			return true
		}
	}
	return false
}

func (s *Summary) empty() bool {
	if s == nil {
		return true
	}
	for _, l := range s.Results {
		if l != 0 {
			return false
		}
	}
	return len(s.Flows) == 0 && len(s.Sinks) == 0
}

// hasSummaries is a package fact: the package has functions with a
// Summary, so its importers must be followed even if they use no source.
type hasSummaries struct{}

func (*hasSummaries) AFact()         {}
func (*hasSummaries) String() string { return "hasSummaries" }

// Flow is a labelled value reaching a sink.
type Flow struct {
	// Pos is where the value reaches the sink: the sink's call, or the
	// call of a function whose summary says its argument reaches one.
	Pos token.Pos
	// Call is the call at Pos (nil for panic).
	Call *ssa.CallCommon
	// Callee is the function called at Pos, or nil.
	Callee *types.Func
	// Kind is the kind of sink; Sink names the sink function ("log.Printf",
	// "panic").
	Kind model.SinkKind
	Sink string
	// Label is what reaches the sink.
	Label model.Label
	// Source is where the value got its label (NoPos if unknown).
	Source token.Pos
	// Via is the sink inside the called function when Pos is the call of
	// a function that reaches it (NoPos otherwise).
	Via token.Pos
	// Fn is the function containing Pos.
	Fn *ssa.Function
}

// Result is the flow engine's result for a package.
type Result struct {
	// Flows are the labelled values reaching sinks, in position order.
	Flows []*Flow
	pkg   *ssa.Package
	e     *engine
}

// Built reports whether the engine followed the package (it uses a source
// or a function with a summary).
func (r *Result) Built() bool { return r != nil && r.pkg != nil }

// LabelOf returns the labels the value of expression e carries, in the
// function of file enclosing it, or 0.
func (r *Result) LabelOf(file *ast.File, e ast.Expr) model.Label {
	if !r.Built() {
		return 0
	}
	path, _ := astutil.PathEnclosingInterval(file, e.Pos(), e.End())
	fn := ssa.EnclosingFunction(r.pkg, path)
	if fn == nil {
		return 0
	}
	v, _ := fn.ValueForExpr(ast.Unparen(e))
	if v == nil {
		return 0
	}
	return r.e.taint(v).labels()
}

// SourceOf returns where the value of expression e got its labels, or
// NoPos.
func (r *Result) SourceOf(file *ast.File, e ast.Expr) token.Pos {
	if !r.Built() {
		return token.NoPos
	}
	path, _ := astutil.PathEnclosingInterval(file, e.Pos(), e.End())
	fn := ssa.EnclosingFunction(r.pkg, path)
	if fn == nil {
		return token.NoPos
	}
	v, _ := fn.ValueForExpr(ast.Unparen(e))
	if v == nil {
		return token.NoPos
	}
	return r.e.origin[key{v, -1}]
}

// Package returns the SSA package (nil unless Built).
func (r *Result) Package() *ssa.Package { return r.pkg }

// SinkPos returns the position of a summary's sink: the line relative to
// the function fn's name, in the summary's file.
func SinkPos(fset *token.FileSet, fn *types.Func, s ParamSink) token.Pos {
	if !fn.Pos().IsValid() {
		return token.NoPos
	}
	f := fset.File(fn.Pos())
	if f == nil {
		return token.NoPos
	}
	line := fset.Position(fn.Pos()).Line + s.Line
	if s.File != "" && s.File != f.Name() {
		// Another file of the package: not loaded here.
		return token.NoPos
	}
	if line < 1 || line > f.LineCount() {
		return token.NoPos
	}
	pos := f.LineStart(line)
	if s.Col > 1 && int(pos)+s.Col-1 < f.Base()+f.Size() {
		pos += token.Pos(s.Col - 1)
	}
	return pos
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !relevant(pass) {
		return res, nil
	}
	pkg := buildSSA(pass)
	e := newEngine(pass, pkg)
	e.solve()
	res.pkg, res.e = pkg, e
	res.Flows = e.flows()
	exported := false
	for _, u := range e.units {
		obj, _ := u.fn.Object().(*types.Func)
		if obj == nil {
			continue
		}
		s := e.summaryFact(u)
		if !s.empty() {
			pass.ExportObjectFact(obj, s)
			exported = true
		}
	}
	if exported {
		pass.ExportPackageFact(new(hasSummaries))
	}
	return res, nil
}

// relevant reports whether the package uses a source of the model, or a
// function of another package whose summary says it returns a labelled
// value, or exports a helper passing its parameter to a sink (see
// exportsSinkHelper): only then is SSA built. A package that only calls
// another package's logging helper with values of its own has nothing to
// report and nothing to summarize.
func relevant(pass *analysis.Pass) bool {
	if generated(pass) {
		return false
	}
	withSummaries := make(map[*types.Package]bool)
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasSummaries)) {
			withSummaries[imp] = true
		}
	}
	fl := newFieldLabels(pass)
	if len(fl.local) > 0 {
		return true
	}
	usesSink, sourceUse := false, false
	for _, obj := range pass.TypesInfo.Uses {
		if obj.Pkg() == nil || obj.Pkg() == pass.Pkg {
			continue
		}
		if withSummaries[obj.Pkg()] {
			if fn, ok := obj.(*types.Func); ok {
				if s := new(Summary); pass.ImportObjectFact(fn.Origin(), s) && s.labelled() {
					return true
				}
			}
			continue
		}
		if !model.FlowPackage(obj.Pkg().Path()) && !fl.pkgHasTags(obj.Pkg()) {
			continue
		}
		switch obj := obj.(type) {
		case *types.Func:
			if model.IsSourceCall(obj) {
				sourceUse = true
			}
			if model.LookupSink(obj) != nil {
				usesSink = true
			}
		case *types.Var:
			if obj.IsField() && fl.label(obj) != 0 {
				sourceUse = true
			}
		case *types.TypeName:
			if model.TypeLabel(obj.Type()) != 0 || fl.structLabel(obj.Type()) != 0 {
				return true
			}
		}
	}
	if sourceUse && labelsSomething(pass, fl) {
		return true
	}
	return (usesSink || len(withSummaries) > 0) && !isStd(pass.Pkg) && exportsSinkHelper(pass)
}

// generated reports whether every file of the package is generated (// Code
// generated ... DO NOT EDIT.): an ORM's or an API's generated code does
// not log tokens of its own, and following it (dex's storage/ent/db, 65
// files) costs more than the rest of the module. Its types' secret fields
// are still known to the packages that use them.
func generated(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if !ast.IsGenerated(f) {
			return false
		}
	}
	return len(pass.Files) > 0
}

// labelsSomething reports whether a source call or field read of the
// package can yield a label: a keyed source called with a constant key
// that yields one (r.Header.Get("Authorization"), not
// r.Header.Get("Content-Type") nor a computed name) or used as a value,
// and a labelled field read other than as the receiver of a method that
// passes nothing on (r.Header.Set(...), r.Header.Get(...), whose call is
// judged as a source itself). Packages that read only other headers are
// most HTTP packages: they are not followed.
func labelsSomething(pass *analysis.Pass, fl *fieldLabels) bool {
	info := pass.TypesInfo
	found := false
	for _, f := range pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			parent := ast.Node(nil)
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.Ident:
				fn, ok := info.Uses[n].(*types.Func)
				if !ok || !model.IsSourceCall(fn) {
					return true
				}
				// The function's name: called (judged by its key) or
				// used as a value.
				call := callOf(stack, n)
				if call == nil {
					found = true
					return false
				}
				key := func(i int) (string, bool) {
					if i >= len(call.Args) {
						return "", false
					}
					tv := info.Types[call.Args[i]]
					if tv.Value == nil || tv.Value.Kind() != constant.String {
						return "", false
					}
					return constant.StringVal(tv.Value), true
				}
				if model.CallLabel(fn, 0, key) != 0 {
					found = true
				}
			case *ast.SelectorExpr:
				v, ok := info.Uses[n.Sel].(*types.Var)
				if !ok || !v.IsField() || fl.label(v) == 0 {
					return true
				}
				if p, ok := parent.(*ast.SelectorExpr); ok && p.X == n {
					if sel := info.Selections[p]; sel != nil && sel.Kind() == types.MethodVal {
						m := sel.Obj().(*types.Func)
						if model.LookupPropagation(m) == model.Clean && model.LookupSink(m) == nil {
							return true
						}
					}
				}
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// callOf returns the call whose function is the identifier id (f(...),
// x.f(...)), the top of stack, or nil.
func callOf(stack []ast.Node, id *ast.Ident) *ast.CallExpr {
	i := len(stack) - 2
	var fun ast.Node = id
	if i >= 0 {
		if sel, ok := stack[i].(*ast.SelectorExpr); ok && sel.Sel == id {
			fun = sel
			i--
		}
	}
	if i >= 0 {
		if call, ok := stack[i].(*ast.CallExpr); ok && call.Fun == fun {
			return call
		}
	}
	return nil
}

// loggable reports whether a parameter of type t is what a logging
// helper takes: a string or bytes, an interface (any, fmt.Stringer), or a
// slice of them (args ...any). A request or a config struct passed to a
// method that logs one of its fields is not a logging helper.
func loggable(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	return isStringish(t) || types.IsInterface(t)
}

// helperKind reports whether a sink of kind k makes a logging helper (see
// exportsSinkHelper).
func helperKind(k model.SinkKind) bool {
	return k == model.LogSink || k == model.StdoutSink || k == model.StderrSink
}

// logs reports whether the summary says a parameter reaches a logging or
// printing sink.
func (s *Summary) logs() bool {
	for _, k := range s.Sinks {
		if helperKind(k.Kind) {
			return true
		}
	}
	return false
}

// exportsSinkHelper reports whether an exported function or method of the
// package passes one of its parameters straight to a logging or printing
// sink of the model, or to another package's function whose summary says
// it does (a logging helper: func Debug(msg string, v any) {
// log.Printf(...) }): its summary is what its callers in other packages
// need. Errors made of parameters (fmt.Errorf("bad name %q", name)) are
// in nearly every package: they do not count, or every package would be
// followed.
func exportsSinkHelper(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Signature()
			params := make(map[types.Object]bool)
			for i := 0; i < sig.Params().Len(); i++ {
				if p := sig.Params().At(i); loggable(p.Type()) {
					params[p] = true
				}
			}
			if len(params) == 0 {
				continue
			}
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || found {
					return !found
				}
				callee, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if callee == nil {
					return true
				}
				// sent reports whether argument i reaches the sink.
				var sent func(i int) bool
				if sk := model.LookupSink(callee); sk != nil && helperKind(sk.Kind) && sk.Writer == 0 {
					sent = sk.SinkArg
				} else {
					s := new(Summary)
					if callee.Pkg() == pass.Pkg || !pass.ImportObjectFact(callee.Origin(), s) {
						return true
					}
					sent = func(i int) bool {
						for _, k := range s.Sinks {
							if k.Param == i && helperKind(k.Kind) {
								return true
							}
						}
						return false
					}
				}
				np := callee.Signature().Params().Len()
				for i, a := range call.Args {
					if callee.Signature().Variadic() && i >= np-1 {
						i = np - 1
					}
					if id, ok := ast.Unparen(a).(*ast.Ident); ok && params[pass.TypesInfo.Uses[id]] && sent(i) {
						found = true
					}
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// buildSSA builds the package's SSA with debug information (for
// LabelOf), creating its direct imports from types alone, as buildssa
// does: source can name the members of direct imports only, and the
// builder creates other packages' methods on demand. (Creating every
// transitive import, for each package followed, cost most of the engine's
// time and memory on large modules.)
func buildSSA(pass *analysis.Pass) *ssa.Package {
	prog := ssa.NewProgram(pass.Fset, ssa.GlobalDebug)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()
	return pkg
}

// fieldLabels knows which struct fields are sources: the model's fields,
// and fields tagged with a protocol JSON name, in this package (including
// anonymous struct types) and in the packages it uses.
type fieldLabels struct {
	pass  *analysis.Pass
	local map[*types.Var]model.Label
	pkgs  map[*types.Package]map[*types.Var]model.Label
}

func newFieldLabels(pass *analysis.Pass) *fieldLabels {
	fl := &fieldLabels{pass: pass, local: make(map[*types.Var]model.Label), pkgs: make(map[*types.Package]map[*types.Var]model.Label)}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			st, ok := n.(*ast.StructType)
			if !ok {
				return true
			}
			for _, field := range st.Fields.List {
				if field.Tag == nil {
					continue
				}
				tag, err := strconvUnquote(field.Tag.Value)
				if err != nil {
					continue
				}
				if l := model.TagLabel(tag); l != 0 {
					for _, name := range field.Names {
						if v, ok := pass.TypesInfo.Defs[name].(*types.Var); ok && tokenValued(v.Type()) {
							fl.local[v] = l
						}
					}
				}
			}
			return true
		})
	}
	return fl
}

// tokenValued reports whether a field of type t can hold a token: a
// string or bytes (or a pointer to one). A field tagged "id_token" that
// is a map, a slice of names or a duration is a claims request, a
// configuration list or a lifespan, not a token (authelia).
func tokenValued(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Info()&types.IsString != 0
	}
	return isStringish(t)
}

func strconvUnquote(s string) (string, error) {
	v := constant.MakeFromLiteral(s, token.STRING, 0)
	if v.Kind() != constant.String {
		return "", fmt.Errorf("bad tag")
	}
	return constant.StringVal(v), nil
}

// pkgHasTags reports whether pkg declares a struct field with a protocol
// tag (scanning its named types once).
func (fl *fieldLabels) pkgHasTags(pkg *types.Package) bool {
	return len(fl.ofPkg(pkg)) > 0
}

func (fl *fieldLabels) ofPkg(pkg *types.Package) map[*types.Var]model.Label {
	if m, ok := fl.pkgs[pkg]; ok {
		return m
	}
	var m map[*types.Var]model.Label
	if !isStd(pkg) {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			st, ok := tn.Type().Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := 0; i < st.NumFields(); i++ {
				var l model.Label
				if tokenValued(st.Field(i).Type()) {
					l = model.TagLabel(st.Tag(i))
				}
				if l == 0 {
					l = model.SourceFieldLabel(tn, st.Field(i).Name())
				}
				if l != 0 {
					if m == nil {
						m = make(map[*types.Var]model.Label)
					}
					m[st.Field(i)] = l
				}
			}
		}
	} else if model.FlowPackage(pkg.Path()) {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			st, ok := tn.Type().Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := 0; i < st.NumFields(); i++ {
				if l := model.SourceFieldLabel(tn, st.Field(i).Name()); l != 0 {
					if m == nil {
						m = make(map[*types.Var]model.Label)
					}
					m[st.Field(i)] = l
				}
			}
		}
	}
	fl.pkgs[pkg] = m
	return m
}

// structLabel returns the labels of the secret fields of a named struct
// type of the module or a library outside the standard library (through
// one pointer): a whole value of it printed (%v, %+v, slog.Any) prints
// them, unless the type renders itself (String, GoString, Format,
// LogValue, Error, zap's MarshalLogObject, zerolog's
// MarshalZerologObject), which may redact. A parsed *jwt.Token printed
// whole prints its Raw.
func (fl *fieldLabels) structLabel(t types.Type) model.Label {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || (isStd(n.Obj().Pkg()) && n.Obj().Pkg() != fl.pass.Pkg) {
		return 0
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return 0
	}
	var l model.Label
	for i := 0; i < st.NumFields(); i++ {
		l |= fl.label(st.Field(i))
	}
	if l == 0 {
		return 0
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	for _, m := range []string{"String", "GoString", "Format", "LogValue", "Error", "MarshalLogObject", "MarshalZerologObject"} {
		if ms.Lookup(n.Obj().Pkg(), m) != nil {
			return 0
		}
	}
	return l
}

// label returns the label a read of field f yields.
func (fl *fieldLabels) label(f *types.Var) model.Label {
	if l, ok := fl.local[f]; ok {
		return l
	}
	if f.Pkg() == nil || f.Pkg() == fl.pass.Pkg {
		return 0
	}
	return fl.ofPkg(f.Pkg())[f]
}

func isStd(pkg *types.Package) bool {
	path := pkg.Path()
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// sortFlows orders flows by position, then sink and label, so that the
// result is deterministic.
func sortFlows(fs []*Flow) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		if a.Sink != b.Sink {
			return a.Sink < b.Sink
		}
		return a.Label < b.Label
	})
}
