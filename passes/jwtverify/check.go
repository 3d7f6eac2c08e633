package jwtverify

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

// fnScope is one function (declaration or literal) being checked.
type fnScope struct {
	cur  inspector.Cursor
	node ast.Node // *ast.FuncDecl or *ast.FuncLit
	sig  *types.Signature
	// uses maps each local variable to the identifiers that use it;
	// idents maps each of those identifiers to its cursor. Built on first
	// use (index): most functions parse nothing.
	uses   map[types.Object][]inspector.Cursor
	idents map[*ast.Ident]inspector.Cursor
}

// index builds uses and idents.
func (sc *fnScope) index(info *types.Info) {
	if sc.idents != nil {
		return
	}
	sc.uses = make(map[types.Object][]inspector.Cursor)
	sc.idents = make(map[*ast.Ident]inspector.Cursor)
	for cur := range sc.cur.Preorder((*ast.Ident)(nil)) {
		n := cur.Node().(*ast.Ident)
		if v, ok := info.Uses[n].(*types.Var); ok && !v.IsField() {
			sc.uses[v] = append(sc.uses[v], cur)
			sc.idents[n] = cur
		}
	}
}

// varUses returns the identifiers using each local variable.
func (sc *fnScope) varUses(info *types.Info) map[types.Object][]inspector.Cursor {
	sc.index(info)
	return sc.uses
}

// identCursor returns the cursor of an identifier using a local variable.
func (sc *fnScope) identCursor(info *types.Info, id *ast.Ident) (inspector.Cursor, bool) {
	sc.index(info)
	cur, ok := sc.idents[id]
	return cur, ok
}

// site is one call of a parse function inside a fnScope.
type site struct {
	call   *ast.CallExpr
	cur    inspector.Cursor
	spec   *spec
	kind   model.Kind // effective kind, options considered
	errObj types.Object
	// errDiscarded: the error result exists and is thrown away.
	errDiscarded bool
	// errInline: the call is the error, compared with nil where it is
	// made (if tok.Claims(k, &c) == nil).
	errInline bool
	sc        *fnScope
	flags     map[types.Object]bool // successFlag's answers
	// tainted are the variables holding the token, message or claims;
	// order lists them in the order they were found, with the expression
	// whose value they hold (see taint).
	tainted map[types.Object]model.Value
	order   []taintedVar
	// uses are the places that trust the token or claims.
	uses []inspector.Cursor
	// returned is set when the function returns the result to its caller:
	// the fact to export; returns are where (unverified parses only).
	returned *parseFact
	returns  []inspector.Cursor
	// failPath, for an unverified parse whose input is verified in the
	// same function, is that verification: the uses left are on a path
	// where it failed or has not run.
	failPath *site
	// peek: an unverified parse whose input is verified afterwards.
	peek bool
	// mixed: the result variable is also assigned from something other
	// than an unverified parse (if insecure { v = unverified } else { v =
	// verified }): whether it is verified depends on a condition.
	mixed bool
	// reread: a call of another package's function with a Reread fact,
	// an unverified parse of its argument whose claims are used (the call
	// itself is the use; see rereadSpec).
	reread bool
}

// funcFact returns the fact the function deserves: it returns a parse's
// result, or it verifies one of its parameters.
func (a *analyzer) funcFact(sc *fnScope, sites []*site) *parseFact {
	for _, s := range sites {
		if s.returned != nil {
			f := *s.returned
			f.Input = a.paramIndex(sc, a.inputOf(s))
			a.setCall(sc, s, &f)
			return &f
		}
	}
	if _, ok := sc.node.(*ast.FuncDecl); !ok {
		return nil
	}
	for _, s := range sites {
		if f := a.destFact(sc, s); f != nil {
			return f
		}
	}
	for _, s := range sites {
		if (s.kind != model.Verified && s.kind != model.VerifyOnly) || s.errDiscarded {
			continue
		}
		if i := a.paramIndex(sc, a.inputOf(s)); i >= 0 {
			f := &parseFact{Kind: model.VerifyOnly, Result: -1, Err: -1, Input: i, Dest: -1, Origin: s.spec.origin, Family: s.spec.family}
			a.setCall(sc, s, f)
			return f
		}
	}
	return nil
}

// destFact returns the fact of a function that decodes claims unverified
// into a pointer its caller passed (go-jose
// tok.UnsafeClaimsWithoutVerification(out) with out a parameter) and does
// not use them itself: its callers' variables are the claims.
func (a *analyzer) destFact(sc *fnScope, s *site) *parseFact {
	if s.kind != model.Unverified || s.peek || len(s.uses) > 0 || s.returned != nil || sc.sig == nil {
		return nil
	}
	sig, _ := a.pass.TypesInfo.TypeOf(s.call.Fun).Underlying().(*types.Signature)
	if sig == nil {
		return nil
	}
	for _, d := range s.spec.Dests {
		end := d + 1
		if sig.Variadic() && d == sig.Params().Len()-1 {
			end = len(s.call.Args)
		}
		for j := d; j < end && j < len(s.call.Args); j++ {
			i := a.paramIndex(sc, a.objOf(identOf(s.call.Args[j])))
			if i < 0 {
				continue
			}
			errIdx := -1
			if res := sc.sig.Results(); res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()) {
				errIdx = res.Len() - 1
			}
			f := &parseFact{Kind: model.Unverified, Result: -1, Value: model.ClaimsValue, Err: errIdx, Input: a.paramIndex(sc, a.inputOf(s)), Dest: i,
				Origin: s.spec.origin, Fix: s.spec.Fix, Family: s.spec.family}
			a.setCall(sc, s, f)
			return f
		}
	}
	return nil
}

// setCall records in f where the function calls the parse it wraps,
// relative to the function's name.
func (a *analyzer) setCall(sc *fnScope, s *site, f *parseFact) {
	decl, ok := sc.node.(*ast.FuncDecl)
	if !ok {
		return
	}
	tf := a.pass.Fset.File(decl.Name.Pos())
	if tf == nil || a.pass.Fset.File(s.call.Pos()) != tf {
		return
	}
	f.CallLine = tf.Line(s.call.Pos()) - tf.Line(decl.Name.Pos())
	f.CallCol = int(s.call.Pos()-tf.LineStart(tf.Line(s.call.Pos()))) + 1
	f.CallName = s.spec.short
}

// paramIndex returns the index of obj among the scope function's
// parameters, or -1.
func (a *analyzer) paramIndex(sc *fnScope, obj types.Object) int {
	if obj == nil || sc.sig == nil {
		return -1
	}
	for i := 0; i < sc.sig.Params().Len(); i++ {
		if sc.sig.Params().At(i) == obj {
			return i
		}
	}
	return -1
}

// checkFunc checks one function and returns the parse fact it deserves, if
// any. It reports only when report is set.
func (a *analyzer) checkFunc(fcur inspector.Cursor, report bool) *parseFact {
	sc := &fnScope{cur: fcur, node: fcur.Node()}
	switch n := fcur.Node().(type) {
	case *ast.FuncDecl:
		if fn, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			sc.sig = fn.Signature()
		}
	case *ast.FuncLit:
		sc.sig, _ = a.pass.TypesInfo.TypeOf(n).(*types.Signature)
	}
	var calls []inspector.Cursor
	for cur := range fcur.Preorder((*ast.CallExpr)(nil)) {
		calls = append(calls, cur)
	}

	var sites []*site
	for _, cur := range calls {
		call := cur.Node().(*ast.CallExpr)
		sp := a.specOf(a.callee(sc, call))
		if sp == nil {
			continue
		}
		sites = append(sites, a.bind(sc, cur, sp))
	}
	sites = append(sites, a.rereadSites(sc, calls)...)
	// An unverified parse whose input is verified in the same function is
	// a peek, and one whose input came straight from the token endpoint is
	// trusted through TLS: neither reports nor makes the function a parse
	// wrapper.
	for _, s := range sites {
		if s.kind != model.Unverified {
			continue
		}
		if s.mixed || a.fromTokenEndpoint(sc, s) || a.ownToken(sc, s) || a.receivedForRefresh(sc, s) {
			s.uses, s.returned, s.peek = nil, nil, true
		} else {
			a.excusePeek(sc, s, sites)
		}
		if s.reread && len(s.uses) > 0 && s.failPath == nil && a.preFilter(sc, s) {
			s.uses, s.peek = nil, true
		}
	}
	fact := a.withReread(sc, sites, a.funcFact(sc, sites))
	if !report || astutil.InTestFile(a.pass, fcur.Node().Pos()) || astutil.TakesTesting(sc.sig) {
		return fact
	}
	for _, s := range sites {
		if fn, i := a.rereadParam(sc, s); fn != nil {
			if fn.Exported() {
				continue // its callers in other packages are checked (withReread)
			}
			a.rereads = append(a.rereads, reread{fn: fn, param: i, report: func() { a.reportAny(sc, s, sites) }})
			continue
		}
		a.reportAny(sc, s, sites)
	}
	a.noteCalls(sc, sites)
	a.noteOIDCProbe(sc, sites)
	return fact
}

