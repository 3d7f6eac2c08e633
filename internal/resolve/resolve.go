// Package resolve follows values through a package the way tokenvet's
// passes need it: the options a parse call is made with (variadic
// arguments, slices passed with "...", the options or struct literal a
// parser was built from, parsers kept in variables and struct fields), and
// the possible values of an expression (a keyfunc variable, a field).
//
// It works on syntax and types only, within the package under analysis; a
// value that comes from elsewhere (a parameter, another package, a function
// result) makes the answer incomplete rather than wrong.
//
// The Resolver is the result of [Analyzer], which passes list in their
// Requires and read from pass.ResultOf[resolve.Analyzer], so that the
// package's assignments are indexed once, not once per pass.
package resolve

import (
	"go/ast"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// Analyzer provides the [*Resolver] of a package to the analyzers that
// require it. It reports nothing and exports no facts.
var Analyzer = &analysis.Analyzer{
	Name:       "resolve",
	Doc:        "index a package's assignments for tokenvet's passes\n\nThe result is a *resolve.Resolver, which follows options, variables, fields and function values through the package.",
	URL:        "https://pkg.go.dev/github.com/tokenvet/tokenvet/internal/resolve",
	Run:        run,
	ResultType: reflect.TypeFor[*Resolver](),
}

// run returns the Resolver of the package. Its indexes are built on first
// use: a package no pass asks about does not pay for them.
func run(pass *analysis.Pass) (any, error) {
	return newResolver(pass.TypesInfo, pass.Files, pass.Pkg), nil
}

// Resolver resolves values in one package. Get it from
// pass.ResultOf[Analyzer]. It is safe for concurrent use: the passes that
// require it may run at the same time on the same package.
type Resolver struct {
	info  *types.Info
	files []*ast.File
	pkg   *types.Package

	indexOnce sync.Once
	// defs maps a variable (local, package-level, or struct field) to the
	// expressions assigned to it anywhere in the package; built lazily.
	defs map[*types.Var][]ast.Expr
	// incomplete marks variables also assigned in ways not recorded (tuple
	// assignment from a call, range, address taken...).
	incomplete map[*types.Var]bool
	// params are the parameters and results of functions of the package.
	params map[*types.Var]bool

	tuplesOnce sync.Once
	// tuples maps a variable to the multi-value calls it is assigned from;
	// built lazily by TupleValues.
	tuples map[*types.Var][]TupleValue
}

// newResolver returns a Resolver for a package's syntax and types.
func newResolver(info *types.Info, files []*ast.File, pkg *types.Package) *Resolver {
	return &Resolver{info: info, files: files, pkg: pkg}
}

// Option is one option or configuration applied to a parse.
type Option struct {
	// Call builds the option: jwt.WithValidMethods([]string{"RS256"}).
	// Nil for a struct-literal field.
	Call *ast.CallExpr
	// Func is the resolved function of Call (nil if it could not be
	// resolved, e.g. a call through a function value).
	Func *types.Func
	// Field and Value describe a field of a parser struct literal
	// (&jwt.Parser{ValidMethods: ...}) or a field assignment (p.ValidMethods = ...).
	Field string
	Value ast.Expr
	// Expr is the expression the option came from, for positions.
	Expr ast.Expr
}

// Options are the options that apply to one parse call.
type Options struct {
	List []Option
	// Complete is false when some option could not be resolved: a slice or
	// parser from a parameter, another package or a function call. Passes
	// that report the ABSENCE of an option must not report when !Complete.
	Complete bool
}

// Has reports whether an option whose function satisfies pred is present.
func (o Options) Has(pred func(*types.Func) bool) bool {
	for _, opt := range o.List {
		if opt.Func != nil && pred(opt.Func) {
			return true
		}
	}
	return false
}

// CallOptions returns the options of a parse call: its own variadic
// arguments from index first on (through a slice passed with "..."), and,
// when the call is a method on a parser value (p.Parse(...)), the options
// or struct-literal fields that parser was built with, followed through
// local variables, package variables and struct fields of this package.
// first < 0 means the function takes no variadic options.
func (r *Resolver) CallOptions(call *ast.CallExpr, first int) Options {
	opts := Options{Complete: true}
	if first >= 0 && first <= len(call.Args) {
		r.addArgs(&opts, call, call.Args[first:])
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := r.info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			r.addParser(&opts, sel.X, 0)
		}
	}
	return opts
}

