package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/tokenvet/tokenvet/internal/model"
)

// FuncValue is one function a keyfunc-typed variable or field may hold:
// a declared function or method (Func, for a method value too), a
// function literal (Lit), or the result of a call of Factory. The zero
// FuncValue stands for a value that cannot be known (a parameter, a field
// of another package's struct, an interface call's result).
type FuncValue struct {
	Func    *types.Func
	Lit     *ast.FuncLit
	Factory *types.Func
}

// FuncValues returns the functions the value of expression e, a variable
// or a field of a keyfunc type (see keyfuncShaped), may hold, through
// assignments, branches, conversions, closures' captured variables and
// the stores into a field of the package's structs anywhere in the
// package; ok is false when the engine did not follow e (its package or
// function was not followed, or e is of another type or a package
// variable, which functions not followed may assign).
func (r *Result) FuncValues(file *ast.File, e ast.Expr) (vals []FuncValue, ok bool) {
	if !r.Built() {
		return nil, false
	}
	vals, ok = r.funcs[ast.Unparen(e)]
	return vals, ok
}

// KeysOf returns the key labels (model.KeyLabels) of the value of e, a
// variable of an empty interface type (a keyfunc's key held in a
// variable), when every value it may hold there is a key the engine
// knows the kind of (see keysKnown); ok is false otherwise.
func (r *Result) KeysOf(file *ast.File, e ast.Expr) (l model.Label, ok bool) {
	if !r.Built() {
		return 0, false
	}
	l, ok = r.keys[ast.Unparen(e)]
	return l, ok
}

// keyfuncExprs resolves, for jwtalg, the keyfunc-typed variables and
// fields the package's functions use (see FuncValues), and the kinds of
// keys interface variables hold (see KeysOf).
func (e *engine) keyfuncExprs() (funcs map[ast.Expr][]FuncValue, keys map[ast.Expr]model.Label) {
	var stores map[any][]ssa.Value
	for _, instr := range e.instrs() {
		ref, ok := instr.(*ssa.DebugRef)
		if !ok {
			continue
		}
		switch ref.Expr.(type) {
		case *ast.Ident:
			if !ref.IsAddr && keyResult(ref.X.Type()) {
				if l := e.taint(ref.X).labels() & model.KeyLabels; l != 0 && e.keysKnown(ref.X, 0) {
					if keys == nil {
						keys = make(map[ast.Expr]model.Label)
					}
					keys[ref.Expr] |= l
				}
				continue
			}
		case *ast.SelectorExpr:
		default:
			continue
		}
		t := ref.X.Type()
		if ref.IsAddr {
			p, ok := t.Underlying().(*types.Pointer)
			if !ok {
				continue
			}
			t = p.Elem()
		}
		sig, ok := t.Underlying().(*types.Signature)
		if !ok || !keyfuncShaped(sig) {
			continue
		}
		if stores == nil {
			stores = e.funcStores()
		}
		fr := &funcResolver{e: e, stores: stores, seen: make(map[ssa.Value]bool)}
		if ref.IsAddr {
			fr.load(ref.X, 0)
		} else {
			fr.value(ref.X, 0)
		}
		if fr.global {
			continue
		}
		if funcs == nil {
			funcs = make(map[ast.Expr][]FuncValue)
		}
		if _, done := funcs[ref.Expr]; !done {
			funcs[ref.Expr] = fr.vals
		}
	}
	return funcs, keys
}

// funcStores indexes the values of function type stored into the fields
// of the package's structs (by field) and into variables kept in memory
// (by address).
func (e *engine) funcStores() map[any][]ssa.Value {
	m := make(map[any][]ssa.Value)
	for _, instr := range e.instrs() {
		st, ok := instr.(*ssa.Store)
		if !ok {
			continue
		}
		if _, isFunc := st.Val.Type().Underlying().(*types.Signature); !isFunc {
			continue
		}
		switch a := st.Addr.(type) {
		case *ssa.FieldAddr:
			if f, _ := fieldVar(a.X.Type(), a.Field); f != nil {
				m[f] = append(m[f], st.Val)
			}
		default:
			// A captured variable is stored into through
			// the closure's free variable.
			r := e.root(st.Addr)
			m[r] = append(m[r], st.Val)
		}
	}
	return m
}

