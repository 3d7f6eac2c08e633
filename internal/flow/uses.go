package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/tokenvet/tokenvet/internal/model"
)

// UseKind says what a use does with a followed value (see Result.UsesOf).
type UseKind uint8

const (
	// UseRef: an expression of the function's syntax denotes the value
	// (a variable holding it, the call itself): Use.Expr. A pass judging
	// uses on the syntax starts from these.
	UseRef UseKind = iota + 1
	// UseReturned: the value is returned, as result Use.Index of Use.Fn.
	UseReturned
	// UseArg: the value is argument Use.Index (the receiver excluded) of
	// a call of Use.Callee (nil for a dynamic call or a builtin, named by
	// Use.Builtin).
	UseArg
	// UseMethod: method Use.Callee is called on the value.
	UseMethod
	// UseField: field Use.Field of the value (of what it points to) is
	// read or addressed.
	UseField
	// UseIndexed: the value is indexed or looked up (claims["sub"]).
	UseIndexed
	// UseStored: the value is stored where it is no longer followed: a
	// field, a global, a map or slice element, a channel.
	UseStored
	// UseCompared: the value is compared (== or !=).
	UseCompared
	// UseOther: any other operation (arithmetic, concatenation, a range
	// over it, a panic).
	UseOther
)

var useKindNames = [...]string{"", "ref", "returned", "arg", "method", "field", "indexed", "stored", "compared", "other"}

func (k UseKind) String() string {
	if int(k) < len(useKindNames) {
		return useKindNames[k]
	}
	return "?"
}

// A Use is one place a followed value goes in its function (see
// Result.UsesOf).
type Use struct {
	Kind UseKind
	// Pos is the position of the using instruction (for UseRef, of
	// Expr); it may be NoPos for an implicit operation.
	Pos token.Pos
	// Expr is, for UseRef, the expression denoting the value.
	Expr ast.Expr
	// Index is the result index (UseReturned) or the parameter index
	// (UseArg: every argument of a variadic parameter has its index).
	Index int
	// Callee is the function called (UseArg, UseMethod), or nil.
	Callee *types.Func
	// Builtin names a builtin called with the value (UseArg), or "".
	Builtin string
	// Field is the field read (UseField).
	Field *types.Var
	// Instr is the using instruction, Block its block and Fn its
	// function (the function of the query or one of its function
	// literals), for dominance and path questions.
	Instr ssa.Instruction
	Block *ssa.BasicBlock
	Fn    *ssa.Function
}

// UsesOf returns where the value of expression x goes in its function: x
// is a variable, a single-valued call, or a claims destination (&claims:
// the variable's uses). It follows the value through variables (SSA
// values and phis), conversions, type assertions, local variables whose
// address is taken, and closures capturing it; calls, field reads,
// returns and stores end a path (see UseKind), and the caller asks the
// callee's summary (SummaryOf) what it does with an argument. ok is false
// when the engine kept no SSA for x's function: only functions that call
// a token parse (model.LookupFunc, or a function with a parse summary)
// and their callers are kept.
func (r *Result) UsesOf(file *ast.File, x ast.Expr) ([]Use, bool) {
	return r.usesOf(x, -1)
}

// ResultUsesOf returns where result i of x goes in its function (as
// UsesOf): x is a call, or a comma-ok expression (v, ok := x.(T)).
func (r *Result) ResultUsesOf(file *ast.File, x ast.Expr, i int) ([]Use, bool) {
	return r.usesOf(x, i)
}

// kept is the SSA the engine keeps for UsesOf.
type kept struct {
	fns  []*ssa.Function
	once sync.Once
	// refs maps the expressions of the kept functions to their debug
	// references (UsesOf), calls their calls by Lparen and at their
	// instructions by position (Reached, see guard.go); built on first
	// use (index).
	refs  map[ast.Expr]*ssa.DebugRef
	calls map[token.Pos]*ast.CallExpr
	// at maps a position to the first instruction there (Reached).
	at map[token.Pos]progPoint
	// reaching holds, for each read of a local variable in the kept
	// functions, the definitions reaching it (see Reaching), computed on
	// first use.
	reachOnce sync.Once
	reaching  map[token.Pos][]ast.Expr
	// valueIndex indexes the kept functions' values and syntax for
	// Reaching and Origins (see values), built on first use.
	valuesOnce sync.Once
	valueIndex *valueIdx
	// origins indexes the kept functions of a package using a key sink
	// for Origins, built on first use.
	originOnce sync.Once
	origins    *originIdx
}

