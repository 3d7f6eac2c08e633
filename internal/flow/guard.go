package flow

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Guard is what a pass knows of the checks that stop a failed operation,
// for Result.Reached: the engine walks the paths, the pass judges the
// conditions and calls on the syntax.
type Guard struct {
	// Cond says whether taking the true (onTrue) or the false (onFalse)
	// branch of a condition implies the operation succeeded. cond is the
	// condition's syntax: an operand of && and || on its own, and for
	// !x, x (its branches swapped).
	Cond func(cond ast.Expr) (onTrue, onFalse bool)
	// Stops says whether a call returns only when the operation
	// succeeded (require.NoError(t, err)).
	Stops func(call *ast.CallExpr) bool
	// NoReturn says whether a call of fn never returns (log.Fatal, a
	// helper that always exits).
	NoReturn func(fn *types.Func) bool
	// Err says whether e denotes the operation's error: a comparison of
	// it with nil (switch err { case nil: }) is judged by the engine.
	Err func(e ast.Expr) bool
}

// Reached reports whether the program point at node at (an identifier,
// a call, an assignment) can be reached from the call from without taking
// a branch or passing a call that g says implies success: whether the
// operation's failure may flow to it. ok is false when the engine kept no
// SSA for the function holding both (see UsesOf).
func (r *Result) Reached(from *ast.CallExpr, at ast.Node, g Guard) (reached, ok bool) {
	if !r.Built() || r.kept == nil {
		return false, false
	}
	src, ok := r.point(from.Lparen, from.Lparen, from.Rparen+1)
	if !ok {
		return false, false
	}
	dst, ok := r.point(at.Pos(), at.Pos(), at.End())
	if !ok {
		return false, false
	}
	// A point inside a function literal stands for where the literal is.
	for dst.b.Parent() != src.b.Parent() {
		fn := dst.b.Parent()
		if fn.Parent() == nil {
			return false, false
		}
		mc, ok := makeClosure(fn)
		if !ok {
			return false, false
		}
		dst = progPoint{mc.Block(), indexOf(mc)}
	}
	w := &guardWalk{g: g, r: r, conds: make(map[*ssa.BasicBlock][2]bool)}
	return w.reaches(src, dst), true
}

type progPoint struct {
	b *ssa.BasicBlock
	i int
}

// point returns the first instruction of the kept functions at pos (a
// debug reference of the expression there, or an instruction there: the
// kept SSA's index), or else the earliest within [lo, hi).
func (r *Result) point(pos, lo, hi token.Pos) (progPoint, bool) {
	r.kept.index()
	if p, ok := r.kept.at[pos]; ok {
		return p, true
	}
	var best progPoint
	bestPos := token.NoPos
	for _, fn := range r.kept.fns {
		if fn.Syntax() == nil || !(fn.Syntax().Pos() <= lo && hi <= fn.Syntax().End()) {
			continue
		}
		for _, b := range fn.Blocks {
			for i, instr := range b.Instrs {
				p := instr.Pos()
				if p < lo || p >= hi || !p.IsValid() {
					continue
				}
				if !bestPos.IsValid() || p < bestPos {
					best, bestPos = progPoint{b, i}, p
				}
			}
		}
	}
	return best, best.b != nil
}

func makeClosure(fn *ssa.Function) (*ssa.MakeClosure, bool) {
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				return mc, true
			}
		}
	}
	return nil, false
}

func indexOf(instr ssa.Instruction) int {
	for i, x := range instr.Block().Instrs {
		if x == instr {
			return i
		}
	}
	return 0
}

type guardWalk struct {
	g     Guard
	r     *Result
	conds map[*ssa.BasicBlock][2]bool
}

// reaches reports whether dst is reached from src: forward from src,
// stopping at a call that never returns or that stops on failure, and not
// taking a branch that implies success.
func (w *guardWalk) reaches(src, dst progPoint) bool {
	seen := make(map[*ssa.BasicBlock]bool)
	var visit func(b *ssa.BasicBlock, from int) bool
	visit = func(b *ssa.BasicBlock, from int) bool {
		for i := from; i < len(b.Instrs); i++ {
			if b == dst.b && i == dst.i {
				return true
			}
			if b == src.b && i == src.i {
				return false // the operation again: a new result
			}
			if w.stops(b.Instrs[i]) {
				return false
			}
		}
		onTrue, onFalse := w.branch(b)
		for k, s := range b.Succs {
			if len(b.Succs) == 2 && (k == 0 && onTrue || k == 1 && onFalse) {
				continue
			}
			if !seen[s] {
				seen[s] = true
				if visit(s, 0) {
					return true
				}
			}
		}
		return false
	}
	return visit(src.b, src.i+1)
}

// stops reports whether the walk ends at instr: a call that never
// returns, or that returns only on success.
func (w *guardWalk) stops(instr ssa.Instruction) bool {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return false
	}
	fn := calledFunc(call.Common())
	if fn != nil && w.g.NoReturn != nil && w.g.NoReturn(fn) {
		return true
	}
	if w.g.Stops != nil {
		if ce := w.r.callAt(call.Pos()); ce != nil && w.g.Stops(ce) {
			return true
		}
	}
	return false
}

// branch says which branches of b's if imply success.
func (w *guardWalk) branch(b *ssa.BasicBlock) (onTrue, onFalse bool) {
	if v, ok := w.conds[b]; ok {
		return v[0], v[1]
	}
	if n := len(b.Instrs); n > 0 {
		if iff, ok := b.Instrs[n-1].(*ssa.If); ok {
			if e := w.r.condExpr(iff); e != nil && w.g.Cond != nil {
				onTrue, onFalse = w.g.Cond(e)
			} else if bin, ok := iff.Cond.(*ssa.BinOp); ok && w.g.Err != nil && (bin.Op == token.EQL || bin.Op == token.NEQ) {
				// switch err { case nil: }: the tag compared with nil.
				x, y := bin.X, bin.Y
				if isNilConst(x) {
					x, y = y, x
				}
				if isNilConst(y) {
					if e := refOf(x); e != nil && w.g.Err(e) {
						onTrue, onFalse = bin.Op == token.EQL, bin.Op == token.NEQ
					}
				}
			}
		}
	}
	w.conds[b] = [2]bool{onTrue, onFalse}
	return onTrue, onFalse
}

// callAt returns the call of the kept functions whose Lparen is at pos.
func (r *Result) callAt(pos token.Pos) *ast.CallExpr {
	k := r.kept
	k.index()
	return k.calls[pos]
}

// condExpr returns the syntax of the condition of iff: the expression
// whose value it tests (the last debug reference of that value in its
// block), or nil.
func (r *Result) condExpr(iff *ssa.If) ast.Expr {
	return refBefore(iff.Block(), iff.Cond)
}

// refBefore returns the expression of the last debug reference of v in b.
func refBefore(b *ssa.BasicBlock, v ssa.Value) ast.Expr {
	for i := len(b.Instrs) - 1; i >= 0; i-- {
		if ref, ok := b.Instrs[i].(*ssa.DebugRef); ok && ref.X == v && !ref.IsAddr {
			return ref.Expr
		}
	}
	return nil
}

// refOf returns the expression of a debug reference of v in its function.
func refOf(v ssa.Value) ast.Expr {
	fn := v.Parent()
	if fn == nil {
		return nil
	}
	for _, b := range fn.Blocks {
		if e := refBefore(b, v); e != nil {
			return e
		}
	}
	return nil
}
