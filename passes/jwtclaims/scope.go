package jwtclaims

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/keysource"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

// scope is one function (declaration, or literal outside any declaration)
// with the claims checks it makes.
type scope struct {
	cur   inspector.Cursor
	calls []*ast.CallExpr
	// checks are the claims checked anywhere in the function, by a method
	// call with a required (or no) flag: "exp", "aud", "iss", "nbf", model.AllClaims.
	checks map[string]bool
	// required are the claims a method call requires (Verify*(x, true), or
	// a flag that is not the constant false).
	required map[string]bool
	// weak are Verify*(x, false) calls by claim.
	weak map[string][]*ast.CallExpr
	// read are the claims whose fields the function reads (a manual check).
	read map[string]bool
	// separateCheck is set when a claims check of a library that checks
	// claims only separately from the verification is called
	// (model.ClaimsCheckedSeparately).
	separateCheck bool
}

func (a *analyzer) checkScope(fcur inspector.Cursor) {
	sc := &scope{cur: fcur, checks: map[string]bool{}, required: map[string]bool{}, weak: map[string][]*ast.CallExpr{}, read: map[string]bool{}}
	info := a.pass.TypesInfo
	for c := range fcur.Preorder((*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil), (*ast.IndexExpr)(nil)) {
		switch n := c.Node().(type) {
		case *ast.CallExpr:
			sc.calls = append(sc.calls, n)
			fn := a.callee(n)
			chk, ok := model.LookupClaimCheck(fn)
			if !ok {
				continue
			}
			if model.ClaimsCheckedSeparately(fn) {
				sc.separateCheck = true
			}
			if chk.Req >= 0 && chk.Req < len(n.Args) {
				if v, isConst := a.boolConst(n.Args[chk.Req]); isConst && !v {
					sc.weak[chk.Claim] = append(sc.weak[chk.Claim], n)
					continue
				}
				sc.required[chk.Claim] = true
			}
			sc.checks[chk.Claim] = true
		case *ast.SelectorExpr:
			if claim := model.ClaimOfFieldName(n.Sel.Name); claim != "" {
				if v, ok := info.ObjectOf(n.Sel).(*types.Var); ok && v.IsField() {
					sc.read[claim] = true
				}
			}
		case *ast.IndexExpr:
			if tv, ok := info.Types[n.Index]; ok && tv.Value != nil {
				switch strings.Trim(tv.Value.ExactString(), `"`) {
				case "aud":
					sc.read["aud"] = true
				case "iss":
					sc.read["iss"] = true
				case "exp":
					sc.read["exp"] = true
				}
			}
		}
	}
	for _, call := range sc.calls {
		fn := a.callee(call)
		if chk, ok := model.LookupClaimCheck(fn); ok && chk.ChecksAll() {
			a.checkJoseValidate(sc, call)
			continue
		}
		f := model.LookupFunc(fn)
		switch model.VerifiedClaimsRule(fn) {
		case model.ClaimsByParserOptions:
			a.checkGolangJWT(sc, call, fn, f)
		case model.ClaimsByValidateOptions:
			a.checkJWX(sc, call, fn, f)
		case model.ClaimsByExpected:
			a.checkJoseClaims(sc, call)
		case model.ClaimsByAudienceArg:
			a.checkIDToken(sc, call, fn)
		case model.ClaimsUnchecked:
			if !sc.separateCheck && !sc.read["exp"] && !a.escapes(sc, call) {
				a.report(call.Fun, "jwt."+fn.Name()+" verifies only the signature: cristalhq/jwt checks no claim; check claims.IsValidAt(time.Now()), IsForAudience and IsIssuer before trusting them")
			}
		case model.ClaimsByPayloadOption:
			opts := a.resolver.CallOptions(call, 3)
			if opts.Complete && !hasEffect(opts, model.PayloadValidation) {
				a.report(call.Fun, "jwt.Verify without a jwt.ValidatePayload option checks no claim; pass jwt.ValidatePayload(&pl, jwt.ExpirationTimeValidator(now), jwt.AudienceValidator(...))")
			}
		}
	}
	for claim, calls := range sc.weak {
		if sc.checks[claim] || (claim == "exp" && sc.checks[model.AllClaims]) {
			continue
		}
		for _, call := range calls {
			name := call.Fun.(*ast.SelectorExpr).Sel.Name
			a.report(call, "claims."+name+"(..., false) accepts a token without the "+claim+" claim, and it is the only check of "+claim+" here; pass true to require it")
		}
	}
}

