package flow

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"iter"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// Reaching definitions, for jwtverify (where a parse's input comes from):
// which assignments of a local variable may give the value a read of it
// sees (key := "dev"; key = os.Getenv("KEY") leaves only the second; a
// fallback assigned in a branch is one of two). The engine answers from
// the SSA it keeps: the functions calling a token parse and their callers
// (see keepForUses), and in the packages using a key sink of the model
// every function it followed (see neededFuncs), on the first question.

// Reaching returns the definitions whose values may reach the read id of
// a local variable (a string, a byte slice, an interface or a pointer) in
// a function the engine followed, through branches, copies, conversions
// and the variable's cell when a closure captures it: the left-hand
// identifier of an assignment or declaration of the variable (the value
// is its right-hand side), the identifier of a parameter in the
// function's signature, or an expression whose value is assigned through
// another variable (os.Getenv("K") in k := os.Getenv("K"); key := k). A
// nil entry stands for a value the engine cannot name (the variable's
// address is taken: flag.StringVar(&key, ...); an operator assignment).
// ok is false when the engine kept no SSA for id's function.
func (r *Result) Reaching(id *ast.Ident) (defs []ast.Expr, ok bool) {
	if !r.Built() || id == nil || r.kept == nil {
		return nil, false
	}
	k := r.kept
	k.reachOnce.Do(func() { k.reaching = reachingDefs(k.values(r.facts.pass), r.facts.pass.TypesInfo) })
	defs, ok = k.reaching[id.Pos()]
	return defs, ok
}

// usesKeySink reports whether the package, outside the standard library,
// uses a key sink of the model: a function taking key material, or a
// struct type with a key field, of another package (a token library's
// own uses of its functions, crypto/tls's of x509's, are not followed).
func usesKeySink(pass *analysis.Pass) bool {
	if inGOROOT(pass) {
		return false
	}
	for _, obj := range pass.TypesInfo.Uses {
		if keySinkObj(pass.Pkg, obj) {
			return true
		}
	}
	return false
}

// inGOROOT reports whether the package is the standard library's (its
// files are in GOROOT): isStd's test by import path would take a test's
// packages without a dot for it.
func inGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 {
		return false
	}
	f := pass.Fset.File(pass.Files[0].Pos())
	root := build.Default.GOROOT
	return f != nil && root != "" && strings.HasPrefix(f.Name(), filepath.Join(root, "src")+string(filepath.Separator))
}

// keySinkObj reports whether obj, used in package pkg, is a key sink: a
// function taking key material or a struct type with a key field, of
// another package.
func keySinkObj(pkg *types.Package, obj types.Object) bool {
	if obj.Pkg() == nil || obj.Pkg() == pkg {
		return false
	}
	switch obj := obj.(type) {
	case *types.Func:
		_, ok := model.LookupKeyCall(obj)
		return ok
	case *types.TypeName:
		return model.HasKeyFields(obj.Type())
	}
	return false
}

// keySinkUses returns the objects of the package's uses that make a
// function using them a seed of the engine for hardcodedsecret: the key
// sink functions (keySinkObj), and the key fields of the struct types
// among them (in a composite literal, or assigned: conf.ClientSecret =
// ...), not the types themselves.
func keySinkUses(pass *analysis.Pass) map[types.Object]bool {
	var m map[types.Object]bool
	if inGOROOT(pass) {
		return nil
	}
	for _, obj := range pass.TypesInfo.Uses {
		if !keySinkObj(pass.Pkg, obj) {
			continue
		}
		if m == nil {
			m = make(map[types.Object]bool)
		}
		tn, ok := obj.(*types.TypeName)
		if !ok {
			m[obj] = true
			continue
		}
		// Not the type itself (a parameter of type *oauth2.Config
		// sets no key), but its key fields, in a composite literal or
		// assigned.
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if _, ok := model.LookupKeyField(tn.Type(), st.Field(i).Name()); ok {
					m[st.Field(i)] = true
				}
			}
		}
	}
	return m
}