// rereadParam returns, for an unverified parse that would be reported and
// whose input is a parameter of an unexported function (not a method), the
// function and the parameter's index: if every caller verified the string
// before passing it on, the parse only re-reads verified claims. It does
// the same for an exported function that nothing in its package outside
// test files refers to, whose parse's claims are not returned: its callers
// are in other packages, which the function's Reread fact tells to check
// their argument (see withReread).
func (a *analyzer) rereadParam(sc *fnScope, s *site) (*types.Func, int) {
	if s.kind != model.Unverified || s.peek || len(s.uses) == 0 || s.failPath != nil {
		return nil, -1
	}
	decl, ok := sc.node.(*ast.FuncDecl)
	if !ok || decl.Recv != nil {
		return nil, -1
	}
	fn, _ := a.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	i := a.paramIndex(sc, a.inputOf(s))
	if fn == nil || i < 0 {
		return nil, -1
	}
	if decl.Name.IsExported() && !a.calledNowhere(fn, s) {
		return nil, -1
	}
	return fn, i
}

// noteCalls records, for each call in the scope of an unexported function of
// the package, which arguments the caller verifies: before the call, on its
// path (a verifying parse, or a helper that verifies its parameter, of the
// same variable whose success the call depends on), or after it (the
// callee peeked).
func (a *analyzer) noteCalls(sc *fnScope, sites []*site) {
	info := a.pass.TypesInfo
	for cur := range sc.cur.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil || fn.Pkg() != a.pass.Pkg || fn.Exported() || fn.Signature().Recv() != nil {
			continue
		}
		verified := make(map[int]bool)
		for j, arg := range call.Args {
			id := identOf(arg)
			if id == nil {
				continue
			}
			obj := a.objOf(id)
			for _, o := range sites {
				if (o.kind != model.Verified && o.kind != model.VerifyOnly) || o.errDiscarded || obj == nil || a.inputOf(o) != obj {
					continue
				}
				// Verified before the call, on its path, or after it: the
				// callee only peeked (issuer or kid read to choose the
				// key of that verification).
				if a.succeededBefore(sc, o, cur) || o.call.Pos() >= call.End() {
					verified[j] = true
					break
				}
			}
		}
		a.calls[fn.Origin()] = append(a.calls[fn.Origin()], verified)
	}
}

// reportRereads reports the held-back findings of functions that read a
// parameter unverified, unless the function is only ever called, in this
// package, with that argument verified by the caller, first or afterwards.
func (a *analyzer) reportRereads() {
	if len(a.rereads) == 0 {
		return
	}
	refs := make(map[*types.Func]int)
	for cur := range a.insp.Root().Preorder((*ast.Ident)(nil)) {
		if fn, ok := a.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)].(*types.Func); ok && fn.Pkg() == a.pass.Pkg {
			refs[fn.Origin()]++
		}
	}
	for _, r := range a.rereads {
		calls := a.calls[r.fn]
		ok := len(calls) > 0 && len(calls) == refs[r.fn]
		for _, verified := range calls {
			ok = ok && verified[r.param]
		}
		if !ok {
			r.report()
		}
	}
}

// noteOIDCProbe records functions whose go-oidc verifications all discard the
// token: there an InsecureSkipSignatureCheck verifier only asks whether the
// string has the shape of a JWT, and trusts nothing in it.
func (a *analyzer) noteOIDCProbe(sc *fnScope, sites []*site) {
	n := 0
	for _, s := range sites {
		if !model.ProbesWithInsecureVerifier(s.spec.family) || s.kind != model.Verified {
			continue
		}
		if len(s.uses) > 0 || s.returned != nil || len(s.tainted) > 0 {
			return
		}
		n++
	}
	if n > 0 {
		a.oidcProbes[sc.node] = true
	}
}

// callee resolves the function a call invokes, following a local variable
// bound once to a function or method value.
func (a *analyzer) callee(sc *fnScope, call *ast.CallExpr) *types.Func {
	switch obj := typeutil.Callee(a.pass.TypesInfo, call).(type) {
	case *types.Func:
		return obj
	case *types.Var:
		var found *types.Func
		n := 0
		for cur := range sc.cur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			lhs, rhs := astutil.AssignPairs(cur.Node())
			for i, l := range lhs {
				id, ok := l.(*ast.Ident)
				if !ok || i >= len(rhs) || a.objOf(id) != obj {
					continue
				}
				n++
				found = a.funcOf(rhs[i])
			}
		}
		if n == 1 {
			return found
		}
	}
	return nil
}

// funcOf returns the function an expression names: f, pkg.F, x.Method.
func (a *analyzer) funcOf(e ast.Expr) *types.Func {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := a.pass.TypesInfo.Uses[e].(*types.Func)
		return fn
	case *ast.SelectorExpr:
		if sel := a.pass.TypesInfo.Selections[e]; sel != nil {
			fn, _ := sel.Obj().(*types.Func)
			return fn
		}
		fn, _ := a.pass.TypesInfo.Uses[e.Sel].(*types.Func)
		return fn
	case *ast.IndexExpr: // generic instantiation f[T]
		return a.funcOf(e.X)
	case *ast.IndexListExpr:
		return a.funcOf(e.X)
	}
	return nil
}

func (a *analyzer) objOf(id *ast.Ident) types.Object {
	if id == nil || id.Name == "_" {
		return nil
	}
	if obj := a.pass.TypesInfo.Defs[id]; obj != nil {
		return obj
	}
	return a.pass.TypesInfo.Uses[id]
}

// bind works out where a parse call's results go and which variables carry
// the token or claims, then follows them to their uses.
func (a *analyzer) bind(sc *fnScope, cur inspector.Cursor, sp *spec) *site {
	call := cur.Node().(*ast.CallExpr)
	s := &site{call: call, cur: cur, spec: sp, kind: sp.Kind, tainted: make(map[types.Object]model.Value), sc: sc}
	if sp.Options != model.NoOptions {
		s.kind = a.optionsKind(sc, call, sp)
	}

	// The call's results.
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	sig, _ := a.pass.TypesInfo.TypeOf(call.Fun).Underlying().(*types.Signature)
	nres := 0
	if sig != nil {
		nres = sig.Results().Len()
	}
	switch p := parent.Node().(type) {
	case *ast.AssignStmt, *ast.ValueSpec:
		lhs, rhs := astutil.AssignPairs(p)
		var results []ast.Expr
		if len(rhs) == 1 && len(lhs) == nres {
			results = lhs
		} else if len(lhs) == len(rhs) {
			for i, r := range rhs {
				if ast.Unparen(r) == call {
					results = []ast.Expr{lhs[i]}
				}
			}
		}
		if len(results) == nres {
			if sp.Result >= 0 && sp.Result < len(results) {
				if obj := a.objOf(identOf(results[sp.Result])); obj != nil {
					if nres > 1 {
						s.taint(obj, sp.Value, call, sp.Result)
					} else {
						s.taint(obj, sp.Value, call, -1)
					}
					s.mixed = a.assignedOtherwise(sc, obj, p)
				}
			}
			if sp.Err >= 0 && sp.Err < len(results) {
				if id := identOf(results[sp.Err]); id != nil && id.Name == "_" {
					s.errDiscarded = true
				} else {
					s.errObj = a.objOf(id)
				}
			}
		}
	case *ast.ExprStmt:
		s.errDiscarded = sp.Err >= 0
	case *ast.ReturnStmt:
		if len(p.Results) == 1 && sp.Result >= 0 && a.returnsFromScope(sc, parent) {
			s.returned = a.factFor(sc, sp, s.kind, sp.Result, sp.Err, sp.Value)
			if s.returned != nil {
				s.returns = append(s.returns, cur)
			}
		}
	case *ast.BinaryExpr:
		if nres == 1 && sp.Err == 0 && (p.Op == token.EQL || p.Op == token.NEQ) && (isNil(a.pass.TypesInfo, p.X) || isNil(a.pass.TypesInfo, p.Y)) {
			s.errInline = true
		}
	default:
		// The result is used directly in an expression: a trusting use.
		if nres == 1 && sp.Result == 0 {
			a.addUse(sc, s, cur)
		}
	}

	// Claims destinations.
	if sig != nil {
		for _, d := range sp.Dests {
			args := call.Args
			if d >= len(args) {
				continue
			}
			end := d + 1
			if sig.Variadic() && d == sig.Params().Len()-1 {
				end = len(args)
			}
			for _, dest := range args[d:end] {
				arg := ast.Unparen(dest)
				if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
					arg = ast.Unparen(u.X)
				}
				if id, ok := arg.(*ast.Ident); ok {
					if obj := a.objOf(id); obj != nil {
						s.taint(obj, model.ClaimsValue, dest, -1)
					}
				}
			}
		}
	}

	a.follow(sc, s)
	return s
}

