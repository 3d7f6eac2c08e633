package jwtverify

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

// Verify-then-re-read across packages (issue pattern 4). An exported
// function F that decodes its parameter i unverified and uses the claims,
// and that nothing in its own package calls, is not reported: whether the
// string was verified is known only to its callers. F gets a fact with
// Reread = i+1, and each call of F in another package is checked like an
// unverified parse of argument i whose claims are used at the call: silent
// when the caller verified that argument first, or verifies it afterwards
// (F peeked), with the rules of excusePeek; otherwise reported at the call,
// naming F's parse as a related location. A caller that passes its own
// parameter on is treated like F: held back when unexported (see
// reportRereads), given the fact in turn when exported and called nowhere
// in its package.

// rereadSites returns the calls, among calls, of functions of other
// packages with a Reread fact, bound as unverified parses whose claims are
// used at the call.
func (a *analyzer) rereadSites(sc *fnScope, calls []inspector.Cursor) []*site {
	var sites []*site
	for _, cur := range calls {
		sp := a.rereadSpec(a.callee(sc, cur.Node().(*ast.CallExpr)))
		if sp == nil {
			continue
		}
		s := a.bind(sc, cur, sp)
		s.reread = true
		s.uses = append(s.uses, cur)
		sites = append(sites, s)
	}
	return sites
}

// calledNowhere reports whether fn, an exported function, is referred to
// nowhere in its package outside test files, is not in a test file or a
// main package (whose functions no other package calls), and the parse s
// inside it does not return its claims (the wrapper fact's business): its
// re-read is left to its callers in other packages.
func (a *analyzer) calledNowhere(fn *types.Func, s *site) bool {
	if a.pass.Pkg.Name() == "main" || s.returned != nil || len(s.returns) > 0 || astutil.InTestFile(a.pass, fn.Pos()) || !a.rawParam(s) {
		return false
	}
	if a.pkgRefs == nil {
		a.pkgRefs = make(map[*types.Func]int)
		for cur := range a.insp.Root().Preorder((*ast.Ident)(nil)) {
			id := cur.Node().(*ast.Ident)
			if astutil.InTestFile(a.pass, id.Pos()) {
				continue
			}
			if f, ok := a.pass.TypesInfo.Uses[id].(*types.Func); ok && f.Pkg() == a.pass.Pkg {
				a.pkgRefs[f.Origin()]++
			}
		}
	}
	return a.pkgRefs[fn] == 0
}

// withReread adds to the function's fact f (nil if none) the Reread of the
// earliest parse whose re-read is left to the callers in other packages
// (see rereadParam).
func (a *analyzer) withReread(sc *fnScope, sites []*site, f *parseFact) *parseFact {
	var first *site
	param := -1
	for _, s := range sites {
		fn, i := a.rereadParam(sc, s)
		if fn == nil || !fn.Exported() {
			continue
		}
		if first == nil || s.call.Pos() < first.call.Pos() {
			first, param = s, i
		}
	}
	if first == nil {
		return f
	}
	if f == nil {
		f = &parseFact{Result: -1, Err: -1, Input: -1, Dest: -1}
	}
	at := new(parseFact)
	a.setCall(sc, first, at)
	f.Reread, f.RereadOrigin = param+1, first.spec.origin
	f.RereadLine, f.RereadCol, f.RereadName = at.CallLine, at.CallCol, at.CallName
	return f
}

// reportAny reports a parse site, or a call of a re-reading function.
func (a *analyzer) reportAny(sc *fnScope, s *site, all []*site) {
	if s.reread {
		a.reportReread(s)
		return
	}
	a.reportSite(sc, s, all)
}

// reportReread reports a call of a function that re-reads its argument
// unverified, when the caller has not verified it (the caller's checks have
// cleared s.uses otherwise).
func (a *analyzer) reportReread(s *site) {
	if len(s.uses) == 0 || s.peek {
		return
	}
	suppress.Report(a.pass, analysis.Diagnostic{
		Pos: s.call.Pos(), End: s.call.End(),
		Message: a.msgName(s.spec) + " reads the claims of its token argument unverified, and this token is not verified here; verify it before the call",
		Related: a.wrappedAt(s.spec),
	})
}

// rawParam reports whether the parse s reads a parameter holding the raw
// token itself, a string or []byte (possibly converted): not a value it is
// computed from (bearer(r) of a request r), which the callers cannot
// verify.
func (a *analyzer) rawParam(s *site) bool {
	if s.spec.Input < 0 || s.spec.Input >= len(s.call.Args) {
		return false
	}
	e := ast.Unparen(s.call.Args[s.spec.Input])
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := a.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
			e = ast.Unparen(call.Args[0]) // []byte(raw)
		}
	}
	v, ok := a.objOf(identOf(e)).(*types.Var)
	if !ok {
		return false
	}
	if isString(v.Type()) {
		return true
	}
	sl, ok := types.Unalias(v.Type()).Underlying().(*types.Slice)
	return ok && types.Identical(sl.Elem(), types.Typ[types.Byte])
}