func hasEffect(opts resolve.Options, e model.ClaimsEffect) bool {
	return opts.Has(func(fn *types.Func) bool { return model.LookupClaimsEffect(fn) == e })
}

// effectArgs returns the first arguments of the options with effect e, and
// whether one exists.
func effectOpts(opts resolve.Options, e model.ClaimsEffect) []resolve.Option {
	var out []resolve.Option
	for _, o := range opts.List {
		if o.Func != nil && model.LookupClaimsEffect(o.Func) == e {
			out = append(out, o)
		}
	}
	return out
}

// bound reports whether an audience or issuer option with an argument
// that cannot be empty is present and not added only when its value is
// configured (see optional).
func (a *analyzer) bound(opts resolve.Options, e model.ClaimsEffect) bool {
	for _, o := range effectOpts(opts, e) {
		if len(o.Call.Args) == 0 {
			continue
		}
		if (o.Call.Ellipsis.IsValid() || !a.maybeEmpty(o.Call.Args[0])) && a.optional(o) == nil {
			return true
		}
	}
	return false
}

// optionalBinding returns an audience or issuer option of opts that is
// only added when its value is not empty (if cfg.Audience != "" { opts =
// append(opts, jwt.WithAudience(cfg.Audience)) }), and the guarded value.
func (a *analyzer) optionalBinding(opts resolve.Options) (*ast.CallExpr, ast.Expr) {
	for _, e := range []model.ClaimsEffect{model.AudienceCheck, model.IssuerCheck} {
		for _, o := range effectOpts(opts, e) {
			if v := a.optional(o); v != nil {
				return o.Call, v
			}
		}
	}
	return nil, nil
}

// optional returns the argument of option o when o is built inside the
// body of an if statement whose condition requires that argument to be
// non-empty (x != "", len(x) > 0, len(x) != 0, x != nil, possibly in a
// conjunction): the option only applies when the value is configured.
func (a *analyzer) optional(o resolve.Option) ast.Expr {
	if o.Call == nil || len(o.Call.Args) == 0 {
		return nil
	}
	arg := ast.Unparen(o.Call.Args[0])
	cur, ok := a.insp.Root().FindNode(o.Call)
	if !ok || !a.guardedNonEmpty(cur, arg) {
		return nil
	}
	return arg
}

// requiresNonEmpty reports whether cond holds only when x is not empty.
func (a *analyzer) requiresNonEmpty(cond, x ast.Expr) bool {
	same := func(e ast.Expr) bool { return types.ExprString(ast.Unparen(e)) == types.ExprString(x) }
	isLen := func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !same(call.Args[0]) {
			return false
		}
		b, ok := a.pass.TypesInfo.Uses[identOf(call.Fun)].(*types.Builtin)
		return ok && b.Name() == "len"
	}
	c, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	switch c.Op {
	case token.LAND:
		return a.requiresNonEmpty(c.X, x) || a.requiresNonEmpty(c.Y, x)
	case token.NEQ:
		return same(c.X) && a.emptyConst(c.Y) || same(c.Y) && a.emptyConst(c.X) || isLen(c.X) || isLen(c.Y)
	case token.GTR:
		return isLen(c.X)
	}
	return false
}

func variadicIndex(sig *types.Signature) int {
	if sig.Variadic() {
		return sig.Params().Len() - 1
	}
	return -1
}