// index builds refs and calls.
func (k *kept) index() {
	k.once.Do(func() {
		k.refs = make(map[ast.Expr]*ssa.DebugRef)
		k.calls = make(map[token.Pos]*ast.CallExpr)
		k.at = make(map[token.Pos]progPoint)
		for _, fn := range k.fns {
			for _, b := range fn.Blocks {
				for i, instr := range b.Instrs {
					if p := instr.Pos(); p.IsValid() {
						if _, seen := k.at[p]; !seen {
							k.at[p] = progPoint{b, i}
						}
					}
					ref, ok := instr.(*ssa.DebugRef)
					if !ok {
						continue
					}
					if old := k.refs[ref.Expr]; old == nil || old.IsAddr && !ref.IsAddr {
						k.refs[ref.Expr] = ref
					}
					if ce, ok := ref.Expr.(*ast.CallExpr); ok {
						k.calls[ce.Lparen] = ce
					}
				}
			}
		}
	})
}

func (r *Result) usesOf(x ast.Expr, result int) ([]Use, bool) {
	if !r.Built() || r.kept == nil {
		return nil, false
	}
	k := r.kept
	k.index()
	ref := k.refs[ast.Unparen(x)]
	if ref == nil {
		return nil, false
	}
	u := &useWalk{seen: make(map[ssa.Value]bool), seenUse: make(map[useKey]bool)}
	v := ref.X
	if result >= 0 {
		if _, isTuple := v.Type().(*types.Tuple); isTuple {
			for _, rr := range *v.Referrers() {
				if ex, ok := rr.(*ssa.Extract); ok && ex.Index == result {
					u.value(ex)
				}
				if dr, ok := rr.(*ssa.DebugRef); ok {
					u.add(Use{Kind: UseRef, Pos: dr.Expr.Pos(), Expr: dr.Expr, Instr: dr})
				}
			}
		} else if result == 0 {
			u.value(v)
		}
	} else if _, ok := v.(*ssa.Global); ok {
		// A package-level variable: shared with every function.
		u.add(Use{Kind: UseStored, Pos: ref.Expr.Pos()})
	} else if ref.IsAddr {
		u.addr(v)
	} else {
		u.value(v)
	}
	sort.SliceStable(u.uses, func(i, j int) bool {
		a, b := u.uses[i], u.uses[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		return a.Kind < b.Kind
	})
	return u.uses, true
}

type useKey struct {
	instr ssa.Instruction
	kind  UseKind
	index int
	expr  ast.Expr
}

// useWalk follows one value to its uses.
type useWalk struct {
	seen    map[ssa.Value]bool
	seenUse map[useKey]bool
	uses    []Use
}

func (u *useWalk) add(use Use) {
	k := useKey{use.Instr, use.Kind, use.Index, use.Expr}
	if u.seenUse[k] {
		return
	}
	u.seenUse[k] = true
	if use.Instr != nil {
		use.Block = use.Instr.Block()
		use.Fn = use.Instr.Parent()
		if !use.Pos.IsValid() {
			use.Pos = use.Instr.Pos()
		}
	}
	u.uses = append(u.uses, use)
}

// addr follows a local variable's address: its loads are the value, its
// references are UseRefs.
func (u *useWalk) addr(a ssa.Value) {
	if u.seen[a] {
		return
	}
	u.seen[a] = true
	refs := a.Referrers()
	if refs == nil {
		return
	}
	for _, instr := range *refs {
		switch in := instr.(type) {
		case *ssa.DebugRef:
			u.add(Use{Kind: UseRef, Pos: in.Expr.Pos(), Expr: in.Expr, Instr: in})
		case *ssa.UnOp:
			if in.Op == token.MUL {
				u.value(in)
			}
		case *ssa.Store:
			if in.Addr == a {
				continue // a new value of the variable
			}
			u.use(a, instr)
		default:
			u.use(a, instr)
		}
	}
}

// value follows an SSA value to its uses.
func (u *useWalk) value(v ssa.Value) {
	if a, ok := v.(*ssa.Alloc); ok {
		u.addr(a) // &claims: the variable
		return
	}
	if u.seen[v] {
		return
	}
	u.seen[v] = true
	refs := v.Referrers()
	if refs == nil {
		return
	}
	for _, instr := range *refs {
		u.use(v, instr)
	}
}

// use records what instr does with v, following v on where it is passed
// on unchanged.
func (u *useWalk) use(v ssa.Value, instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.DebugRef:
		u.add(Use{Kind: UseRef, Pos: in.Expr.Pos(), Expr: in.Expr, Instr: in})
	case *ssa.Phi, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.MakeInterface, *ssa.Convert, *ssa.MultiConvert:
		u.value(in.(ssa.Value))
	case *ssa.TypeAssert:
		if !in.CommaOk {
			u.value(in)
			return
		}
		for _, rr := range *in.Referrers() {
			if ex, ok := rr.(*ssa.Extract); ok && ex.Index == 0 {
				u.value(ex)
			} else if dr, ok := rr.(*ssa.DebugRef); ok {
				u.add(Use{Kind: UseRef, Pos: dr.Expr.Pos(), Expr: dr.Expr, Instr: dr})
			}
		}
	case *ssa.UnOp:
		switch in.Op {
		case token.MUL:
			u.value(in) // the value a followed pointer points to
		default:
			u.add(Use{Kind: UseOther, Instr: in})
		}
	case *ssa.Store:
		if in.Addr == v {
			return // a new value where v points: no use of it
		}
		if in.Val != v {
			u.add(Use{Kind: UseOther, Instr: in})
			return
		}
		if a, ok := in.Addr.(*ssa.Alloc); ok && !escapingAlloc(a) {
			u.addr(a) // another local variable
			return
		}
		if slice := varargs(in); slice != nil {
			// An argument of a variadic call (fmt.Println(v)).
			for _, r := range *slice.Referrers() {
				if ci, ok := r.(ssa.CallInstruction); ok {
					u.call(slice, ci)
				}
			}
			return
		}
		u.add(Use{Kind: UseStored, Instr: in})
	case *ssa.MakeClosure:
		anon, _ := in.Fn.(*ssa.Function)
		for i, b := range in.Bindings {
			if b != v || anon == nil || i >= len(anon.FreeVars) {
				continue
			}
			fv := anon.FreeVars[i]
			if _, isPtr := v.(*ssa.Alloc); isPtr {
				u.addr(fv)
			} else {
				u.value(fv)
			}
		}
	case *ssa.Return:
		for i, r := range in.Results {
			if r == v {
				u.add(Use{Kind: UseReturned, Index: i, Instr: in})
			}
		}
	case ssa.CallInstruction:
		u.call(v, in)
	case *ssa.FieldAddr:
		f, _ := fieldVar(in.X.Type(), in.Field)
		u.add(Use{Kind: UseField, Field: f, Instr: in})
	case *ssa.Field:
		f, _ := fieldVar(in.X.Type(), in.Field)
		u.add(Use{Kind: UseField, Field: f, Instr: in})
	case *ssa.IndexAddr, *ssa.Index, *ssa.Lookup:
		if op := instr.Operands(nil); len(op) > 0 && *op[0] == v {
			u.add(Use{Kind: UseIndexed, Instr: in})
		} else {
			u.add(Use{Kind: UseOther, Instr: in})
		}
	case *ssa.BinOp:
		if in.Op == token.EQL || in.Op == token.NEQ {
			u.add(Use{Kind: UseCompared, Instr: in})
		} else {
			u.add(Use{Kind: UseOther, Instr: in})
		}
	case *ssa.MapUpdate:
		if in.Value == v || in.Key == v {
			u.add(Use{Kind: UseStored, Instr: in})
		} else {
			u.add(Use{Kind: UseOther, Instr: in}) // the map itself written
		}
	case *ssa.Send:
		u.add(Use{Kind: UseStored, Instr: in})
	default:
		u.add(Use{Kind: UseOther, Instr: instr})
	}
}