// instrsOf yields the instructions of the functions fns.
func instrsOf(fns []*ssa.Function) iter.Seq[ssa.Instruction] {
	return func(yield func(ssa.Instruction) bool) {
		for _, fn := range fns {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if !yield(instr) {
						return
					}
				}
			}
		}
	}
}

// closureAliases returns a function resolving a closure's free variable,
// among the functions fns, to what its closure captures (through nested
// closures).
func closureAliases(fns []*ssa.Function) func(ssa.Value) ssa.Value {
	alias := make(map[*ssa.FreeVar]ssa.Value)
	for instr := range instrsOf(fns) {
		if mc, ok := instr.(*ssa.MakeClosure); ok {
			if f, ok := mc.Fn.(*ssa.Function); ok {
				for i, b := range mc.Bindings {
					if i < len(f.FreeVars) {
						alias[f.FreeVars[i]] = b
					}
				}
			}
		}
	}
	return func(v ssa.Value) ssa.Value {
		for i := 0; i < 8; i++ {
			fv, ok := v.(*ssa.FreeVar)
			if !ok {
				return v
			}
			b := alias[fv]
			if b == nil {
				return v
			}
			v = b
		}
		return v
	}
}

// reachingVar reports whether a read of v is answered by Reaching: a
// local variable of a type a key (or a PEM block) may have.
func reachingVar(obj types.Object) (*types.Var, bool) {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return nil, false
	}
	t := v.Type()
	if _, ok := t.Underlying().(*types.Pointer); ok {
		return v, true
	}
	return v, isStringish(t) || types.IsInterface(t)
}

// reachingDefs computes Reaching's answers for the reads of local
// variables in the kept functions (ix).
func reachingDefs(ix *valueIdx, info *types.Info) map[token.Pos][]ast.Expr {
	out := make(map[token.Pos][]ast.Expr)
	for _, ref := range ix.refs {
		id, ok := ref.Expr.(*ast.Ident)
		if !ok || ix.lhs[id] {
			continue // a definition, not a read
		}
		v, ok := reachingVar(ref.Object())
		if !ok {
			continue
		}
		rd := &reacher{info: info, ix: ix, v: v, seen: make(map[ssa.Value]bool)}
		rd.value(ref.X, 0)
		old, done := out[id.Pos()]
		for _, d := range rd.defs {
			if !containsExpr(old, d) {
				old = append(old, d)
			}
		}
		if !done && old == nil {
			old = []ast.Expr{}
		}
		out[id.Pos()] = old
	}
	return out
}

// valueIdx indexes the kept functions' values and syntax, for Reaching
// and Origins: built once, on the first question.
type valueIdx struct {
	pass *analysis.Pass
	// refs are the debug references naming values, in instruction
	// order; byVal maps a value to those naming it.
	refs  []*ssa.DebugRef
	byVal map[ssa.Value][]*ssa.DebugRef
	// rhs maps the left-hand side of an assignment or declaration of one
	// value (a variable, a field, an element) to that value's expression.
	rhs map[ast.Expr]ast.Expr
	// lhs are the left-hand sides assigned or declared as a whole (x :=
	// ..., x = ..., var x = ...): not an operator assignment's (x +=
	// ...), whose value is not its right-hand side.
	lhs map[ast.Expr]bool
	// calls maps a call's Lparen to it; rets maps a return's position
	// to it.
	calls map[token.Pos]*ast.CallExpr
	rets  map[token.Pos]*ast.ReturnStmt
	// resolve gives what a closure's free variable captures
	// (closureAliases).
	resolve func(ssa.Value) ssa.Value
	// stores and escaped: the local cells (see cellStores).
	stores  map[ssa.Value][]ssa.Value
	escaped map[ssa.Value]bool
}