// ParserOptions returns the options a parser expression was built with.
func (r *Resolver) ParserOptions(parser ast.Expr) Options {
	opts := Options{Complete: true}
	r.addParser(&opts, parser, 0)
	return opts
}

// addArgs adds option arguments (the variadic tail of a call).
func (r *Resolver) addArgs(opts *Options, call *ast.CallExpr, args []ast.Expr) {
	if call.Ellipsis.IsValid() && len(args) > 0 {
		elems, ok := r.SliceElems(args[len(args)-1])
		opts.Complete = opts.Complete && ok
		for _, e := range elems {
			r.addOption(opts, e, 0)
		}
		return
	}
	for _, a := range args {
		r.addOption(opts, a, 0)
	}
}

func (r *Resolver) addOption(opts *Options, e ast.Expr, depth int) {
	if depth > 4 {
		opts.Complete = false
		return
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(r.info, x).(*types.Func)
		opts.List = append(opts.List, Option{Call: x, Func: fn, Expr: e})
		return
	case *ast.Ident, *ast.SelectorExpr:
		// An option kept in a variable.
		vals, ok := r.Values(x)
		if ok && len(vals) > 0 {
			for _, v := range vals {
				r.addOption(opts, v, depth+1)
			}
			return
		}
	}
	opts.Complete = false
}

// addParser adds the options of the parser value e: jwt.NewParser(opts...),
// &jwt.Parser{...}, new(jwt.Parser), or a variable or field holding one.
func (r *Resolver) addParser(opts *Options, e ast.Expr, depth int) {
	if depth > 4 {
		opts.Complete = false
		return
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if b, ok := typeutil.Callee(r.info, x).(*types.Builtin); ok && b.Name() == "new" {
			return // new(jwt.Parser): no options
		}
		fn, _ := typeutil.Callee(r.info, x).(*types.Func)
		if fn != nil && fn.Signature().Variadic() && model.FuncName(fn) != "" {
			// A library constructor taking options: jwt.NewParser(opts...).
			// A helper of the program may add options of its own.
			r.addArgs(opts, x, x.Args[fn.Signature().Params().Len()-1:])
			return
		}
		opts.Complete = false
	case *ast.UnaryExpr:
		r.addParser(opts, x.X, depth+1)
	case *ast.CompositeLit:
		for _, elt := range x.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					opts.List = append(opts.List, Option{Field: id.Name, Value: kv.Value, Expr: kv})
				}
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		vals, ok := r.Values(x)
		if !ok || len(vals) == 0 {
			opts.Complete = false
			return
		}
		for _, v := range vals {
			r.addParser(opts, v, depth+1)
		}
		if v := r.varOf(x); v != nil {
			r.addVarFieldAssignments(opts, v)
		}
	default:
		opts.Complete = false
	}
}

// addVarFieldAssignments adds "v.Field = value" assignments made to the
// parser held in v anywhere in the package.
func (r *Resolver) addVarFieldAssignments(opts *Options, v *types.Var) {
	for _, f := range r.files {
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if !ok || i >= len(as.Rhs) || len(as.Lhs) != len(as.Rhs) {
					continue
				}
				if r.varOf(sel.X) == v {
					opts.List = append(opts.List, Option{Field: sel.Sel.Name, Value: as.Rhs[i], Expr: as.Lhs[i]})
				}
			}
			return true
		})
	}
}

// varOf returns the variable (local, package-level or field) an identifier
// or selector denotes.
func (r *Resolver) varOf(e ast.Expr) *types.Var {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := r.info.ObjectOf(x).(*types.Var)
		return v
	case *ast.SelectorExpr:
		v, _ := r.info.ObjectOf(x.Sel).(*types.Var)
		return v
	}
	return nil
}

// Values returns the expressions that may be assigned to the variable,
// package variable or struct field that e denotes, anywhere in the package:
// declarations with values, assignments, and keyed fields of composite
// literals. ok is false when e is not such a variable, when it is a
// parameter, when it is declared in another package, or when it is also
// assigned in ways that cannot be followed (from a multi-value call, by
// range, or through its address).
func (r *Resolver) Values(e ast.Expr) (vals []ast.Expr, ok bool) {
	v := r.varOf(e)
	if v == nil || v.Pkg() != r.pkg {
		return nil, false
	}
	r.index()
	if r.incomplete[v] {
		return r.defs[v], false
	}
	vals = r.defs[v]
	if len(vals) == 0 && !v.IsField() && r.isParam(v) {
		return nil, false
	}
	return vals, true
}