func (a *analyzer) checkGolangJWT(sc *scope, call *ast.CallExpr, fn *types.Func, f *model.Func) {
	sig := fn.Signature()
	opts := a.resolver.CallOptions(call, variadicIndex(sig))
	// audByOption: audience and issuer are bound by parser options (v5);
	// else by the claims' Verify* methods (v4, v3).
	audByOption := f.Lib.AudienceByParserOption()
	// Claims validation switched off by the parser it uses is reported at
	// the option; nothing more to say here.
	if hasEffect(opts, model.ValidationOff) {
		return
	}
	for _, o := range opts.List {
		if model.ParserFieldSkipsClaims(o.Field) {
			return
		}
	}
	audOK, issOK := true, true
	if audByOption {
		audOK, issOK = a.bound(opts, model.AudienceCheck), a.bound(opts, model.IssuerCheck)
	} else {
		audOK = sc.checks["aud"] || sc.read["aud"] || a.customValid(call, f)
		issOK = sc.checks["iss"] || sc.read["iss"] || a.customValid(call, f)
	}
	if !audOK || !issOK {
		hAud, hIss := a.handChecks(sc.cur, a.parseRoots(call, f))
		audOK, issOK = audOK || hAud, issOK || hIss
	}
	// A VerifyAudience or VerifyIssuer(x, false) is reported on its own:
	// one finding for the parse is enough.
	weak := !audByOption && (len(sc.weak["aud"]) > 0 || len(sc.weak["iss"]) > 0)
	if !audOK && !issOK && (opts.Complete || !audByOption) && !weak {
		fix := fixBindOptions
		if !audByOption {
			fix = fixBindVerify
		}
		key := a.keys.Verify(call, fn, opts)
		// A signature-only check of a public key: the claims are bound
		// where they are used.
		if key.Source == model.PublicKey && a.signatureOnly(sc, call, f) {
			key = keysource.Key{}
		}
		if opt, val := a.optionalBinding(opts); opt != nil {
			fix = optionalNote("jwt."+a.callee(opt).Name(), val)
		}
		if a.reportExternal(call.Fun, key, fix) {
			return
		}
	}
	if !strict || !opts.Complete {
		return
	}
	var missing []string
	if audByOption {
		if !hasEffect(opts, model.RequireExp) {
			missing = append(missing, "jwt.WithExpirationRequired()")
		}
		if !audOK {
			missing = append(missing, "jwt.WithAudience(...)")
		}
		if !issOK {
			missing = append(missing, "jwt.WithIssuer(...)")
		}
	} else {
		// v4/v3: only the claims' Verify*(..., true) methods, called here
		// or in the claims type's own Valid method, require a claim.
		if a.escapes(sc, call) {
			return
		}
		req, ok := a.validRequires(call, f)
		if !ok {
			return
		}
		for _, c := range []struct{ claim, method string }{{"exp", "VerifyExpiresAt"}, {"aud", "VerifyAudience"}, {"iss", "VerifyIssuer"}} {
			if !sc.required[c.claim] && !sc.read[c.claim] && !req[c.claim] {
				missing = append(missing, "claims."+c.method+"(..., true)")
			}
		}
	}
	if len(missing) > 0 {
		a.report(call.Fun, "this parse does not require exp, audience and issuer; add "+strings.Join(missing, ", "))
	}
}

// reportExternal reports a verification whose tokens another party minted
// (keys of a remote key set, or a public key whose private key the package
// does not sign with) and that checks neither audience nor issuer. It
// reports whether it did.
func (a *analyzer) reportExternal(at ast.Node, k keysource.Key, fix string) bool {
	if k.At == nil || !a.keys.External(k) {
		return false
	}
	rel := "the public key"
	if k.Source == model.RemoteKeySet {
		rel = "the remote key set"
	}
	a.report(at, externalMessage(k.Source == model.RemoteKeySet, fix), analysis.RelatedInformation{Pos: k.At.Pos(), End: k.At.End(), Message: rel})
	return true
}

// externalMessage returns the message of reportExternal: remote is set
// for keys of a remote key set, fix is what to do (or an optionalNote).
func externalMessage(remote bool, fix string) string {
	msg := "tokens verified with a public key of another party are accepted for any audience and issuer"
	if remote {
		msg = "tokens verified with keys from a remote key set are accepted for any audience and issuer"
	}
	if strings.HasPrefix(fix, optionalPrefix) {
		return msg + fix
	}
	return msg + "; " + fix
}

// validRequires returns the claims a golang-jwt v4/v3 claims argument's
// own Valid method requires, ok false when it has one that cannot be read
// (declared in another package).
func (a *analyzer) validRequires(call *ast.CallExpr, f *model.Func) (map[string]bool, bool) {
	req := map[string]bool{}
	if !a.customValid(call, f) {
		return req, true
	}
	if len(f.Dests) == 0 || f.Dests[0] >= len(call.Args) {
		return nil, false
	}
	t := a.pass.TypesInfo.TypeOf(call.Args[f.Dests[0]])
	if t == nil {
		return nil, false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, model.ClaimsValidMethod)
	m, _ := obj.(*types.Func)
	fd := a.resolver.FuncDecl(m)
	if fd == nil || fd.Body == nil {
		return nil, false
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		chk, ok := model.LookupClaimCheck(a.callee(c))
		if !ok || chk.Req < 0 || chk.Req >= len(c.Args) {
			return true
		}
		if v, isConst := a.boolConst(c.Args[chk.Req]); !isConst || v {
			req[chk.Claim] = true
		}
		return true
	})
	return req, true
}