// taintedVar is a variable holding the parse's value: the value of
// expression expr (its result of index result, for a call or a comma-ok
// type assertion with several; -1 for a single value).
type taintedVar struct {
	obj    types.Object
	expr   ast.Expr
	result int
}

// taint records that obj holds the parse's value v, the value of expr
// (its result of index result: see taintedVar), unless it already does.
func (s *site) taint(obj types.Object, v model.Value, expr ast.Expr, result int) {
	if _, seen := s.tainted[obj]; seen {
		return
	}
	s.tainted[obj] = v
	s.order = append(s.order, taintedVar{obj, expr, result})
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// assignedOtherwise reports whether obj is assigned, in the scope function
// and by a statement other than stmt, a value that does not come from an
// unverified parse.
func (a *analyzer) assignedOtherwise(sc *fnScope, obj types.Object, stmt ast.Node) bool {
	for cur := range sc.cur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		if cur.Node() == stmt {
			continue
		}
		lhs, rhs := astutil.AssignPairs(cur.Node())
		for i, l := range lhs {
			if a.objOf(identOf(l)) != obj || len(rhs) == 0 {
				continue
			}
			r := rhs[0]
			if len(rhs) == len(lhs) {
				r = rhs[i]
			}
			call, ok := ast.Unparen(r).(*ast.CallExpr)
			if !ok {
				return true
			}
			if sp := a.specOf(a.callee(sc, call)); sp == nil || sp.Kind != model.Unverified {
				return true
			}
		}
	}
	return false
}

// returnsFromScope reports whether the return statement at cur returns from
// the scope's own function (not from a nested function literal).
func (a *analyzer) returnsFromScope(sc *fnScope, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c.Node() == sc.node
	}
	return false
}

// factFor builds the fact of a function that returns a parse result at index
// result (and its error at index errIdx, or -1).
func (a *analyzer) factFor(sc *fnScope, sp *spec, kind model.Kind, result, errIdx int, value model.Value) *parseFact {
	if _, ok := sc.node.(*ast.FuncDecl); !ok || sc.sig == nil || result >= sc.sig.Results().Len() {
		return nil
	}
	if kind == model.Verified && errIdx < 0 {
		return nil
	}
	return &parseFact{Kind: kind, Result: result, Value: value, Err: errIdx, Dest: -1, Origin: sp.origin, Fix: sp.Fix, Family: sp.family}
}

// follow propagates the taint of s through assignments and collects the
// trusting uses. The flow engine says where the value each tainted
// variable got goes (flow.Result.UsesOf: the identifiers denoting it,
// through copies, phis and closures), and classify judges each on the
// syntax; where the engine kept no SSA for the function (a package it
// does not follow), the variable's uses are its identifiers.
func (a *analyzer) follow(sc *fnScope, s *site) {
	// The tainted variables are followed in the order they were found
	// (source order within each step), so that the uses and the position
	// reported are the same run after run.
	done := make(map[*ast.Ident]bool)
	for i := 0; i < len(s.order); i++ {
		next := s.order[i]
		for _, use := range a.usesOf(sc, next) {
			id := use.Node().(*ast.Ident)
			if use.Node().Pos() < s.call.End() || done[id] {
				continue // before the parse: an earlier value of the variable
			}
			done[id] = true
			a.classify(sc, s, use, s.tainted[next.obj])
		}
	}
}

// usesOf returns the identifiers of the function that denote the value
// the tainted variable v holds, in source order: those the flow engine
// finds (see follow), else every use of the variable.
func (a *analyzer) usesOf(sc *fnScope, v taintedVar) []inspector.Cursor {
	if a.flow == nil || v.expr == nil || isPackageLevel(v.obj) {
		return sc.varUses(a.pass.TypesInfo)[v.obj]
	}
	var uses []flow.Use
	ok := false
	if v.result >= 0 {
		uses, ok = a.flow.ResultUsesOf(nil, v.expr, v.result)
	} else {
		uses, ok = a.flow.UsesOf(nil, v.expr)
	}
	if !ok {
		return sc.varUses(a.pass.TypesInfo)[v.obj]
	}
	var out []inspector.Cursor
	for _, u := range uses {
		id, isIdent := u.Expr.(*ast.Ident)
		if u.Kind != flow.UseRef || !isIdent {
			continue
		}
		if cur, ok := sc.identCursor(a.pass.TypesInfo, id); ok {
			out = append(out, cur)
		}
	}
	return out
}

// classify decides what a use of a tainted variable does: read the header,
// pass the value on to another variable or to the caller, or trust it.
func (a *analyzer) classify(sc *fnScope, s *site, use inspector.Cursor, value model.Value) {
	info := a.pass.TypesInfo
	top := use
	derived := value
	for {
		p := top.Parent()
		switch pn := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			top = p
			continue
		case *ast.TypeAssertExpr:
			if pn.X == top.Node() {
				top = p
				continue
			}
		case *ast.IndexExpr:
			// claims["sub"] tested for presence only: not a use.
			if pn.X == top.Node() && derived == model.ClaimsValue && a.presenceOnly(sc, p) {
				return
			}
		case *ast.SelectorExpr:
			if pn.X == top.Node() {
				switch model.SelectionAccess(info.TypeOf(pn.X), pn.Sel.Name) {
				case model.HeaderAccess, model.ValidityGuard, model.CheckAccess:
					return
				}
				if derived == model.ClaimsValue && isValidateMethod(info, pn) {
					return // claims.Valid(), claims.Validate(...): checked, not trusted
				}
				if derived == model.ClaimsValue {
					// Reading a claim (rc.Subject, tok.Subject()) trusts it,
					// unless it is only tested for presence
					// (rc.Issuer == "") before verification.
					if !a.comparedToZero(p) {
						a.addUse(sc, s, p)
					}
					return
				}
				// tok.Claims, msg.Payload: the claims themselves.
				derived = model.ClaimsValue
				top = p
				continue
			}
		}
		break
	}

	p := top.Parent()
	switch pn := p.Node().(type) {
	case *ast.AssignStmt, *ast.ValueSpec:
		lhs, rhs := astutil.AssignPairs(pn)
		for i, l := range lhs {
			if l == top.Node() {
				return // overwritten
			}
			_ = i
		}
		for i, r := range rhs {
			if r != top.Node() {
				continue
			}
			target := ast.Expr(nil)
			if len(lhs) == len(rhs) {
				target = lhs[i]
			} else if len(rhs) == 1 && len(lhs) == 2 { // v, ok := x.(T)
				target = lhs[0]
			}
			if id := identOf(target); id != nil {
				if obj := a.objOf(id); obj != nil {
					if _, ok := obj.(*types.Var); ok && !isPackageLevel(obj) {
						result := -1
						if len(lhs) != len(rhs) {
							result = 0 // v, ok := x.(T)
						}
						s.taint(obj, derived, r, result)
						return
					}
				}
				if id.Name == "_" {
					return
				}
			}
		}
	case *ast.BinaryExpr:
		if (pn.Op == token.EQL || pn.Op == token.NEQ) && (isNil(info, pn.X) || isNil(info, pn.Y)) {
			return
		}
	case *ast.UnaryExpr:
		if pn.Op == token.AND {
			if a.isDestOfVerified(p) {
				return
			}
		}
	case *ast.CallExpr:
		if a.isDestOfVerified(top) {
			return
		}
		if b, ok := typeutil.Callee(info, pn).(*types.Builtin); ok && b.Name() == "delete" {
			return // delete(claims, "iss"): dropped, not trusted
		}
		if fn, _ := typeutil.Callee(info, pn).(*types.Func); fn != nil && model.IsClaimsCheck(fn) && pn.Fun != top.Node() {
			return // validated, not trusted
		}
	case *ast.ReturnStmt:
		if a.returnsFromScope(sc, p) {
			idx := -1
			errIdx := -1
			for i, r := range pn.Results {
				if r == top.Node() {
					idx = i
				} else if id := identOf(r); id != nil && s.errObj != nil && a.objOf(id) == s.errObj {
					errIdx = i
				}
			}
			if s.kind == model.Unverified {
				if f := a.factFor(sc, s.spec, model.Unverified, idx, errIdx, derived); f != nil {
					if s.returned == nil {
						s.returned = f
					}
					s.returns = append(s.returns, top)
					return
				}
			} else if errIdx >= 0 {
				if f := a.factFor(sc, s.spec, model.Verified, idx, errIdx, derived); f != nil && s.returned == nil {
					s.returned = f
				}
				return
			}
		}
	}
	a.addUse(sc, s, top)
}