// call records a call using v: as receiver or argument.
func (u *useWalk) call(v ssa.Value, ci ssa.CallInstruction) {
	c := ci.Common()
	if c.IsInvoke() {
		if c.Value == v {
			u.add(Use{Kind: UseMethod, Callee: c.Method, Instr: ci})
		}
		for i, a := range c.Args {
			if a == v {
				u.add(Use{Kind: UseArg, Index: i, Callee: c.Method, Instr: ci})
			}
		}
		return
	}
	if c.Value == v {
		u.add(Use{Kind: UseOther, Instr: ci}) // a function value called
		return
	}
	var callee *types.Func
	builtin := ""
	switch f := c.Value.(type) {
	case *ssa.Builtin:
		builtin = f.Name()
	default:
		if sc := c.StaticCallee(); sc != nil {
			callee, _ = sc.Object().(*types.Func)
		}
	}
	method := callee != nil && callee.Signature().Recv() != nil
	for i, a := range c.Args {
		if a != v {
			continue
		}
		switch {
		case method && i == 0:
			u.add(Use{Kind: UseMethod, Callee: callee, Instr: ci})
		case method:
			u.add(Use{Kind: UseArg, Index: i - 1, Callee: callee, Instr: ci})
		default:
			u.add(Use{Kind: UseArg, Index: i, Callee: callee, Builtin: builtin, Instr: ci})
		}
	}
}