// preFilter reports whether the re-reading call s only pre-filters the
// token: the function re-reading it answers only yes or no (a bool, and
// perhaps an error), that answer is used only as an "if !ok" guard that
// leaves the function, and after that guard the token (the variable its
// argument is read from) is handed to a call of the program whose error
// is checked and leaves the function too. The unverified read can then
// only reject a token; accepting it is up to the code it is handed to
// (an introspection, a verification of an unmodelled library), as in a
// peek-then-verify.
func (a *analyzer) preFilter(sc *fnScope, s *site) bool {
	fn := a.callee(sc, s.call)
	if fn == nil || s.spec.Input < 0 || s.spec.Input >= len(s.call.Args) {
		return false
	}
	res := fn.Signature().Results()
	yes := -1
	for i := 0; i < res.Len(); i++ {
		switch t := res.At(i).Type(); {
		case isBool(t) && yes < 0:
			yes = i
		case isErrorType(t):
		default:
			return false
		}
	}
	if yes < 0 {
		return false
	}
	root := a.rootVar(s.call.Args[s.spec.Input])
	if root == nil {
		return false
	}
	guard := a.rejectGuard(sc, s, yes, res.Len())
	if guard == nil {
		return false
	}
	for cur := range sc.cur.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if call.Pos() < guard.End() {
			continue
		}
		callee := a.callee(sc, call)
		if callee == nil || model.ChecksNoArgument(callee) || callee.Pkg() != a.pass.Pkg && model.IsStdLib(callee) {
			continue
		}
		for _, arg := range call.Args {
			if a.mentions(arg, root) && a.errLeaves(cur) {
				return true
			}
		}
	}
	return false
}

// rootVar returns the variable an expression is read from: x of x,
// x.f.g, x.m().
func (a *analyzer) rootVar(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := a.objOf(x).(*types.Var)
			if v == nil || v.IsField() || v.Parent() == a.pass.Pkg.Scope() {
				return nil
			}
			return v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok || len(x.Args) > 0 {
				return nil
			}
			e = sel.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// mentions reports whether e uses v.
func (a *analyzer) mentions(e ast.Expr, v *types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && a.pass.TypesInfo.Uses[id] == v {
			found = true
		}
		return !found
	})
	return found
}

// rejectGuard returns the if statement that leaves the function when the
// bool result yes (of nres results) of the call s is false, when that is
// the only use of the result: if !f(x) { return }, or if ok, err = f(x);
// !ok { return } with ok read nowhere else.
func (a *analyzer) rejectGuard(sc *fnScope, s *site, yes, nres int) *ast.IfStmt {
	up := func(c inspector.Cursor) inspector.Cursor {
		p := c.Parent()
		for {
			if _, ok := p.Node().(*ast.ParenExpr); !ok {
				return p
			}
			p = p.Parent()
		}
	}
	leaves := func(c inspector.Cursor) *ast.IfStmt {
		// c is the operand of a ! that is an if's condition, whose body
		// leaves.
		pu := up(c)
		u, ok := pu.Node().(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			return nil
		}
		ifs, ok := up(pu).Node().(*ast.IfStmt)
		if !ok || ast.Unparen(ifs.Cond) != u || !a.terminates(ifs.Body) {
			return nil
		}
		return ifs
	}
	if nres == 1 {
		if g := leaves(s.cur); g != nil {
			return g
		}
	}
	lhs, rhs := astutil.AssignPairs(up(s.cur).Node())
	if len(rhs) != 1 || len(lhs) != nres {
		return nil
	}
	v, _ := a.objOf(identOf(lhs[yes])).(*types.Var)
	if v == nil {
		return nil
	}
	result := -1
	if nres > 1 {
		result = yes
	}
	var guard *ast.IfStmt
	for _, use := range a.usesOf(sc, taintedVar{v, s.call, result}) {
		if p, ok := use.Parent().Node().(*ast.AssignStmt); ok && slices.Contains(p.Lhs, ast.Expr(use.Node().(*ast.Ident))) {
			continue // ok, err = ... assigns it
		}
		g := leaves(use)
		if g == nil || g.Cond.Pos() < s.call.End() {
			return nil
		}
		if guard == nil {
			guard = g
		}
	}
	return guard
}

// errLeaves reports whether the error result of the call at cur is
// checked where it is made and leaves the function on failure: if err :=
// f(x); err != nil { return }, v, err := f(x) followed by if err != nil {
// return }, or if f(x) != nil { return }.
func (a *analyzer) errLeaves(cur inspector.Cursor) bool {
	call := cur.Node().(*ast.CallExpr)
	sig, _ := a.pass.TypesInfo.TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return false
	}
	failLeaves := func(ifs *ast.IfStmt, err types.Object, direct ast.Expr) bool {
		b, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || b.Op != token.NEQ || !a.terminates(ifs.Body) {
			return false
		}
		for _, x := range []ast.Expr{b.X, b.Y} {
			if isNil(a.pass.TypesInfo, x) {
				continue
			}
			if direct != nil && ast.Unparen(x) == direct {
				return true
			}
			if id := identOf(x); err != nil && id != nil && a.objOf(id) == err {
				return true
			}
		}
		return false
	}
	p := cur.Parent()
	switch pn := p.Node().(type) {
	case *ast.BinaryExpr: // if f(x) != nil { return }
		ifs, ok := p.Parent().Node().(*ast.IfStmt)
		return ok && sig.Results().Len() == 1 && failLeaves(ifs, nil, call)
	case *ast.AssignStmt:
		if len(pn.Rhs) != 1 || len(pn.Lhs) != sig.Results().Len() {
			return false
		}
		err := a.objOf(identOf(pn.Lhs[len(pn.Lhs)-1]))
		if err == nil {
			return false
		}
		if ifs, ok := p.Parent().Node().(*ast.IfStmt); ok && ifs.Init == pn {
			return failLeaves(ifs, err, nil)
		}
		block, ok := p.Parent().Node().(*ast.BlockStmt)
		if !ok {
			return false
		}
		for i, st := range block.List {
			if st == pn && i+1 < len(block.List) {
				ifs, ok := block.List[i+1].(*ast.IfStmt)
				return ok && ifs.Init == nil && failLeaves(ifs, err, nil)
			}
		}
	}
	return false
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