// addUse records a trusting use of the claims at cur, unless they are only
// displayed there (see displayed).
func (a *analyzer) addUse(sc *fnScope, s *site, cur inspector.Cursor) {
	if !a.displayed(sc, s, cur) {
		s.uses = append(s.uses, cur)
	}
}

// displayed reports whether the value at cur is only shown: printed or
// logged, put into an error message, written back to the requester
// (model.Printer), directly or through a formatter (fmt.Sprintf,
// slog.String, logger.With). A formatter's result stored in a local
// variable is followed like the claims. Anything else (a branch condition,
// an argument of another function, a value stored or returned) decides.
func (a *analyzer) displayed(sc *fnScope, s *site, cur inspector.Cursor) bool {
	info := a.pass.TypesInfo
	top := cur
	formatted := false
	for {
		p := top.Parent()
		switch pn := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
			top = p
			continue
		case *ast.IndexExpr:
			if pn.X == top.Node() {
				top = p // claims["sub"]
				continue
			}
		case *ast.TypeAssertExpr, *ast.KeyValueExpr:
			top = p
			continue
		case *ast.SelectorExpr:
			if pn.X != top.Node() {
				return false
			}
			// The receiver of a printer or formatter method
			// (logger.With(...).Info(...)), or a field of the claims
			// (c.Subject).
			if call, ok := p.Parent().Node().(*ast.CallExpr); ok && call.Fun == pn {
				fn, _ := typeutil.Callee(info, call).(*types.Func)
				switch model.LookupDisplay(fn) {
				case model.Printer:
					return true
				case model.Formatter:
					top, formatted = p.Parent(), true
					continue
				}
				return false
			}
			top = p
			continue
		case *ast.BinaryExpr:
			if pn.Op == token.ADD && isString(info.TypeOf(pn)) {
				top, formatted = p, true // "sub=" + sub
				continue
			}
		case *ast.CompositeLit:
			if isString(elemType(info.TypeOf(pn))) || isInterface(elemType(info.TypeOf(pn))) {
				top = p // []any{sub}, log fields
				continue
			}
		case *ast.CallExpr:
			if pn.Fun == top.Node() {
				return false
			}
			if tv, ok := info.Types[pn.Fun]; ok && tv.IsType() {
				top = p // []byte(sub), string(b)
				continue
			}
			fn, _ := typeutil.Callee(info, pn).(*types.Func)
			switch model.LookupDisplay(fn) {
			case model.Printer:
				return true
			case model.Formatter:
				top, formatted = p, true
				continue
			}
			return false
		case *ast.AssignStmt, *ast.ValueSpec:
			if !formatted {
				return false // a claim stored: a use, as before
			}
			// A formatted value stored: follow the variable (the value
			// of b, err := json.Marshal(claims)).
			lhs, rhs := astutil.AssignPairs(pn)
			tuple := false
			if len(rhs) == 1 && len(lhs) == 2 {
				lhs, tuple = lhs[:1], true
			}
			if len(lhs) != len(rhs) {
				return false
			}
			for i, r := range rhs {
				if r != top.Node() {
					continue
				}
				obj, ok := a.objOf(identOf(lhs[i])).(*types.Var)
				if !ok || isPackageLevel(obj) {
					return false
				}
				result := -1
				if tuple {
					result = 0 // b, err := json.Marshal(claims)
				}
				s.taint(obj, model.ClaimsValue, r, result)
				return true
			}
		}
		return false
	}
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isInterface(t types.Type) bool { return t != nil && types.IsInterface(t) }

// elemType returns the element type of a slice or array type, or nil.
func elemType(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	switch t := types.Unalias(t).Underlying().(type) {
	case *types.Slice:
		return t.Elem()
	case *types.Array:
		return t.Elem()
	}
	return nil
}

// isValidateMethod reports whether sel selects a method named Valid or
// Validate* that returns only an error: a claims type's own validation.
func isValidateMethod(info *types.Info, sel *ast.SelectorExpr) bool {
	name := sel.Sel.Name
	if !model.IsOwnValidationName(name) {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok {
		return false
	}
	res := fn.Signature().Results()
	return res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type())
}

// presenceOnly reports whether the claim read at cur (claims["sub"], also
// type-asserted) is only tested for presence: compared with a zero value,
// or assigned (sub, ok := claims["sub"].(string)) to a local variable
// every later use of which is so compared.
func (a *analyzer) presenceOnly(sc *fnScope, cur inspector.Cursor) bool {
	ix := cur.Node().(*ast.IndexExpr)
	if _, isMap := types.Unalias(a.pass.TypesInfo.TypeOf(ix.X)).Underlying().(*types.Map); !isMap {
		return false
	}
	if tv, ok := a.pass.TypesInfo.Types[ix.Index]; !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return false
	}
	for {
		p := cur.Parent()
		switch p.Node().(type) {
		case *ast.ParenExpr, *ast.TypeAssertExpr:
			cur = p
			continue
		}
		break
	}
	if a.presenceTest(cur) {
		return true
	}
	lhs, rhs := astutil.AssignPairs(cur.Parent().Node())
	if len(rhs) != 1 || rhs[0] != cur.Node() || len(lhs) == 0 || len(lhs) > 2 {
		return false
	}
	v, ok := a.objOf(identOf(lhs[0])).(*types.Var)
	if !ok || isPackageLevel(v) {
		return false
	}
	result := -1
	if len(lhs) == 2 {
		result = 0 // v, ok := claims["sub"]
	}
	for _, u := range a.usesOf(sc, taintedVar{v, rhs[0], result}) {
		if u.Node().Pos() > cur.Node().End() && !a.presenceTest(u) {
			return false
		}
	}
	return true
}

// presenceTest reports whether the expression at cur is compared with a
// zero value in the condition of an if statement (if sub == "" { return
// }), not returned or stored as an answer.
func (a *analyzer) presenceTest(cur inspector.Cursor) bool {
	if !a.comparedToZero(cur) {
		return false
	}
	c := cur.Parent()
	for {
		p := c.Parent()
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
		case *ast.UnaryExpr:
			if n.Op != token.NOT {
				return false
			}
		case *ast.BinaryExpr:
			if n.Op != token.LOR && n.Op != token.LAND {
				return false
			}
		case *ast.IfStmt:
			return n.Cond == c.Node()
		default:
			return false
		}
		c = p
	}
}

// comparedToZero reports whether the expression at cur is compared with a
// zero value: "", 0 or nil.
func (a *analyzer) comparedToZero(cur inspector.Cursor) bool {
	b, ok := cur.Parent().Node().(*ast.BinaryExpr)
	if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
		return false
	}
	other := b.X
	if other == cur.Node() {
		other = b.Y
	}
	tv, ok := a.pass.TypesInfo.Types[other]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value) == ""
	case constant.Int, constant.Float:
		return constant.Sign(tv.Value) == 0
	}
	return false
}

