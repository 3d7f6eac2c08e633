package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/model"
)

// oidcBinding says how a go-oidc configuration's verifier is bound when it
// skips the issuer or client ID check.
type oidcBinding struct {
	// self: a verifier of our own keys (a key set type of the program).
	self bool
	// aud, iss: the claim is compared by hand where the configuration is
	// built or where its verifier's ID tokens are verified, or (iss) the
	// issuer the verifier is built for is checked against a list first.
	aud, iss bool
}

// oidcBound follows the go-oidc configuration set at cur (a composite
// literal, or an assignment to one of its fields) to the verifiers built
// from it (oidc.NewVerifier, provider.Verifier) and to their Verify calls.
// It looks only at that flow, never at unrelated code of the package, so
// that the same shape gets the same answer in every file.
func (a *analyzer) oidcBound(cur inspector.Cursor) oidcBinding {
	var b oidcBinding
	fcur, ok := enclosingFunc(cur)
	if !ok {
		return b
	}
	ctors := a.verifierCtors(cur, fcur)
	b.aud, b.iss = a.handChecks(fcur, nil)
	if len(ctors) == 0 {
		// The configuration leaves the function (returned, handed to a
		// builder function value): its verifier is one of those whose
		// origin cannot be followed either.
		for _, vc := range a.verifyCalls(ctorCall{}) {
			aud, iss := a.verifyChecks(vc)
			b.aud, b.iss = b.aud || aud, b.iss || iss
		}
		return b
	}
	for _, ctor := range ctors {
		c, _ := model.LookupVerifierCtor(a.callee(ctor.call))
		if a.selfIssuedKeys(ctor.call, c) {
			b.self = true
		}
		// The issuer the verifier (or its provider) is built for, checked
		// against an allow-list before.
		var issuers []ast.Expr
		if c.Issuer >= 0 && c.Issuer < len(ctor.call.Args) {
			issuers = append(issuers, ctor.call.Args[c.Issuer])
		}
		if sel, ok := ast.Unparen(ctor.call.Fun).(*ast.SelectorExpr); ok {
			for _, tv := range a.resolver.TupleValues(sel.X) {
				if i := model.ProviderIssuerArg(a.callee(tv.Call)); i >= 0 && i < len(tv.Call.Args) {
					issuers = append(issuers, tv.Call.Args[i])
				}
			}
		}
		for _, e := range issuers {
			if v := a.varOf(e); v != nil && a.varCompared(ctor.fcur, v, 0) {
				b.iss = true
			}
		}
		for _, vc := range a.verifyCalls(ctor) {
			aud, iss := a.verifyChecks(vc)
			b.aud, b.iss = b.aud || aud, b.iss || iss
		}
	}
	return b
}

// verifyChecks returns the claims the function of the verifying call vc
// (or one it passes the result to) compares by hand.
func (a *analyzer) verifyChecks(vc *ast.CallExpr) (aud, iss bool) {
	p, ok := a.parseAt(vc)
	if !ok {
		return false, false
	}
	vf, ok := enclosingFunc(p.cur)
	if !ok {
		return false, false
	}
	var roots []*types.Var
	if v := a.resultVar(p.cur, vc, p.f); v != nil {
		roots = append(roots, v)
		// The variables the token's claims are decoded into
		// (tok.Claims(&claims)) carry them too.
		for c := range vf.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || a.varOf(sel.X) != v {
				continue
			}
			for _, arg := range call.Args {
				if u, ok := ast.Unparen(arg).(*ast.UnaryExpr); ok && u.Op == token.AND {
					if d := a.varOf(u.X); d != nil {
						roots = append(roots, d)
					}
				}
			}
		}
	}
	return a.handChecks(vf, roots)
}

type ctorCall struct {
	call *ast.CallExpr
	fcur inspector.Cursor // the function the call is in
}

// verifierCtors returns the verifier constructor calls the configuration
// at cur reaches: the call it is an argument of (through &), or the calls
// of the same function given the variable it is assigned to.
func (a *analyzer) verifierCtors(cur inspector.Cursor, fcur inspector.Cursor) []ctorCall {
	var v *types.Var
	node := cur.Node()
	switch n := node.(type) {
	case *ast.AssignStmt: // cfg.SkipIssuerCheck = true
		for _, l := range n.Lhs {
			if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
				v = a.varOf(sel.X)
			}
		}
	default:
		p := cur.Parent()
		for {
			if u, ok := p.Node().(*ast.UnaryExpr); ok {
				node, p = u, p.Parent()
				continue
			}
			if pe, ok := p.Node().(*ast.ParenExpr); ok {
				node, p = pe, p.Parent()
				continue
			}
			break
		}
		switch pn := p.Node().(type) {
		case *ast.CallExpr:
			if c, ok := model.LookupVerifierCtor(a.callee(pn)); ok && c.Config < len(pn.Args) && pn.Args[c.Config] == node {
				return []ctorCall{{call: pn, fcur: fcur}}
			}
			return nil
		case *ast.AssignStmt:
			for i, r := range pn.Rhs {
				if r == node && i < len(pn.Lhs) {
					v = a.varOf(pn.Lhs[i])
				}
			}
		case *ast.ValueSpec:
			for i, r := range pn.Values {
				if r == node && i < len(pn.Names) {
					v = a.varOf(pn.Names[i])
				}
			}
		}
	}
	if v == nil {
		return nil
	}
	var out []ctorCall
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		ctor, ok := model.LookupVerifierCtor(a.callee(call))
		if ok && ctor.Config < len(call.Args) && a.varOf(call.Args[ctor.Config]) == v {
			out = append(out, ctorCall{call: call, fcur: fcur})
		}
	}
	return out
}