// values builds the kept functions' valueIdx once: their syntax (their
// literals' is inside) and the package-level variables' declarations are
// walked once, their instructions for the references, the closures
// (closureAliases) and the cells (cellStores).
func (k *kept) values(pass *analysis.Pass) *valueIdx {
	k.valuesOnce.Do(func() {
		ix := &valueIdx{pass: pass, byVal: make(map[ssa.Value][]*ssa.DebugRef),
			rhs: make(map[ast.Expr]ast.Expr), lhs: make(map[ast.Expr]bool),
			calls: make(map[token.Pos]*ast.CallExpr), rets: make(map[token.Pos]*ast.ReturnStmt)}
		visit := func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				ix.calls[n.Lparen] = n
			case *ast.ReturnStmt:
				ix.rets[n.Return] = n
			case *ast.AssignStmt:
				if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
					ix.assigned(n)
				}
			case *ast.ValueSpec:
				ix.assigned(n)
			}
			return true
		}
		for _, fn := range k.fns {
			if fn.Parent() == nil && fn.Syntax() != nil {
				ast.Inspect(fn.Syntax(), visit)
			}
		}
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
					ast.Inspect(gd, visit)
				}
			}
		}
		for instr := range instrsOf(k.fns) {
			if ref, ok := instr.(*ssa.DebugRef); ok && !ref.IsAddr && ref.X != nil {
				ix.refs = append(ix.refs, ref)
				ix.byVal[ref.X] = append(ix.byVal[ref.X], ref)
			}
		}
		ix.resolve = closureAliases(k.fns)
		ix.stores, ix.escaped = cellStores(instrsOf(k.fns), ix.resolve)
		k.valueIndex = ix
	})
	return k.valueIndex
}

// assigned records the left-hand sides of n (an assignment or a
// declaration) and, for those given one value each, its expression.
func (ix *valueIdx) assigned(n ast.Node) {
	lhs, rhs := astutil.AssignPairs(n)
	for i, l := range lhs {
		l = ast.Unparen(l)
		ls := []ast.Expr{l}
		if sel, ok := l.(*ast.SelectorExpr); ok {
			// SSA names a field's store by its selector's identifier.
			ls = append(ls, sel.Sel)
		}
		for _, l := range ls {
			ix.lhs[l] = true
			if len(lhs) == len(rhs) {
				ix.rhs[l] = ast.Unparen(rhs[i])
			}
		}
	}
}

func containsExpr(es []ast.Expr, e ast.Expr) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// cellStores indexes the values stored into the cells of local variables
// kept in memory (captured by a closure, or whose address is taken) among
// the instructions instrs, by cell, and the cells whose address is used
// otherwise than to load, store or capture it (flag.StringVar(&key, ...)):
// what a load of them yields is not known. root resolves a closure's free
// variable to the cell it captures.
func cellStores(instrs iter.Seq[ssa.Instruction], root func(ssa.Value) ssa.Value) (stores map[ssa.Value][]ssa.Value, escaped map[ssa.Value]bool) {
	stores = make(map[ssa.Value][]ssa.Value)
	escaped = make(map[ssa.Value]bool)
	mark := func(v ssa.Value) {
		if a, ok := root(v).(*ssa.Alloc); ok {
			escaped[a] = true
		}
	}
	var ops []*ssa.Value
	for instr := range instrs {
		switch instr := instr.(type) {
		case *ssa.DebugRef, *ssa.MakeClosure:
			continue
		case *ssa.Store:
			r := root(instr.Addr)
			if _, ok := r.(*ssa.Alloc); ok {
				stores[r] = append(stores[r], instr.Val)
			}
			mark(instr.Val)
			continue
		case *ssa.UnOp:
			if instr.Op == token.MUL {
				continue
			}
		}
		ops = instr.Operands(ops[:0])
		for _, op := range ops {
			if *op != nil {
				mark(*op)
			}
		}
	}
	return stores, escaped
}