func isPackageLevel(obj types.Object) bool {
	return obj.Parent() != nil && obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// isDestOfVerified reports whether the expression at cur is a claims
// destination argument of a verifying parse (it is being filled again, by a
// parse that checks the signature).
func (a *analyzer) isDestOfVerified(cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	f := model.LookupFunc(fn)
	if f == nil || f.Kind != model.Verified {
		return false
	}
	for i, arg := range call.Args {
		if arg == cur.Node() {
			for _, d := range f.Dests {
				if d == i || (fn.Signature().Variadic() && d == fn.Signature().Params().Len()-1 && i >= d) {
					return true
				}
			}
		}
	}
	return false
}

// optionsKind evaluates the options of a jwx parse: does one switch
// verification off (v2+), does one supply a key (v1)?
func (a *analyzer) optionsKind(sc *fnScope, call *ast.CallExpr, sp *spec) model.Kind {
	fn := a.callee(sc, call)
	if fn == nil || !fn.Signature().Variadic() {
		return sp.Kind
	}
	opts := a.resolver.CallOptions(call, fn.Signature().Params().Len()-1)
	unknown := !opts.Complete
	disabled, hasKey := false, false
	for _, o := range opts.List {
		if o.Call == nil {
			continue
		}
		switch model.LookupOption(o.Func) {
		case model.VerifyToggle:
			if b, ok := a.constBool(o.Call, 0); ok {
				disabled = disabled || !b
			}
		case model.KeyOption:
			hasKey = true
		case model.KeyOptionBool:
			if b, ok := a.constBool(o.Call, 0); !ok || b {
				hasKey = true
			}
		case 0:
			if o.Func == nil || model.FuncName(o.Func) == "" {
				unknown = true // a helper building options: could supply a key
			}
		}
	}
	switch sp.Options {
	case model.VerifyUnlessDisabled:
		if disabled {
			return model.Unverified
		}
	case model.VerifyOnlyWithKey:
		if !hasKey && !unknown {
			return model.Unverified
		}
	}
	return model.Verified
}

func (a *analyzer) constBool(call *ast.CallExpr, i int) (bool, bool) {
	if i >= len(call.Args) {
		return false, false
	}
	tv, ok := a.pass.TypesInfo.Types[call.Args[i]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// reportSite reports what is wrong with one parse call, if anything.
func (a *analyzer) reportSite(sc *fnScope, s *site, all []*site) {
	// The earliest use is the one named.
	slices.SortStableFunc(s.uses, func(x, y inspector.Cursor) int { return cmp.Compare(x.Node().Pos(), y.Node().Pos()) })
	switch s.kind {
	case model.Unverified:
		if len(s.uses) == 0 || s.peek {
			return
		}
		use := s.uses[0]
		if o := s.failPath; o != nil {
			suppress.Report(a.pass, analysis.Diagnostic{
				Pos: s.call.Pos(), End: s.call.End(),
				Message: "the claims of " + a.msgName(s.spec) + " are used or returned on a path where " + a.msgName(o.spec) + " has not verified the same token: they can be forged; use them only after its check succeeds",
				Related: []analysis.RelatedInformation{
					{Pos: use.Node().Pos(), End: use.Node().End(), Message: "claims used here"},
					{Pos: o.call.Pos(), End: o.call.End(), Message: "verified here"},
				},
			})
			return
		}
		suppress.Report(a.pass, analysis.Diagnostic{
			Pos: s.call.Pos(), End: s.call.End(),
			Message: a.msgName(s.spec) + " does not verify the signature, yet its claims are used; " + s.spec.Fix,
			Related: append([]analysis.RelatedInformation{{Pos: use.Node().Pos(), End: use.Node().End(), Message: "claims used here"}}, a.wrappedAt(s.spec)...),
		})
	case model.Verified:
		if a.checkExpired(sc, s) {
			return
		}
		for _, use := range s.uses {
			if a.guarded(s, use) {
				continue
			}
			var msg string
			if s.errDiscarded || (s.errObj == nil && !s.errInline) {
				msg = "the error of " + a.msgName(s.spec) + " is discarded, yet its token or claims are used; check the error and stop on failure before using them"
			} else {
				msg = "the token or claims of " + a.msgName(s.spec) + " are used on a path where its error was not checked; return on err != nil before using them"
			}
			suppress.Report(a.pass, analysis.Diagnostic{
				Pos: s.call.Pos(), End: s.call.End(), Message: msg,
				Related: append([]analysis.RelatedInformation{{Pos: use.Node().Pos(), End: use.Node().End(), Message: "used here without a successful check"}}, a.wrappedAt(s.spec)...),
			})
			return
		}
	}
}

// excusePeek applies the path-sensitive rule for an unverified parse whose
// input the same function also verifies (jws.Parse then jws.Verify,
// ParseUnverified then ParseWithClaims of the same string, a helper with a
// "verifies parameter" fact):
//
//   - verify-then-re-read: the parse runs only after a verification of the
//     same input succeeded: nothing it returns is reported;
//   - peek-then-verify: a use before the verification (reading kid or iss
//     to choose the key) is a peek; a use after it counts only where the
//     verification succeeded (its error checked, as for a verified parse);
//     claims returned to the caller before the verification, or on its
//     failure path, are reported.
//
// If every use is excused the parse is a peek: it neither reports nor makes
// the function a parse wrapper. Otherwise the uses left are reported.
func (a *analyzer) excusePeek(sc *fnScope, s *site, all []*site) {
	input := a.inputOf(s)
	var verifiers []*site
	for _, o := range all {
		if o == s || (o.kind != model.Verified && o.kind != model.VerifyOnly) || o.errDiscarded {
			continue
		}
		if (s.spec.VerifiedLater && s.spec.Lib != nil && o.spec.Lib == s.spec.Lib) || (input != nil && a.inputOf(o) == input) {
			verifiers = append(verifiers, o)
		}
	}
	if len(verifiers) == 0 {
		return
	}
	for _, o := range verifiers {
		if a.succeededBefore(sc, o, s.cur) {
			s.uses, s.returned, s.peek = nil, nil, true
			return
		}
	}
	excused := func(u inspector.Cursor, isReturn bool) bool {
		for _, o := range verifiers {
			if u.Node().Pos() < o.call.End() {
				if !isReturn {
					return true
				}
			} else if a.succeededBefore(sc, o, u) {
				return true
			}
		}
		return false
	}
	var left []inspector.Cursor
	for _, u := range s.uses {
		if !excused(u, false) {
			left = append(left, u)
		}
	}
	for _, r := range s.returns {
		if !excused(r, true) {
			left = append(left, r)
		}
	}
	s.returned = nil
	if len(left) == 0 {
		s.uses, s.peek = nil, true
		return
	}
	s.uses, s.failPath = left, verifiers[0]
}

// succeededBefore reports whether the verification o ran before cur and cur
// is reached only where it succeeded: its error was checked (see guarded),
// or it returns no error at all (a helper that panics or exits on failure,
// or handles it itself).
func (a *analyzer) succeededBefore(sc *fnScope, o *site, cur inspector.Cursor) bool {
	if o.call.End() > cur.Node().Pos() {
		return false
	}
	return o.spec.Err < 0 || a.guarded(o, cur)
}

// fromTokenEndpoint reports whether the raw token a parse reads was
// received from the token endpoint ((*oauth2.Token).Extra("id_token")),
// directly or through one local variable.
func (a *analyzer) fromTokenEndpoint(sc *fnScope, s *site) bool {
	var e ast.Expr
	if s.spec.Input >= 0 && s.spec.Input < len(s.call.Args) {
		e = s.call.Args[s.spec.Input]
	}
	if e == nil {
		return false
	}
	endpoint := func(e ast.Expr) bool {
		for {
			switch x := ast.Unparen(e).(type) {
			case *ast.TypeAssertExpr:
				e = x.X // also v, ok := x.(string)
				continue
			case *ast.CallExpr:
				fn, _ := typeutil.Callee(a.pass.TypesInfo, x).(*types.Func)
				return fn != nil && model.IsTokenEndpointValue(fn)
			}
			return false
		}
	}
	if id := identOf(e); id != nil {
		return a.assignedFrom(sc.cur, id, endpoint)
	}
	return endpoint(e)
}

// ownToken reports whether the raw token a parse reads is the program's
// own, not attacker input (issue pattern 6):
//
//   - minted: the result of a signing call (SignedString, jwx jwt.Sign, a
//     go-jose builder's Serialize) in the same function, or returned by a
//     function of the same package that returns only such results;
//   - stored: read with os.ReadFile from a path built, in the same
//     function, from the user's configuration or home directory
//     (os.UserConfigDir, os.UserHomeDir): a CLI's own credential file.
//
// The string is followed through local variables (every assignment must
// qualify), conversions and one-argument calls (strings.TrimSpace).
func (a *analyzer) ownToken(sc *fnScope, s *site) bool {
	if s.spec.Input < 0 || s.spec.Input >= len(s.call.Args) {
		return false
	}
	return a.derives(sc.cur, s.call.Args[s.spec.Input], 0, func(src model.Source, call *ast.CallExpr, scope inspector.Cursor) bool {
		switch src {
		case model.Minted:
			return true
		case model.LocalFile:
			return len(call.Args) == 1 && a.userPath(scope, call.Args[0], 0)
		}
		return false
	})
}

// receivedForRefresh reports whether the parse reads a token the program
// received in the body of a response to its own outbound HTTP request
// (client.Do, then io.ReadAll or json.NewDecoder of resp.Body, then
// json.Unmarshal into a struct whose field holds the token), and uses only
// its time claims (exp, iat, nbf): a client scheduling the refresh of a
// token it holds, not a server trusting a token it was sent.
func (a *analyzer) receivedForRefresh(sc *fnScope, s *site) bool {
	if len(s.uses) == 0 || len(s.returns) > 0 || s.spec.Input < 0 || s.spec.Input >= len(s.call.Args) {
		return false
	}
	for _, u := range s.uses {
		if !a.readsTimeClaim(u) {
			return false
		}
	}
	return a.fromResponse(sc.cur, s.call.Args[s.spec.Input], 0)
}

// readsTimeClaim reports whether the use at u reads only exp, iat or nbf.
func (a *analyzer) readsTimeClaim(u inspector.Cursor) bool {
	info := a.pass.TypesInfo
	switch n := u.Node().(type) {
	case *ast.SelectorExpr:
		return model.IsTimeClaim(info.TypeOf(n.X), n.Sel.Name)
	case *ast.Ident:
		ix, ok := u.Parent().Node().(*ast.IndexExpr)
		if !ok || ix.X != n {
			return false
		}
		tv, ok := info.Types[ix.Index]
		return ok && tv.Value != nil && tv.Value.Kind() == constant.String && model.IsTimeClaimKey(constant.StringVal(tv.Value))
	}
	return false
}

// fromResponse reports whether e holds a value decoded from the body of a
// response to an outbound request made in the function at scope.
func (a *analyzer) fromResponse(scope inspector.Cursor, e ast.Expr, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if a.decodedFromResponse(scope, a.objOf(x), depth) {
			return true
		}
		return a.assignedFrom(scope, x, func(r ast.Expr) bool { return a.fromResponse(scope, r, depth+1) })
	case *ast.SelectorExpr: // result.JWT
		if id := identOf(x.X); id != nil {
			return a.decodedFromResponse(scope, a.objOf(id), depth)
		}
	case *ast.CallExpr:
		if len(x.Args) == 1 {
			return a.fromResponse(scope, x.Args[0], depth+1) // string(b), strings.TrimSpace(s)
		}
	}
	return false
}

// decodedFromResponse reports whether the local variable obj is filled by
// JSON decoding, every time, from a response body.
func (a *analyzer) decodedFromResponse(scope inspector.Cursor, obj types.Object, depth int) bool {
	v, ok := obj.(*types.Var)
	if !ok || isPackageLevel(v) || v.IsField() {
		return false
	}
	info := a.pass.TypesInfo
	n := 0
	for cur := range scope.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if model.LookupSource(fn) != model.JSONDecode || len(call.Args) == 0 {
			continue
		}
		dst := call.Args[len(call.Args)-1]
		if u, isAddr := ast.Unparen(dst).(*ast.UnaryExpr); isAddr && u.Op == token.AND {
			dst = u.X
		}
		if a.objOf(identOf(dst)) != v {
			continue
		}
		var from ast.Expr
		if len(call.Args) == 2 {
			from = call.Args[0] // json.Unmarshal(data, &v)
		} else if sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel {
			from = sel.X // json.NewDecoder(resp.Body).Decode(&v)
		}
		if from == nil || !a.responseData(scope, from, depth+1) {
			return false
		}
		n++
	}
	return n > 0
}

// responseData reports whether e is a response body, what was read from it,
// or a decoder of it.
func (a *analyzer) responseData(scope inspector.Cursor, e ast.Expr, depth int) bool {
	if depth > 8 {
		return false
	}
	info := a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return a.assignedFrom(scope, x, func(r ast.Expr) bool { return a.responseData(scope, r, depth+1) })
	case *ast.SelectorExpr:
		if !model.IsResponseBody(info.TypeOf(x.X), x.Sel.Name) {
			return false
		}
		id := identOf(x.X)
		return id != nil && a.assignedFrom(scope, id, func(r ast.Expr) bool {
			call, ok := ast.Unparen(r).(*ast.CallExpr)
			if !ok {
				return false
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			return model.IsOutbound(fn)
		})
	case *ast.CallExpr:
		if tv, isType := info.Types[x.Fun]; isType && tv.IsType() && len(x.Args) == 1 {
			return a.responseData(scope, x.Args[0], depth+1)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		switch model.LookupSource(fn) {
		case model.ReadBody, model.NewDecoder:
			return len(x.Args) == 1 && a.responseData(scope, x.Args[0], depth+1)
		}
	}
	return false
}

// derives reports whether e, in the function at scope, is computed from a
// call whose model.Source satisfies ok.
func (a *analyzer) derives(scope inspector.Cursor, e ast.Expr, depth int, ok func(model.Source, *ast.CallExpr, inspector.Cursor) bool) bool {
	if depth > 6 {
		return false
	}
	info := a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return a.assignedFrom(scope, x, func(r ast.Expr) bool { return a.derives(scope, r, depth+1, ok) })
	case *ast.TypeAssertExpr:
		return a.derives(scope, x.X, depth+1, ok)
	case *ast.CallExpr:
		if tv, isType := info.Types[x.Fun]; isType && tv.IsType() && len(x.Args) == 1 {
			return a.derives(scope, x.Args[0], depth+1, ok) // string(b), []byte(s)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil {
			return false
		}
		if src := model.LookupSource(fn); src != 0 {
			return ok(src, x, scope)
		}
		if fn.Pkg() == a.pass.Pkg {
			// A function of the package returning only such values.
			decl, found := a.declOf(fn)
			if !found {
				return false
			}
			// Every return derives or is a zero value (an error path),
			// and at least one derives: a function returning only ""
			// mints nothing.
			derived := false
			for cur := range decl.Preorder((*ast.ReturnStmt)(nil)) {
				ret := cur.Node().(*ast.ReturnStmt)
				if !a.returnsFrom(decl, cur) {
					continue
				}
				if len(ret.Results) == 0 {
					return false
				}
				switch {
				case a.derives(decl, ret.Results[0], depth+1, ok):
					derived = true
				case !a.isZero(ret.Results[0]):
					return false
				}
			}
			return derived
		}
		if len(x.Args) == 1 {
			return a.derives(scope, x.Args[0], depth+1, ok) // strings.TrimSpace(s)
		}
	}
	return false
}

// assignedFrom reports whether every definition of the local variable
// read at id that reaches the read (flow.Result.Reaching: through
// branches, copies and captured cells) gives a value satisfying ok, and
// there is one; false for a package-level variable, a field, a
// parameter, or a function the engine did not follow.
func (a *analyzer) assignedFrom(scope inspector.Cursor, id *ast.Ident, ok func(ast.Expr) bool) bool {
	if id == nil {
		return false
	}
	v, isVar := a.objOf(id).(*types.Var)
	if !isVar || isPackageLevel(v) || v.IsField() {
		return false
	}
	defs, known := a.flow.Reaching(id)
	if !known || len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		if val := a.defValue(scope, d); val == nil || !ok(val) {
			return false
		}
	}
	return true
}

