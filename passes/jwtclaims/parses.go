package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

// parse is a call of a modelled parse or verify function with the options
// that reach it.
type parse struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	fn   *types.Func
	f    *model.Func
	opts resolve.Options
}

// indexParses records every modelled parse of the package and, for each
// option call or parser field value, the parses it reaches.
func (a *analyzer) indexParses() {
	if a.optParses != nil {
		return
	}
	a.optParses = map[ast.Node][]int{}
	for cur := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn := a.callee(call)
		f := model.LookupFunc(fn)
		if f == nil {
			continue
		}
		p := parse{cur: cur, call: call, fn: fn, f: f, opts: a.resolver.CallOptions(call, variadicIndex(fn.Signature()))}
		for _, o := range p.opts.List {
			var key ast.Node = o.Call
			if o.Call == nil {
				key = o.Value
			}
			if key != nil {
				a.optParses[key] = append(a.optParses[key], len(a.parses))
			}
		}
		a.parses = append(a.parses, p)
	}
}

// unverified reports whether parse p does not verify the signature: an
// unverified function (ParseUnverified), jwx v2+ with jwt.WithVerify(false),
// or jwx v1 without a key option.
func (a *analyzer) unverified(p parse) bool {
	switch {
	case p.f.Kind == model.Unverified:
		return true
	case p.f.Options == model.VerifyUnlessDisabled:
		for _, o := range p.opts.List {
			if o.Func != nil && model.LookupOption(o.Func) == model.VerifyToggle && len(o.Call.Args) == 1 {
				if v, ok := a.boolConst(o.Call.Args[0]); ok && !v {
					return true
				}
			}
		}
	case p.f.Options == model.VerifyOnlyWithKey:
		for _, o := range p.opts.List {
			if o.Func == nil {
				continue
			}
			if _, ok := model.LookupKeyOption(o.Func); ok {
				return false
			}
			switch model.LookupOption(o.Func) {
			case model.KeyOption, model.KeyOptionBool:
				return false
			}
		}
		return p.opts.Complete
	}
	return false
}

// moot reports whether the claims validation switched off by the option
// call or parser field value n does not matter: every parse it reaches
// (at least one) either skips the signature too (ParseUnverified,
// jwt.WithVerify(false): the option does nothing there, and jwtverify
// reports the unverified parse), has its token validated afterwards by
// jwt.Validate in the same function, or is followed in its function by a
// time check of its own (see timeCheckedByHand).
func (a *analyzer) moot(n ast.Node) bool {
	a.indexParses()
	idxs := a.optParses[n]
	if len(idxs) == 0 {
		return false
	}
	for _, i := range idxs {
		p := a.parses[i]
		if !a.unverified(p) && !a.validatedLater(p) && !a.timeCheckedByHand(p) {
			return false
		}
	}
	return true
}

// validatedLater reports whether the token parse p returns is passed, in
// the same function, to a claims validation function (jwx jwt.Validate):
// the claims are validated separately.
func (a *analyzer) validatedLater(p parse) bool {
	tok := a.resultVar(p.cur, p.call, p.f)
	if tok == nil {
		return false
	}
	fcur, ok := enclosingFunc(p.cur)
	if !ok {
		return false
	}
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		if !model.IsClaimsCheck(a.callee(call)) || len(call.Args) == 0 {
			continue
		}
		if a.varOf(call.Args[0]) == tok {
			return true
		}
	}
	return false
}

// resultVar returns the variable the token or claims result of call is
// assigned to, or nil.
func (a *analyzer) resultVar(cur inspector.Cursor, call *ast.CallExpr, f *model.Func) *types.Var {
	if f.Result < 0 {
		return nil
	}
	switch as := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call && f.Result < len(as.Lhs) {
			return a.varOf(as.Lhs[f.Result])
		}
	case *ast.ValueSpec:
		if len(as.Values) == 1 && ast.Unparen(as.Values[0]) == call && f.Result < len(as.Names) {
			return a.varOf(as.Names[f.Result])
		}
	}
	return nil
}

// enclosingFunc returns the innermost function (declaration or literal)
// around cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

// parseAt returns the indexed parse of call.
func (a *analyzer) parseAt(call *ast.CallExpr) (parse, bool) {
	a.indexParses()
	for _, p := range a.parses {
		if p.call == call {
			return p, true
		}
	}
	return parse{}, false
}