// varargs returns, for a store into the array of a variadic call's
// arguments, the slice of it passed to the call, or nil.
func varargs(st *ssa.Store) *ssa.Slice {
	ia, ok := st.Addr.(*ssa.IndexAddr)
	if !ok {
		return nil
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var slice *ssa.Slice
	for _, r := range *arr.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr:
		case *ssa.Slice:
			if slice != nil {
				return nil
			}
			slice = r
		default:
			return nil
		}
	}
	if slice == nil {
		return nil
	}
	for _, r := range *slice.Referrers() {
		if _, ok := r.(ssa.CallInstruction); !ok {
			return nil
		}
	}
	return slice
}

// escapingAlloc reports whether the local variable a is shared beyond
// plain loads and stores of its function and closures (its address is
// passed or stored): a store into it is then a store, not an assignment.
func escapingAlloc(a *ssa.Alloc) bool {
	for _, r := range *a.Referrers() {
		switch r := r.(type) {
		case *ssa.Store:
			if r.Val == a {
				return true
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.MakeClosure:
		case *ssa.FieldAddr, *ssa.IndexAddr:
			// c.Subject of a local struct: read or written in place.
			for _, rr := range *r.(ssa.Value).Referrers() {
				switch rr := rr.(type) {
				case *ssa.UnOp, *ssa.DebugRef:
				case *ssa.Store:
					if rr.Val == r.(ssa.Value) {
						return true
					}
				default:
					return true
				}
			}
		default:
			return true
		}
	}
	return false
}

// keepForUses returns the functions whose SSA the engine keeps for
// UsesOf: the units calling a token parse (a modelled one, or a function
// of another package with a parse summary), and their callers, which
// call a helper of the package wrapping one (the passes compute the
// parse summaries of the package's own functions after the engine).
func (e *engine) keepForUses() []*ssa.Function {
	parses := make(map[*types.Func]bool)
	isParse := func(obj *types.Func) bool {
		if obj == nil {
			return false
		}
		if p, ok := parses[obj]; ok {
			return p
		}
		p := model.LookupFunc(obj) != nil
		if !p && obj.Pkg() != nil && obj.Pkg() != e.pass.Pkg {
			if s := e.fact(obj); s != nil && s.Parse != nil {
				p = true
			}
		}
		if !p && obj.Pkg() != nil {
			// A method of an interface of the module whose package
			// parses tokens: an implementation may be a parse helper
			// (jwtverify takes its summary for the interface's).
			if recv := obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				p = obj.Pkg() == e.pass.Pkg || e.pass.ImportPackageFact(obj.Pkg(), new(hasParsers))
			}
		}
		parses[obj] = p
		return p
	}
	keep := make(map[*unit]bool)
	var queue []*unit
	for u, instr := range e.instrs() {
		if keep[u] {
			continue
		}
		ci, ok := instr.(ssa.CallInstruction)
		if !ok {
			continue
		}
		if isParse(calledFunc(ci.Common())) {
			keep[u] = true
			queue = append(queue, u)
		}
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, c := range e.callers[u] {
			if !keep[c] {
				keep[c] = true
				queue = append(queue, c)
			}
		}
	}
	var fns []*ssa.Function
	for _, u := range e.units {
		if keep[u] {
			fns = append(fns, u.fns...)
		}
	}
	return fns
}