// defValue returns the value a definition Reaching names gives: the
// right-hand side of an assignment or declaration of the identifier d
// (nil for a later result of a call, or a parameter), or d itself, an
// expression.
func (a *analyzer) defValue(scope inspector.Cursor, d ast.Expr) ast.Expr {
	if d == nil {
		return nil
	}
	id, isIdent := d.(*ast.Ident)
	if !isIdent {
		return d
	}
	cur, found := scope.FindNode(id)
	if !found {
		return nil
	}
	for p := cur.Parent(); p.Valid(); p = p.Parent() {
		switch p.Node().(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			for _, as := range astutil.Assignments(p.Node()) {
				if as.LHS == ast.Expr(id) {
					if as.Index != 0 {
						return nil
					}
					return as.RHS
				}
			}
			return nil
		case *ast.Field, ast.Stmt:
			return nil // a parameter, or not an assignment
		}
	}
	return nil
}

// userPath reports whether the path e is built from a directory of the user
// running the program (os.UserConfigDir, os.UserHomeDir).
func (a *analyzer) userPath(scope inspector.Cursor, e ast.Expr, depth int) bool {
	if depth > 6 {
		return false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return a.assignedFrom(scope, x, func(r ast.Expr) bool { return a.userPath(scope, r, depth+1) })
	case *ast.BinaryExpr:
		return x.Op == token.ADD && a.userPath(scope, x.X, depth+1)
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(a.pass.TypesInfo, x).(*types.Func)
		switch model.LookupSource(fn) {
		case model.UserDir:
			return true
		case model.PathJoin:
			return len(x.Args) > 0 && a.userPath(scope, x.Args[0], depth+1)
		}
	}
	return false
}