// checkedSeparately reports whether the claims of parse p are validated
// by a claims validation function (jwx jwt.Validate) in the same
// function: p's token is passed to it, or p's token is discarded (p only
// checks the signature) and the function validates a token.
func (a *analyzer) checkedSeparately(p parse) bool {
	if a.validatedLater(p) {
		return true
	}
	discarded := false
	switch as := p.cur.Parent().Node().(type) {
	case *ast.ExprStmt:
		discarded = true
	case *ast.AssignStmt:
		if len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == p.call && p.f.Result >= 0 && p.f.Result < len(as.Lhs) {
			id, ok := as.Lhs[p.f.Result].(*ast.Ident)
			discarded = ok && id.Name == "_"
		}
	}
	if !discarded {
		return false
	}
	fcur, ok := enclosingFunc(p.cur)
	if !ok {
		return false
	}
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		if model.IsClaimsCheck(a.callee(c.Node().(*ast.CallExpr))) {
			return true
		}
	}
	return false
}

// timeCheckedByHand reports whether the function of parse p, after it,
// checks a time claim itself: an exp, iat or nbf field or getter of a
// library claims type (also embedded in a claims type of the program) is
// handed to the time package (time.Since(c.IssuedAt.Time),
// c.ExpiresAt.Before(now)), as a DPoP proof validator checks the proof's
// age from iat.
func (a *analyzer) timeCheckedByHand(p parse) bool {
	fcur, ok := enclosingFunc(p.cur)
	if !ok {
		return false
	}
	info := a.pass.TypesInfo
	for c := range fcur.Preorder((*ast.SelectorExpr)(nil)) {
		sel := c.Node().(*ast.SelectorExpr)
		if sel.Pos() < p.call.End() {
			continue
		}
		s := info.Selections[sel]
		if s == nil {
			continue
		}
		decl := s.Recv()
		if s.Kind() == types.FieldVal {
			decl, _ = declaringStruct(s)
		}
		if decl == nil || !model.IsTimeClaim(decl, sel.Sel.Name) {
			continue
		}
		if a.toTimePackage(c) {
			return true
		}
	}
	return false
}

// toTimePackage reports whether the value at c, or a field or method
// result of it (c.IssuedAt.Time, c.GetIssuedAt()), is an argument or the
// receiver of a function or method of the time package whose answer
// decides: a bool (Before, After), or a value compared
// (time.Since(iat).Abs() > max).
func (a *analyzer) toTimePackage(c inspector.Cursor) bool {
	for depth := 0; depth < 4; depth++ {
		p := c.Parent()
		switch n := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr:
		case *ast.SelectorExpr:
			if call, ok := p.Parent().Node().(*ast.CallExpr); ok && call.Fun == n {
				if model.LookupTimeFunc(a.callee(call)) != 0 {
					return a.timeDecides(p.Parent())
				}
			}
		case *ast.CallExpr:
			if n.Fun == c.Node() {
				return false
			}
			return model.LookupTimeFunc(a.callee(n)) != 0 && a.timeDecides(p)
		default:
			return false
		}
		c = p
	}
	return false
}

// timeDecides reports whether the time package call at c returns a bool,
// or its result (through further methods of the time package:
// time.Since(t).Abs()) is ordered against something.
func (a *analyzer) timeDecides(c inspector.Cursor) bool {
	for depth := 0; depth < 4; depth++ {
		if t, ok := a.pass.TypesInfo.TypeOf(c.Node().(ast.Expr)).Underlying().(*types.Basic); ok && t.Kind() == types.Bool {
			return true
		}
		p := c.Parent()
		for {
			if _, ok := p.Node().(*ast.ParenExpr); !ok {
				break
			}
			p = p.Parent()
		}
		switch n := p.Node().(type) {
		case *ast.BinaryExpr:
			switch n.Op {
			case token.LSS, token.GTR, token.LEQ, token.GEQ:
				return true
			}
			return false
		case *ast.SelectorExpr:
			call, ok := p.Parent().Node().(*ast.CallExpr)
			if !ok || call.Fun != n || model.LookupTimeFunc(a.callee(call)) == 0 {
				return false
			}
			c = p.Parent()
		case *ast.AssignStmt, *ast.ValueSpec:
			// age := time.Since(iat); if age > max { ... }
			lhs, rhs := astutil.AssignPairs(n)
			for i, r := range rhs {
				if r != c.Node() || i >= len(lhs) {
					continue
				}
				v := a.varOf(lhs[i])
				fcur, ok := enclosingFunc(p)
				if v == nil || !ok {
					return false
				}
				for u := range fcur.Preorder((*ast.Ident)(nil)) {
					if a.pass.TypesInfo.Uses[u.Node().(*ast.Ident)] != v {
						continue
					}
					if b, ok := u.Parent().Node().(*ast.BinaryExpr); ok {
						switch b.Op {
						case token.LSS, token.GTR, token.LEQ, token.GEQ:
							return true
						}
					}
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}