// reacher walks a read's value back to its definitions.
type reacher struct {
	info *types.Info
	ix   *valueIdx
	v    *types.Var // the variable read
	seen map[ssa.Value]bool
	defs []ast.Expr
}

func (rd *reacher) add(e ast.Expr) {
	if !containsExpr(rd.defs, e) {
		rd.defs = append(rd.defs, e)
	}
}

// maxReach bounds the steps back from a read.
const maxReach = 12

func (rd *reacher) value(v ssa.Value, depth int) {
	if depth > maxReach {
		rd.add(nil)
		return
	}
	if rd.seen[v] {
		return
	}
	rd.seen[v] = true
	// An assignment of the variable itself.
	found := false
	for _, ref := range rd.ix.byVal[v] {
		if id, ok := ref.Expr.(*ast.Ident); ok && rd.ix.lhs[id] && ref.Object() == rd.v {
			rd.add(id)
			found = true
		}
	}
	if found {
		return
	}
	if p, ok := v.(*ssa.Parameter); ok {
		rd.add(paramIdent(rd.info, p))
		return
	}
	// An expression assigned through another variable.
	for _, ref := range rd.ix.byVal[v] {
		if _, ok := ref.Expr.(*ast.Ident); ok {
			if _, local := reachingVar(ref.Object()); local {
				continue
			}
		}
		rd.add(ref.Expr)
		return
	}
	switch v := v.(type) {
	case *ssa.Phi:
		for _, ed := range v.Edges {
			rd.value(ed, depth+1)
		}
	case *ssa.ChangeType:
		rd.value(v.X, depth+1)
	case *ssa.Convert:
		rd.value(v.X, depth+1)
	case *ssa.MakeInterface:
		rd.value(v.X, depth+1)
	case *ssa.ChangeInterface:
		rd.value(v.X, depth+1)
	case *ssa.Slice:
		if v.Low == nil && v.High == nil && v.Max == nil {
			rd.value(v.X, depth+1)
		} else {
			rd.add(nil)
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			rd.add(nil)
			return
		}
		cell := rd.ix.resolve(v.X)
		if _, ok := cell.(*ssa.Alloc); !ok || rd.ix.escaped[cell] || len(rd.ix.stores[cell]) == 0 {
			rd.add(nil)
			return
		}
		for _, s := range rd.ix.stores[cell] {
			rd.value(s, depth+1)
		}
	default:
		rd.add(nil)
	}
}

// paramIdent returns the identifier declaring parameter p in its
// function's signature, or nil.
func paramIdent(info *types.Info, p *ssa.Parameter) ast.Expr {
	obj := p.Object()
	if obj == nil {
		return nil
	}
	var ft *ast.FuncType
	var recv *ast.FieldList
	switch syn := p.Parent().Syntax().(type) {
	case *ast.FuncDecl:
		ft, recv = syn.Type, syn.Recv
	case *ast.FuncLit:
		ft = syn.Type
	default:
		return nil
	}
	for _, fl := range []*ast.FieldList{recv, ft.Params} {
		if fl == nil {
			continue
		}
		for _, f := range fl.List {
			for _, id := range f.Names {
				if info.Defs[id] == obj {
					return id
				}
			}
		}
	}
	return nil
}

// initCallees returns the functions of the package that its package-level
// variables' initializers refer to (outside generated files), in order.
func initCallees(pass *analysis.Pass, declOf map[*types.Func]*ast.FuncDecl) []*ast.FuncDecl {
	var out []*ast.FuncDecl
	for d := range handWrittenDecls(pass) {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			for _, v := range spec.(*ast.ValueSpec).Values {
				ast.Inspect(v, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok {
						if fn, ok := pass.TypesInfo.Uses[id].(*types.Func); ok {
							if fd := declOf[fn.Origin()]; fd != nil {
								out = append(out, fd)
							}
						}
					}
					return true
				})
			}
		}
	}
	return out
}