func (r *Resolver) isParam(v *types.Var) bool {
	// A variable without recorded values: a parameter or result, or a
	// "var x T" declaration (zero value). Parameters are declared in a
	// function type's parameter list, which index() records.
	return r.params[v]
}

// index records every assignment of the package, once.
func (r *Resolver) index() { r.indexOnce.Do(r.buildIndex) }

func (r *Resolver) buildIndex() {
	r.defs = make(map[*types.Var][]ast.Expr)
	r.incomplete = make(map[*types.Var]bool)
	r.params = make(map[*types.Var]bool)
	info := r.info
	record := func(lhs ast.Expr, rhs ast.Expr) {
		v := r.varOf(lhs)
		if v == nil {
			return
		}
		if rhs == nil {
			r.incomplete[v] = true
			return
		}
		r.defs[v] = append(r.defs[v], rhs)
	}
	for _, f := range r.files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncType:
				for _, fl := range []*ast.FieldList{n.Params, n.Results} {
					if fl == nil {
						continue
					}
					for _, field := range fl.List {
						for _, name := range field.Names {
							if v, ok := info.Defs[name].(*types.Var); ok {
								r.params[v] = true
							}
						}
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						record(n.Lhs[i], n.Rhs[i])
					}
				} else {
					for _, l := range n.Lhs {
						record(l, nil)
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						record(n.Names[i], n.Values[i])
					}
				} else if len(n.Values) > 0 {
					for _, name := range n.Names {
						record(name, nil)
					}
				}
			case *ast.RangeStmt:
				if n.Key != nil {
					record(n.Key, nil)
				}
				if n.Value != nil {
					record(n.Value, nil)
				}
			case *ast.UnaryExpr:
				// &x: may be written through the pointer.
				if v := r.varOf(n.X); v != nil && !v.IsField() {
					if _, isStruct := v.Type().Underlying().(*types.Struct); !isStruct {
						r.incomplete[v] = true
					}
				}
			case *ast.CompositeLit:
				for _, elt := range n.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if id, ok := kv.Key.(*ast.Ident); ok {
						if v, ok := info.Uses[id].(*types.Var); ok && v.IsField() {
							r.defs[v] = append(r.defs[v], kv.Value)
						}
					}
				}
			}
			return true
		})
	}
}

// SliceElems returns the elements a slice expression may hold: a composite
// literal's elements, or those of every literal, make (none) and append
// assigned to the variable or field it names in this package. ok is false when some
// elements cannot be known.
func (r *Resolver) SliceElems(e ast.Expr) (elems []ast.Expr, ok bool) {
	return r.sliceElems(e, 0)
}

func (r *Resolver) sliceElems(e ast.Expr, depth int) ([]ast.Expr, bool) {
	if depth > 4 {
		return nil, false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return x.Elts, true
	case *ast.CallExpr:
		// make([]T, n): no elements yet (appends to the variable are
		// recorded as its other values).
		if b, ok := typeutil.Callee(r.info, x).(*types.Builtin); ok && b.Name() == "make" {
			return nil, true
		}
		if b, ok := typeutil.Callee(r.info, x).(*types.Builtin); ok && b.Name() == "append" && len(x.Args) > 0 {
			elems, ok := r.sliceElems(x.Args[0], depth+1)
			rest := x.Args[1:]
			if x.Ellipsis.IsValid() && len(rest) > 0 {
				more, ok2 := r.sliceElems(rest[len(rest)-1], depth+1)
				return append(append(elems, rest[:len(rest)-1]...), more...), ok && ok2
			}
			return append(elems, rest...), ok
		}
		return nil, false
	case *ast.Ident, *ast.SelectorExpr:
		if id, ok := x.(*ast.Ident); ok && id.Name == "nil" {
			return nil, true
		}
		v := r.varOf(x)
		vals, ok := r.Values(x)
		if !ok {
			return nil, false
		}
		var elems []ast.Expr
		complete := true
		for _, val := range vals {
			// "opts = append(opts, x)" refers to v itself: take only
			// the appended part.
			if call, isCall := ast.Unparen(val).(*ast.CallExpr); isCall && len(call.Args) > 0 && v != nil && r.varOf(call.Args[0]) == v {
				if b, isB := typeutil.Callee(r.info, call).(*types.Builtin); isB && b.Name() == "append" {
					rest := call.Args[1:]
					if call.Ellipsis.IsValid() && len(rest) > 0 {
						more, ok2 := r.sliceElems(rest[len(rest)-1], depth+1)
						elems = append(append(elems, rest[:len(rest)-1]...), more...)
						complete = complete && ok2
					} else {
						elems = append(elems, rest...)
					}
					continue
				}
			}
			more, ok := r.sliceElems(val, depth+1)
			elems = append(elems, more...)
			complete = complete && ok
		}
		return elems, complete
	}
	return nil, false
}