type funcResolver struct {
	e      *engine
	stores map[any][]ssa.Value
	seen   map[ssa.Value]bool
	vals   []FuncValue
	global bool // a package variable was read: not answered
}

func (fr *funcResolver) add(v FuncValue) {
	for _, o := range fr.vals {
		if o == v {
			return
		}
	}
	fr.vals = append(fr.vals, v)
}

func (fr *funcResolver) value(v ssa.Value, depth int) {
	if depth > 8 {
		fr.add(FuncValue{})
		return
	}
	if fr.seen[v] {
		return
	}
	fr.seen[v] = true
	switch v := v.(type) {
	case *ssa.Const:
		// nil
	case *ssa.Function:
		fr.function(v)
	case *ssa.MakeClosure:
		fr.function(v.Fn.(*ssa.Function))
	case *ssa.ChangeType:
		fr.value(v.X, depth+1)
	case *ssa.Convert:
		fr.value(v.X, depth+1)
	case *ssa.Phi:
		for _, ed := range v.Edges {
			fr.value(ed, depth+1)
		}
	case *ssa.FreeVar:
		if b := fr.e.alias[v]; b != nil {
			if _, isAddr := b.Type().Underlying().(*types.Pointer); isAddr && !isFuncType(b.Type()) {
				fr.load(b, depth+1) // a captured variable
			} else {
				fr.value(b, depth+1)
			}
			return
		}
		fr.add(FuncValue{})
	case *ssa.UnOp:
		if v.Op == token.MUL {
			fr.load(v.X, depth+1)
			return
		}
		fr.add(FuncValue{})
	case *ssa.Field:
		if f, _ := fieldVar(v.X.Type(), v.Field); f != nil && f.Pkg() == fr.e.pass.Pkg {
			fr.stored(f, depth)
			return
		}
		fr.add(FuncValue{})
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil && !v.Call.IsInvoke() {
			if obj, ok := callee.Object().(*types.Func); ok {
				fr.add(FuncValue{Factory: obj})
				return
			}
		}
		fr.add(FuncValue{})
	default:
		fr.add(FuncValue{})
	}
}

func isFuncType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// load resolves what is read from address addr.
func (fr *funcResolver) load(addr ssa.Value, depth int) {
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		if f, _ := fieldVar(a.X.Type(), a.Field); f != nil && f.Pkg() == fr.e.pass.Pkg {
			fr.stored(f, depth)
			return
		}
		fr.add(FuncValue{})
	case *ssa.Global:
		fr.global = true
	case *ssa.Alloc:
		for _, s := range fr.stores[a] {
			fr.value(s, depth+1)
		}
	case *ssa.FreeVar:
		if b := fr.e.alias[a]; b != nil {
			fr.load(b, depth+1)
			return
		}
		fr.add(FuncValue{})
	default:
		fr.add(FuncValue{})
	}
}

// stored resolves the values stored into field f anywhere in the
// package (the engine builds every function mentioning a field that a
// followed function mentions).
func (fr *funcResolver) stored(f *types.Var, depth int) {
	vals := fr.stores[f]
	if len(vals) == 0 {
		fr.add(FuncValue{})
		return
	}
	for _, s := range vals {
		fr.value(s, depth+1)
	}
}

// function adds the function fn: a literal, or a declared function or
// method (a method value's wrapper stands for its method).
func (fr *funcResolver) function(fn *ssa.Function) {
	if lit, ok := fn.Syntax().(*ast.FuncLit); ok && fn.Parent() != nil {
		fr.add(FuncValue{Lit: lit})
		return
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		fr.add(FuncValue{Func: obj})
		return
	}
	fr.add(FuncValue{})
}