// customValid reports whether the claims argument of a golang-jwt v4/v3
// parse has a Valid method declared outside the library, which may check
// audience and issuer itself.
func (a *analyzer) customValid(call *ast.CallExpr, f *model.Func) bool {
	if len(f.Dests) == 0 || f.Dests[0] >= len(call.Args) {
		return false
	}
	t := a.pass.TypesInfo.TypeOf(call.Args[f.Dests[0]])
	if t == nil {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, model.ClaimsValidMethod)
	m, ok := obj.(*types.Func)
	return !ok || model.FuncName(m) == ""
}

func (a *analyzer) checkJWX(sc *scope, call *ast.CallExpr, fn *types.Func, f *model.Func) {
	opts := a.resolver.CallOptions(call, variadicIndex(fn.Signature()))
	if !opts.Complete {
		return
	}
	v1 := f.Options == model.VerifyOnlyWithKey
	hasKey := false
	validateOff := false
	for _, o := range opts.List {
		if o.Func == nil {
			continue
		}
		switch model.LookupOption(o.Func) {
		case model.KeyOption, model.KeyOptionBool:
			hasKey = true
		case model.VerifyToggle:
			if v, ok := a.boolConst(o.Call.Args[0]); ok && !v {
				return // unverified: jwtverify's business
			}
		}
		if _, ok := model.LookupKeyOption(o.Func); ok {
			hasKey = true
		}
		if model.LookupClaimsEffect(o.Func) == model.ValidationToggle {
			if v, ok := a.boolConst(o.Call.Args[0]); ok && !v {
				validateOff = true
			}
		}
	}
	if v1 {
		if !hasKey {
			return // an unverified parse: jwtverify reports it
		}
		on := false
		for _, o := range effectOpts(opts, model.ValidationToggle) {
			if v, ok := a.boolConst(o.Call.Args[0]); !ok || v {
				on = true
			}
		}
		if p, ok := a.parseAt(call); !on && ok && a.checkedSeparately(p) {
			return // a signature check; jwt.Validate checks the claims
		}
		if !on {
			ignored := ""
			for _, o := range opts.List {
				if o.Func == nil {
					continue
				}
				switch model.LookupClaimsEffect(o.Func) {
				case model.AudienceCheck, model.IssuerCheck, model.RequireClaim, model.OtherValidateOption:
					if ignored == "" {
						ignored = "; the jwt." + o.Func.Name() + " passed here is ignored without it"
					}
				}
			}
			a.report(call.Fun, "jwx v1 jwt."+fn.Name()+" does not validate claims unless given jwt.WithValidate(true)"+ignored+"; add jwt.WithValidate(true)")
			return
		}
	}
	if validateOff {
		return // reported at jwt.WithValidate(false)
	}
	audOK, issOK := a.bound(opts, model.AudienceCheck), a.bound(opts, model.IssuerCheck)
	if !audOK || !issOK {
		hAud, hIss := a.handChecks(sc.cur, a.parseRoots(call, f))
		audOK, issOK = audOK || hAud, issOK || hIss
	}
	fix := fixBindOptions
	if opt, val := a.optionalBinding(opts); opt != nil {
		fix = optionalNote("jwt."+a.callee(opt).Name(), val)
	}
	if !audOK && !issOK && a.reportExternal(call.Fun, a.keys.Verify(call, fn, opts), fix) {
		return
	}
	if strict && hasKey || strict && !v1 {
		var missing []string
		exp := false
		for _, o := range effectOpts(opts, model.RequireClaim) {
			if tv, ok := a.pass.TypesInfo.Types[o.Call.Args[0]]; ok && tv.Value != nil && tv.Value.ExactString() == `"exp"` {
				exp = true
			}
		}
		if !exp {
			missing = append(missing, `jwt.WithRequiredClaim("exp")`)
		}
		if !audOK {
			missing = append(missing, "jwt.WithAudience(...)")
		}
		if !issOK {
			missing = append(missing, "jwt.WithIssuer(...)")
		}
		if len(missing) > 0 {
			a.report(call.Fun, "this parse does not require exp, audience and issuer; add "+strings.Join(missing, ", "))
		}
	}
}