// declOf returns the cursor of the declaration of a function of the
// package.
func (a *analyzer) declOf(fn *types.Func) (inspector.Cursor, bool) {
	for cur := range a.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		if d.Name.Pos() == fn.Origin().Pos() && d.Body != nil {
			return cur, true
		}
	}
	return inspector.Cursor{}, false
}

// returnsFrom reports whether the return statement at cur returns from the
// function at decl (not from a nested function literal).
func (a *analyzer) returnsFrom(decl, cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c.Node() == decl.Node()
	}
	return false
}

// isZero reports whether e is a zero constant or nil (return "", err).
func (a *analyzer) isZero(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	return tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

// inputOf returns the variable holding the raw token a parse call reads: its
// first argument, or for methods on a parsed object, the receiver.
func (a *analyzer) inputOf(s *site) types.Object {
	var e ast.Expr
	if s.spec.Input >= 0 && s.spec.Input < len(s.call.Args) {
		e = s.call.Args[s.spec.Input]
	} else if sel, ok := ast.Unparen(s.call.Fun).(*ast.SelectorExpr); ok && s.spec.Input == -1 {
		e = sel.X
	}
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr: // []byte(s), strings.TrimSpace(s)
			if len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
		case *ast.Ident:
			return a.objOf(x)
		case *ast.SelectorExpr:
			if obj := a.pass.TypesInfo.Uses[x.Sel]; obj != nil {
				return obj
			}
		}
		return nil
	}
}

// guarded reports whether the use at cur runs only where the parse at s
// succeeded: the flow engine walks every path from the parse to it
// (flow.Result.Reached), and the conditions and calls that imply success
// are judged here (see guard). Where the engine kept no SSA for the
// function, the use is taken as guarded: nothing is reported on a guess.
func (a *analyzer) guarded(s *site, cur inspector.Cursor) bool {
	reached, ok := a.flow.Reached(s.call, cur.Node(), a.guard(s))
	return !ok || !reached
}

// guard is what the flow engine needs to walk the paths from the parse
// at s (Result.Reached): which conditions and calls imply it succeeded,
// and which calls never return.
func (a *analyzer) guard(s *site) flow.Guard {
	return flow.Guard{
		Cond: func(cond ast.Expr) (onTrue, onFalse bool) {
			return a.condOK(s, cond) || a.testsExpired(s, cond), a.condFail(s, cond)
		},
		Stops: func(call *ast.CallExpr) bool {
			return a.requiresNoError(s, &ast.ExprStmt{X: call})
		},
		NoReturn: func(fn *types.Func) bool {
			return model.Terminates(fn) || fn.Pkg() == a.pass.Pkg && a.neverReturns(fn)
		},
		Err: func(e ast.Expr) bool { return a.isErr(s, e) },
	}
}

// successFlag reports whether e is a local boolean variable that is set to
// true only where the parse succeeded (found = true in if err == nil { }),
// and otherwise only to false: a key-trial loop's "found".
func (a *analyzer) successFlag(s *site, e ast.Expr) bool {
	id := identOf(e)
	if id == nil || s.sc == nil {
		return false
	}
	v, ok := a.objOf(id).(*types.Var)
	if !ok || isPackageLevel(v) || !types.Identical(v.Type(), types.Typ[types.Bool]) {
		return false
	}
	if r, ok := s.flags[v]; ok {
		return r
	}
	if a.flagBusy[v] {
		return false
	}
	a.flagBusy[v] = true
	r := a.isSuccessFlag(s, v)
	delete(a.flagBusy, v)
	if s.flags == nil {
		s.flags = make(map[types.Object]bool)
	}
	s.flags[v] = r
	return r
}

func (a *analyzer) isSuccessFlag(s *site, v *types.Var) bool {
	setTrue := false
	for cur := range s.sc.cur.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil)) {
		if u, ok := cur.Node().(*ast.UnaryExpr); ok {
			if u.Op == token.AND && a.objOf(identOf(u.X)) == v {
				return false // its address escapes
			}
			continue
		}
		lhs, rhs := astutil.AssignPairs(cur.Node())
		for i, l := range lhs {
			if a.objOf(identOf(l)) != v {
				continue
			}
			if len(rhs) == 0 {
				continue // var found bool
			}
			if len(rhs) != len(lhs) {
				return false
			}
			if as, ok := cur.Node().(*ast.AssignStmt); ok && as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
				return false
			}
			b, known := a.constBoolExpr(rhs[i])
			switch {
			case !known:
				return false
			case b:
				if cur.Node().Pos() < s.call.End() || !a.guarded(s, cur) {
					return false
				}
				setTrue = true
			}
		}
	}
	return setTrue
}

func (a *analyzer) constBoolExpr(e ast.Expr) (bool, bool) {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// requiresNoError reports whether stmt is an assertion that stops the test
// when the parse's error is not nil: testify's require.NoError(t, err) and
// require.Nil(t, err).
func (a *analyzer) requiresNoError(s *site, stmt *ast.ExprStmt) bool {
	call, ok := ast.Unparen(stmt.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if !model.IsRequireNoError(fn) {
		return false
	}
	for _, arg := range call.Args {
		if a.isErr(s, arg) {
			return true
		}
	}
	return false
}

func (a *analyzer) isErr(s *site, e ast.Expr) bool {
	if s.errInline && ast.Unparen(e) == s.call {
		return true
	}
	id := identOf(e)
	return id != nil && s.errObj != nil && a.objOf(id) == s.errObj
}

func (a *analyzer) isValidityGuard(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	return ok && model.SelectionAccess(a.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name) == model.ValidityGuard
}

// condOK reports whether cond being true implies the parse succeeded.
func (a *analyzer) condOK(s *site, cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return a.condOK(s, e.X) || a.condOK(s, e.Y)
		case token.EQL:
			return (a.isErr(s, e.X) && isNil(a.pass.TypesInfo, e.Y)) || (a.isErr(s, e.Y) && isNil(a.pass.TypesInfo, e.X))
		}
	case *ast.SelectorExpr:
		return a.isValidityGuard(e)
	case *ast.Ident:
		return a.successFlag(s, e)
	}
	return false
}

// condFail reports whether cond being false implies the parse succeeded (or,
// leniently, that cond tests the parse's error at all).
func (a *analyzer) condFail(s *site, cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LOR, token.LAND:
			return a.condFail(s, e.X) || a.condFail(s, e.Y)
		case token.NEQ:
			return (a.isErr(s, e.X) && isNil(a.pass.TypesInfo, e.Y)) || (a.isErr(s, e.Y) && isNil(a.pass.TypesInfo, e.X))
		}
	case *ast.UnaryExpr:
		return e.Op == token.NOT && (a.isValidityGuard(e.X) || a.successFlag(s, e.X))
	case *ast.CallExpr:
		// A helper handed the error, e.g. if handleErr(w, err) { return }.
		fn, _ := typeutil.Callee(a.pass.TypesInfo, e).(*types.Func)
		if model.IsErrorsFunc(fn) {
			return false
		}
		for _, arg := range e.Args {
			if a.isErr(s, arg) {
				return true
			}
		}
	}
	return false
}