// FuncValues returns the functions an expression may call: a function or
// method name, a method value, a function literal, or a variable or field
// holding any of those, followed through this package's assignments.
// Each result is either a *types.Func (declared function) or an
// *ast.FuncLit. ok is false when some value cannot be known.
func (r *Resolver) FuncValues(e ast.Expr) (fns []any, ok bool) {
	return r.funcValues(e, 0)
}

func (r *Resolver) funcValues(e ast.Expr, depth int) ([]any, bool) {
	if depth > 4 {
		return nil, false
	}
	info := r.info
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return []any{x}, true
	case *ast.IndexExpr: // generic instantiation f[T]
		return r.funcValues(x.X, depth+1)
	case *ast.IndexListExpr:
		return r.funcValues(x.X, depth+1)
	case *ast.CallExpr:
		// A conversion jwt.Keyfunc(f).
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return r.funcValues(x.Args[0], depth+1)
		}
		return nil, false
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = info.ObjectOf(id)
		} else {
			sel := x.(*ast.SelectorExpr)
			if s := info.Selections[sel]; s != nil {
				obj = s.Obj()
			} else {
				obj = info.ObjectOf(sel.Sel)
			}
		}
		switch obj := obj.(type) {
		case *types.Func:
			return []any{obj.Origin()}, true
		case *types.Var:
			vals, ok := r.Values(x)
			var fns []any
			for _, v := range vals {
				more, ok2 := r.funcValues(v, depth+1)
				fns = append(fns, more...)
				ok = ok && ok2
			}
			return fns, ok && len(vals) > 0
		}
	}
	return nil, false
}

// FuncDecl returns the declaration of fn in this package, or nil.
func (r *Resolver) FuncDecl(fn *types.Func) *ast.FuncDecl {
	if fn == nil || fn.Pkg() != r.pkg {
		return nil
	}
	for _, f := range r.files {
		if !(f.FileStart <= fn.Pos() && fn.Pos() < f.FileEnd) {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Pos() == fn.Pos() {
				return fd
			}
		}
	}
	return nil
}

// TupleValue is one result of a multi-value call assigned to a variable:
// result Index of Call (k, err := f() gives {f(), 0} for k).
type TupleValue struct {
	Call  *ast.CallExpr
	Index int
}

// TupleValues returns the multi-value calls whose results are assigned to
// the variable, package variable or struct field e denotes, anywhere in
// the package (k, err := keyfunc.NewDefault(...); var k, err = f()). They
// complement Values, which leaves such assignments out.
func (r *Resolver) TupleValues(e ast.Expr) []TupleValue {
	v := r.varOf(e)
	if v == nil || v.Pkg() != r.pkg {
		return nil
	}
	r.tuplesOnce.Do(func() {
		r.tuples = make(map[*types.Var][]TupleValue)
		for _, f := range r.files {
			ast.Inspect(f, func(n ast.Node) bool {
				lhs, rhs := astutil.AssignPairs(n)
				if len(rhs) != 1 || len(lhs) < 2 {
					return true
				}
				call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
				if !ok {
					return true
				}
				for i, l := range lhs {
					if lv := r.varOf(l); lv != nil {
						r.tuples[lv] = append(r.tuples[lv], TupleValue{Call: call, Index: i})
					}
				}
				return true
			})
		}
	})
	return r.tuples[v]
}