// checkJoseClaims reports tok.Claims(key, &c) when the function never
// validates the claims it decoded.
func (a *analyzer) checkJoseClaims(sc *scope, call *ast.CallExpr) {
	if sc.checks[model.AllClaims] || sc.checks["exp"] || sc.read["exp"] || len(call.Args) < 2 {
		return
	}
	// Only claims that carry the registered claims can be validated.
	registered := false
	for _, d := range call.Args[1:] {
		t := a.pass.TypesInfo.TypeOf(d)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, model.ClaimsValidateMethod); obj != nil {
			if _, ok := model.LookupClaimCheck(obj.(*types.Func)); ok {
				registered = true
			}
		}
		if a.escapesExpr(sc, d) || !a.readAfter(sc, d, call) {
			return
		}
	}
	if !registered {
		return
	}
	a.report(call.Fun, "tok.Claims verifies only the signature: go-jose checks no claim; call claims.Validate(jwt.Expected{Issuer: ..., AnyAudience: ..., Time: time.Now()}) and check its error")
}

// escapes reports whether the result of call (its first) or the claims
// it fills in leave the function (see leaves): another function may
// validate them. The flow engine says where they go (Result.UsesOf);
// where it kept no SSA, they are taken to leave.
func (a *analyzer) escapes(sc *scope, call *ast.CallExpr) bool {
	if f := model.LookupFunc(a.callee(call)); f != nil {
		for _, d := range f.Dests {
			if d < len(call.Args) && a.escapesExpr(sc, call.Args[d]) {
				return true
			}
		}
	}
	uses, ok := a.flow.ResultUsesOf(nil, call, 0)
	return !ok || leaves(uses)
}

// escapesExpr reports whether the value of e (a claims destination:
// &claims, the variable's) leaves the function (see leaves).
func (a *analyzer) escapesExpr(sc *scope, e ast.Expr) bool {
	uses, ok := a.flow.UsesOf(nil, e)
	return !ok || leaves(uses)
}

// leaves reports whether one of uses hands the value on: returns it,
// stores it (a field, a package-level variable, a map), or passes it to
// a function outside the token libraries. A field read or a method call
// on it, a comparison, or a token library's function given it keeps it.
func leaves(uses []flow.Use) bool {
	for _, u := range uses {
		switch u.Kind {
		case flow.UseReturned, flow.UseStored:
			return true
		case flow.UseArg:
			if u.Callee == nil || model.FuncName(u.Callee) == "" {
				return true
			}
		}
	}
	return false
}

// readAfter reports whether the variable dest names (through &) is used
// anywhere in the function besides the call (Result.UsesOf: the
// variables holding its value): a Claims call whose claims are never read
// only tries keys. Where the engine kept no SSA, it is taken to be read.
func (a *analyzer) readAfter(sc *scope, dest ast.Expr, call *ast.CallExpr) bool {
	uses, ok := a.flow.UsesOf(nil, dest)
	if !ok {
		return true
	}
	for _, u := range uses {
		if u.Kind == flow.UseRef {
			// Only a variable's uses, not its declaration.
			if id, isIdent := u.Expr.(*ast.Ident); !isIdent || a.pass.TypesInfo.Uses[id] == nil {
				continue
			}
		}
		if u.Pos.IsValid() && !(call.Pos() <= u.Pos && u.Pos < call.End()) {
			return true
		}
	}
	return false
}