// verifyCalls returns the verifying calls made on the verifier a
// constructor call builds: chained (p.Verifier(cfg).Verify(...)), or on a
// variable or field it is assigned to. With a zero ctor, it returns the
// verifying method calls of the package on a verifier whose constructor
// cannot be found.
func (a *analyzer) verifyCalls(ctor ctorCall) []*ast.CallExpr {
	a.indexParses()
	var out []*ast.CallExpr
	for _, p := range a.parses {
		if p.f.Kind != model.Verified || p.fn.Signature().Recv() == nil {
			continue
		}
		sel, ok := ast.Unparen(p.call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		recv := ast.Unparen(sel.X)
		vals, _ := a.resolver.Values(sel.X)
		if ctor.call == nil {
			if _, ok := model.LookupVerifierCtor(a.callee(recvCall(recv))); ok {
				continue
			}
			known := false
			for _, v := range vals {
				if _, ok := model.LookupVerifierCtor(a.callee(recvCall(v))); ok {
					known = true
				}
			}
			if !known && a.verifierType(recv) {
				out = append(out, p.call)
			}
			continue
		}
		if recv == ctor.call {
			out = append(out, p.call)
			continue
		}
		tied := false
		for _, v := range vals {
			if ast.Unparen(v) == ctor.call {
				out = append(out, p.call)
				tied = true
				break
			}
		}
		if tied {
			continue
		}
		// A verifier the resolver cannot follow (memoized in a field by
		// a getter, returned by a helper) that the flow engine knows was
		// built by a verifier constructor: one of ctor's, unless the
		// resolver ties it to another constructor.
		if a.flowVerifierOf(sel.X, ctor) && !a.otherCtor(recv, vals) {
			out = append(out, p.call)
		}
	}
	return out
}

// flowVerifierOf reports whether the flow engine labels the value of e a
// verifier built by a model verifier constructor, and, when the call
// that built it is one of the package's, it is ctor or another built from
// the same configuration (NewVerifier and provider.Verifier of one
// config, in two branches).
func (a *analyzer) flowVerifierOf(e ast.Expr, ctor ctorCall) bool {
	var file *ast.File
	for _, f := range a.pass.Files {
		if f.FileStart <= e.Pos() && e.Pos() < f.FileEnd {
			file = f
		}
	}
	if a.flow.LabelOf(file, e)&model.Verifier == 0 {
		return false
	}
	src := a.flow.SourceOf(file, e)
	if !src.IsValid() || src == ctor.call.Lparen {
		return true
	}
	if a.ctorAt == nil {
		a.ctorAt = map[token.Pos]*ast.CallExpr{}
		for c := range a.insp.Root().Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			if _, ok := model.LookupVerifierCtor(a.callee(call)); ok {
				a.ctorAt[call.Lparen] = call
			}
		}
	}
	other, ok := a.ctorAt[src]
	if !ok {
		return true
	}
	return a.sameConfig(ctor.call, other)
}

// sameConfig reports whether two verifier constructor calls are given the
// same configuration variable.
func (a *analyzer) sameConfig(x, y *ast.CallExpr) bool {
	cx, _ := model.LookupVerifierCtor(a.callee(x))
	cy, _ := model.LookupVerifierCtor(a.callee(y))
	if cx.Config < 0 || cx.Config >= len(x.Args) || cy.Config < 0 || cy.Config >= len(y.Args) {
		return false
	}
	vx, vy := a.varOf(x.Args[cx.Config]), a.varOf(y.Args[cy.Config])
	return vx != nil && vx == vy
}

// otherCtor reports whether the receiver recv, or one of its values vals
// as the resolver finds them, is a verifier constructor call.
func (a *analyzer) otherCtor(recv ast.Expr, vals []ast.Expr) bool {
	for _, v := range append([]ast.Expr{recv}, vals...) {
		if _, ok := model.LookupVerifierCtor(a.callee(recvCall(v))); ok {
			return true
		}
	}
	return false
}

// recvCall returns e as a call, or a zero call.
func recvCall(e ast.Expr) *ast.CallExpr {
	if c, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		return c
	}
	return &ast.CallExpr{Fun: &ast.Ident{}}
}

// verifierType reports whether e has the type of the results of the
// verifier constructors (go-oidc *IDTokenVerifier).
func (a *analyzer) verifierType(e ast.Expr) bool {
	t := a.pass.TypesInfo.TypeOf(e)
	return t != nil && model.IsVerifierType(t)
}

// selfIssuedKeys reports whether a verifier constructor is given a key set
// of a type declared outside the token libraries: our own signer's keys,
// so audience and issuer binding are not at stake.
func (a *analyzer) selfIssuedKeys(call *ast.CallExpr, c model.VerifierCtor) bool {
	if c.KeySet < 0 || c.KeySet >= len(call.Args) {
		return false
	}
	ks := a.pass.TypesInfo.TypeOf(call.Args[c.KeySet])
	if b, ok := ks.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return false
	}
	return ks != nil && model.TypeName(ks) == "" && !types.IsInterface(ks)
}