// testsExpired reports whether cond tests the parse's error for the
// "expired" class.
func (a *analyzer) testsExpired(s *site, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if len(n.Args) == 2 && model.LookupError(astutil.RefObj(a.pass.TypesInfo, n.Args[1])) == model.ExpiredError {
				found = true
			}
		case *ast.BinaryExpr:
			// ve.Errors&jwt.ValidationErrorExpired != 0, or the exact
			// ve.Errors == jwt.ValidationErrorExpired (no other error bit).
			if (n.Op == token.AND || n.Op == token.EQL) && (model.LookupError(astutil.RefObj(a.pass.TypesInfo, n.X)) == model.ExpiredError || model.LookupError(astutil.RefObj(a.pass.TypesInfo, n.Y)) == model.ExpiredError) {
				found = true
			}
		}
		return !found
	})
	return found
}

// terminates reports whether a block always leaves the current flow: it ends
// in return, break, continue, goto, panic, os.Exit, log.Fatal or the like.
func (a *analyzer) terminates(b *ast.BlockStmt) bool { return a.endsBlock(b, true) }

// endsBlock reports whether a block always ends the current flow: by a
// call that does not return (panic, model.Terminates, a helper of the
// package that always does), or, when leave is set, by return, break,
// continue or goto.
func (a *analyzer) endsBlock(b *ast.BlockStmt, leave bool) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch last := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return leave
	case *ast.BlockStmt:
		return a.endsBlock(last, leave)
	case *ast.IfStmt:
		els, ok := last.Else.(*ast.BlockStmt)
		return ok && a.endsBlock(last.Body, leave) && a.endsBlock(els, leave)
	case *ast.ExprStmt:
		call, ok := ast.Unparen(last.X).(*ast.CallExpr)
		if !ok {
			return false
		}
		switch fn := typeutil.Callee(a.pass.TypesInfo, call).(type) {
		case *types.Builtin:
			return fn.Name() == "panic"
		case *types.Func:
			return model.Terminates(fn) || a.neverReturns(fn)
		}
	}
	return false
}

// neverReturns reports whether fn is a function or method of this package
// whose body always ends in a call that does not return
// (func die(err error) { log.Fatal(err) }).
func (a *analyzer) neverReturns(fn *types.Func) bool {
	if v, ok := a.exits[fn]; ok {
		return v
	}
	a.exits[fn] = false // until known: a recursive call does not end it
	fd := a.resolver.FuncDecl(fn)
	v := fd != nil && a.endsBlock(fd.Body, false)
	a.exits[fn] = v
	return v
}

// checkExpired reports code that accepts a golang-jwt token when the error
// says "expired" without first ruling out signature errors
// (CVE-2024-51744). It returns whether it reported.
func (a *analyzer) checkExpired(sc *fnScope, s *site) bool {
	if !model.ExpiredErrorMayHideForgery(s.spec.family) || len(s.uses) == 0 {
		return false
	}
	info := a.pass.TypesInfo
	for cur := range sc.cur.Preorder((*ast.CallExpr)(nil), (*ast.BinaryExpr)(nil)) {
		n := cur.Node()
		if n.Pos() < s.call.End() {
			continue
		}
		negated := false
		switch n := n.(type) {
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, n).(*types.Func)
			if !model.IsErrorsIs(fn) || len(n.Args) != 2 ||
				model.LookupError(astutil.RefObj(a.pass.TypesInfo, n.Args[1])) != model.ExpiredError {
				continue
			}
			if s.errObj != nil && !a.isErr(s, n.Args[0]) {
				continue
			}
		case *ast.BinaryExpr:
			if n.Op != token.AND || (model.LookupError(astutil.RefObj(a.pass.TypesInfo, n.X)) != model.ExpiredError && model.LookupError(astutil.RefObj(a.pass.TypesInfo, n.Y)) != model.ExpiredError) {
				continue
			}
			if cmp, ok := cur.Parent().Node().(*ast.BinaryExpr); ok && cmp.Op == token.EQL {
				negated = true
			}
		}
		// Find the if statement whose condition holds the test.
		var ifs *ast.IfStmt
		c := cur
		for {
			p := c.Parent()
			if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.NOT {
				negated = !negated
			}
			if is, ok := p.Node().(*ast.IfStmt); ok {
				if is.Cond == c.Node() {
					ifs = is
				}
				break
			}
			if _, ok := p.Node().(ast.Expr); !ok {
				break
			}
			c = p
		}
		if ifs == nil || a.signatureExcluded(sc, s, ifs) {
			continue
		}
		accepting := false
		for _, use := range s.uses {
			pos := use.Node().Pos()
			if !negated && ifs.Body.Pos() <= pos && pos < ifs.Body.End() {
				accepting = true
			}
			if negated && a.terminates(ifs.Body) && pos >= ifs.End() {
				accepting = true
			}
		}
		if !accepting {
			continue
		}
		suppress.Report(a.pass, analysis.Diagnostic{
			Pos: s.call.Pos(), End: s.call.End(),
			Message: "the token of " + a.msgName(s.spec) + " is accepted when the error says it expired, without ruling out signature errors first (CVE-2024-51744); reject jwt.ErrTokenSignatureInvalid before that",
			Related: []analysis.RelatedInformation{{Pos: n.Pos(), End: n.End(), Message: "expired error handled here"}},
		})
		return true
	}
	return false
}

// signatureExcluded reports whether signature errors are ruled out before
// the expired branch ifs accepts the token: a test of a signature error
// class (ErrTokenSignatureInvalid, ErrTokenUnverifiable, not
// ErrTokenMalformed: a forged token is well-formed) in ifs's own condition,
// or in the condition of an earlier if statement or switch case, between
// the parse and ifs, whose body leaves the flow.
func (a *analyzer) signatureExcluded(sc *fnScope, s *site, ifs *ast.IfStmt) bool {
	for cur := range sc.cur.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id.Pos() < s.call.End() || id.Pos() >= ifs.Cond.End() {
			continue
		}
		if model.LookupError(a.pass.TypesInfo.Uses[id]) != model.SignatureError {
			continue
		}
		// The statement whose condition holds the test.
		c := cur
		negated := false
		for {
			p := c.Parent()
			if !p.Valid() {
				break
			}
			if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.NOT {
				negated = !negated
			}
			switch pn := p.Node().(type) {
			case *ast.IfStmt:
				if pn.Cond == c.Node() && (pn == ifs || (!negated && a.terminates(pn.Body))) {
					return true
				}
			case *ast.CaseClause:
				if !negated && a.terminates(&ast.BlockStmt{List: pn.Body}) {
					return true
				}
			}
			if _, ok := p.Node().(ast.Expr); !ok {
				break
			}
			c = p
		}
	}
	return false
}

// checkConfigFields reports configuration that switches signature
// verification off: go-oidc Config{InsecureSkipSignatureCheck: true}.
func (a *analyzer) checkConfigFields() {
	for cur := range a.insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		if astutil.InTestCode(a.pass, cur) || a.inOIDCProbe(cur) {
			continue
		}
		astutil.FieldSets(a.pass.TypesInfo, cur.Node(), func(t types.Type, field string, value ast.Expr, at ast.Node) {
			if model.LookupField(t, field) == model.SkipSignature && a.isTrue(value) {
				a.reportSkipSignature(at, field)
			}
		})
	}
}

func (a *analyzer) inOIDCProbe(cur inspector.Cursor) bool {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return a.oidcProbes[c.Node()]
	}
	return false
}

func (a *analyzer) isTrue(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

func (a *analyzer) reportSkipSignature(n ast.Node, field string) {
	suppress.Report(a.pass, analysis.Diagnostic{
		Pos: n.Pos(), End: n.End(),
		Message: "go-oidc Config." + field + " is true: the verifier accepts ID tokens without checking their signature; remove it",
	})
}