// checkJoseValidate checks claims.Validate(e) and ValidateWithLeeway(e, d)
// of go-jose: claims verified with keys of another party (tok.Claims(key,
// &claims) in the same function) must be bound to an audience or issuer;
// with -strict, e must name both and the function must nil-check Expiry.
func (a *analyzer) checkJoseValidate(sc *scope, call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 {
		return
	}
	claims := a.varOf(sel.X)
	if claims == nil {
		return
	}
	lit, fields := a.expected(sc, call.Args[0])
	if lit == nil {
		return
	}
	key := keysource.Key{}
	for _, c := range sc.calls {
		fn := a.callee(c)
		if model.VerifiedClaimsRule(fn) != model.ClaimsByExpected {
			continue
		}
		for _, d := range c.Args[1:] {
			if a.varOf(d) == claims {
				if k := a.keys.Verify(c, fn, resolve.Options{}); k.Source > key.Source {
					key = k
				}
			}
		}
	}
	if key.Source == model.UnknownKey {
		key = a.keys.Claims(sel.X)
	}
	aud, iss := fields["aud"], fields["iss"]
	if !aud || !iss {
		hAud, hIss := a.handChecks(sc.cur, []*types.Var{claims})
		aud, iss = aud || hAud, iss || hIss
	}
	fix := fixBindExpected
	if opt := a.optionalFields[lit]; len(opt) > 0 {
		fix = optionalNote(opt[0].name, opt[0].value)
	}
	if !aud && !iss && a.reportExternal(call.Args[0], key, fix) {
		return
	}
	if !strict {
		return
	}
	var missing []string
	if !iss {
		missing = append(missing, "Expected.Issuer")
	}
	if !aud {
		missing = append(missing, "the Expected audience (AnyAudience in v4, Audience in v3 and v2)")
	}
	if !a.nilChecksExpiry(sc) {
		missing = append(missing, "a nil check of claims.Expiry")
	}
	if len(missing) > 0 {
		a.report(call.Args[0], "this validation does not require exp, audience and issuer; add "+strings.Join(missing, ", "))
	}
}

// varOf returns the variable e names, through & and parentheses.
func (a *analyzer) varOf(e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := a.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return v
}

// expected resolves a go-jose Expected argument to its composite literal
// (directly, through .WithTime(t), or through a variable assigned once)
// and the claims ("aud", "iss") it binds with values that cannot be
// empty. Fields assigned later (e.Issuer = ...) in the function count.
// lit is nil when the value cannot be resolved.
func (a *analyzer) expected(sc *scope, e ast.Expr) (lit *ast.CompositeLit, fields map[string]bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == model.ExpectedWithTime {
			return a.expected(sc, sel.X)
		}
		return nil, nil
	}
	var v *types.Var
	switch x := e.(type) {
	case *ast.CompositeLit:
		lit = x
	case *ast.Ident:
		vals, ok := a.resolver.Values(x)
		if !ok || len(vals) != 1 {
			return nil, nil
		}
		l, ok := ast.Unparen(vals[0]).(*ast.CompositeLit)
		if !ok {
			return nil, nil
		}
		lit, v = l, a.varOf(x)
	default:
		return nil, nil
	}
	t := a.pass.TypesInfo.TypeOf(lit)
	if isExp, _ := model.ExpectedType(t); !isExp {
		return nil, nil
	}
	fields = map[string]bool{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, nil // positional: every field set
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if claim := model.ExpectedClaimField(t, id.Name); claim != "" && !a.emptyValue(kv.Value) {
			fields[claim] = true
		}
	}
	if v != nil {
		for c := range sc.cur.Preorder((*ast.AssignStmt)(nil)) {
			as := c.Node().(*ast.AssignStmt)
			for i, l := range as.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && a.varOf(sel.X) == v {
					if claim := model.ExpectedClaimField(t, sel.Sel.Name); claim != "" {
						if len(as.Rhs) == len(as.Lhs) && a.guardedNonEmpty(c, as.Rhs[i]) {
							// e.Issuer = cfg.Issuer only when it is set.
							a.optionalFields[lit] = append(a.optionalFields[lit], optionalField{"Expected." + sel.Sel.Name, as.Rhs[i]})
							continue
						}
						fields[claim] = true
					}
				}
			}
		}
	}
	return lit, fields
}

// optionalField is a go-jose Expected field assigned only when its value
// is not empty.
type optionalField struct {
	name  string
	value ast.Expr
}

