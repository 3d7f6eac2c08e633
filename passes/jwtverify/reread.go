package jwtverify

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/astutil"
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
	if s.spec.input < 0 || s.spec.input >= len(s.call.Args) {
		return false
	}
	e := ast.Unparen(s.call.Args[s.spec.input])
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