// guardedNonEmpty reports whether the node at cur is in the body of an if
// statement whose condition requires x to be non-empty.
func (a *analyzer) guardedNonEmpty(cur inspector.Cursor, x ast.Expr) bool {
	x = ast.Unparen(x)
	for c := range cur.Enclosing((*ast.IfStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		ifs, ok := c.Node().(*ast.IfStmt)
		if !ok {
			return false
		}
		n := cur.Node()
		if ifs.Body.Pos() <= n.Pos() && n.End() <= ifs.Body.End() && a.requiresNonEmpty(ifs.Cond, x) {
			return true
		}
	}
	return false
}

// emptyValue reports whether an Expected field value may be empty: "",
// an unchecked os.Getenv, nil, or an empty audience literal.
func (a *analyzer) emptyValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if a.maybeEmpty(e) {
		return true
	}
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		return true
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		if len(lit.Elts) == 0 {
			return true
		}
		for _, el := range lit.Elts {
			if !a.maybeEmpty(el) {
				return false
			}
		}
		return true
	}
	return false
}

// nilChecksExpiry reports whether the function compares a claims' Expiry
// with nil (go-jose requires no exp).
func (a *analyzer) nilChecksExpiry(sc *scope) bool {
	found := false
	for c := range sc.cur.Preorder((*ast.BinaryExpr)(nil)) {
		b := c.Node().(*ast.BinaryExpr)
		for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
			sel, ok := ast.Unparen(pair[0]).(*ast.SelectorExpr)
			id, isNil := ast.Unparen(pair[1]).(*ast.Ident)
			if ok && isNil && id.Name == "nil" && model.ClaimOfFieldName(sel.Sel.Name) == "exp" {
				found = true
			}
		}
	}
	return found
}

// checkIDToken reports, with -strict, idtoken.Validate with an audience
// when the function never reads the payload's Issuer: the library checks
// no issuer.
func (a *analyzer) checkIDToken(sc *scope, call *ast.CallExpr, fn *types.Func) {
	if !strict || !model.IssuerUnchecked(fn) || sc.read["iss"] || a.escapes(sc, call) {
		return
	}
	if i := model.AudienceArg(fn); i < 0 || i >= len(call.Args) || a.maybeEmpty(call.Args[i]) {
		return // an empty audience is reported by checkCall
	}
	a.report(call.Fun, "idtoken "+fn.Name()+" checks the audience but never the issuer, and this function does not read payload.Issuer; compare it with the issuer you expect (https://accounts.google.com)")
}

// signatureOnly reports whether a golang-jwt parse only checks a
// signature: its token is discarded or only its Valid field is read, and
// its claims argument, if any, is a literal or never read afterwards. The
// claims are taken elsewhere (often by a caller, from an unverified
// parse), and bound to an audience there.
func (a *analyzer) signatureOnly(sc *scope, call *ast.CallExpr, f *model.Func) bool {
	for _, d := range f.Dests {
		if d >= len(call.Args) {
			continue
		}
		arg := ast.Unparen(call.Args[d])
		if u, ok := arg.(*ast.UnaryExpr); ok {
			arg = ast.Unparen(u.X)
		}
		if _, isLit := arg.(*ast.CompositeLit); !isLit && (a.escapesExpr(sc, call.Args[d]) || a.readAfter(sc, call.Args[d], call)) {
			return false
		}
	}
	found := false
	for c := range sc.cur.Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call && len(as.Lhs) > 0 {
			found = true
		}
	}
	if !found {
		return false
	}
	// The token's uses (Result.UsesOf): none, or reads of its Valid
	// field. Where the engine kept no SSA, nothing is known: taken as
	// checking only the signature (no finding).
	if f.Result < 0 {
		return true
	}
	uses, ok := a.flow.ResultUsesOf(nil, call, f.Result)
	if !ok {
		return true
	}
	for _, u := range uses {
		switch {
		case u.Kind == flow.UseRef:
		case u.Kind == flow.UseField && u.Field != nil && u.Field.Name() == model.TokenValidField:
		default:
			return false
		}
	}
	return true
}

// What to do when a verification binds neither audience nor issuer.
const (
	fixBindOptions  = "add jwt.WithAudience(...) and jwt.WithIssuer(...)"
	fixBindVerify   = "check claims.VerifyAudience(aud, true) and claims.VerifyIssuer(iss, true) after parsing"
	fixBindExpected = "set Expected.Issuer and the audience field (AnyAudience in v4, Audience in v3 and v2)"
)

const optionalPrefix = " if "

// optionalNote is the end of the message for a verification whose only
// audience or issuer option is added when the value is configured.
func optionalNote(name string, val ast.Expr) string {
	return optionalPrefix + types.ExprString(val) + " is empty (" + name + " is only added otherwise); require it"
}
