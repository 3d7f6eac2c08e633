package jwtclaims

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

// scope is one function (declaration, or literal outside any declaration)
// with the claims checks it makes.
type scope struct {
	cur   inspector.Cursor
	calls []*ast.CallExpr
	// checks are the claims checked anywhere in the function, by a method
	// call with a required (or no) flag: "exp", "aud", "iss", "nbf", "all".
	checks map[string]bool
	// weak are Verify*(x, false) calls by claim.
	weak map[string][]*ast.CallExpr
	// read are the claims whose fields the function reads (a manual check).
	read map[string]bool
	// cristalhq is set when a cristalhq claims check is called.
	cristalhq bool
}

var claimFields = map[string]string{
	"Audience": "aud", "AnyAudience": "aud", "Issuer": "iss", "ExpiresAt": "exp", "Expiry": "exp",
}

func (a *analyzer) checkScope(fcur inspector.Cursor) {
	sc := &scope{cur: fcur, checks: map[string]bool{}, weak: map[string][]*ast.CallExpr{}, read: map[string]bool{}}
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
			if lib := a.funcOfLib(fn); lib != nil && lib.Family == "cristalhq" {
				sc.cristalhq = true
			}
			if chk.Req >= 0 && chk.Req < len(n.Args) {
				if v, isConst := a.boolConst(n.Args[chk.Req]); isConst && !v {
					sc.weak[chk.Claim] = append(sc.weak[chk.Claim], n)
					continue
				}
			}
			sc.checks[chk.Claim] = true
		case *ast.SelectorExpr:
			if claim, ok := claimFields[n.Sel.Name]; ok {
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
		f := model.LookupFunc(fn)
		if f == nil || f.Kind != model.Verified {
			continue
		}
		switch f.Lib.Family {
		case "golang-jwt":
			a.checkGolangJWT(sc, call, fn, f)
		case "jwx":
			if strings.HasSuffix(fn.Pkg().Path(), "/jwt") {
				a.checkJWX(sc, call, fn, f)
			}
		case "go-jose":
			if fn.Name() == "Claims" {
				a.checkJoseClaims(sc, call)
			}
		case "cristalhq":
			if !sc.cristalhq && !sc.read["exp"] && !a.escapes(sc, call) {
				a.report(call.Fun, "jwt."+fn.Name()+" verifies only the signature: cristalhq/jwt checks no claim, so expired tokens and tokens for other audiences are accepted; check claims.IsValidAt(time.Now()) (and IsForAudience, IsIssuer) before trusting them")
			}
		case "gbrlsnchs":
			opts := a.resolver.CallOptions(call, 3)
			if opts.Complete && !hasEffect(opts, model.PayloadValidation) {
				a.report(call.Fun, "jwt.Verify without a jwt.ValidatePayload option checks no claim, so expired tokens and tokens for other audiences are accepted; pass jwt.ValidatePayload(&pl, jwt.ExpirationTimeValidator(now), jwt.AudienceValidator(...))")
			}
		}
	}
	for claim, calls := range sc.weak {
		if sc.checks[claim] || (claim == "exp" && sc.checks["all"]) {
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
// that cannot be empty is present.
func (a *analyzer) bound(opts resolve.Options, e model.ClaimsEffect) bool {
	for _, o := range effectOpts(opts, e) {
		if len(o.Call.Args) == 0 {
			continue
		}
		if o.Call.Ellipsis.IsValid() || !a.maybeEmpty(o.Call.Args[0]) {
			return true
		}
	}
	return false
}

// keyfuncParam returns the index of the Keyfunc parameter of a golang-jwt
// parse function, or -1.
func keyfuncParam(sig *types.Signature) int {
	for i := 0; i < sig.Params().Len(); i++ {
		if n, ok := types.Unalias(sig.Params().At(i).Type()).(*types.Named); ok && n.Obj().Name() == "Keyfunc" {
			return i
		}
	}
	return -1
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
	v5 := f.Lib.ID == "golang-jwt/jwt/v5"
	// Claims validation switched off by the parser it uses is reported at
	// the option; nothing more to say here.
	if hasEffect(opts, model.ValidationOff) {
		return
	}
	for _, o := range opts.List {
		if o.Field == "SkipClaimsValidation" {
			return
		}
	}
	audOK, issOK := true, true
	if v5 {
		audOK, issOK = a.bound(opts, model.AudienceCheck), a.bound(opts, model.IssuerCheck)
	} else {
		audOK = sc.checks["aud"] || sc.read["aud"] || a.customValid(call, f)
		issOK = sc.checks["iss"] || sc.read["iss"] || a.customValid(call, f)
	}
	ki := keyfuncParam(sig)
	if ki >= 0 && ki < len(call.Args) && !audOK && !issOK && (opts.Complete || !v5) {
		if src := a.remote(call.Args[ki], 0); src != nil {
			fix := "add jwt.WithAudience(...) and jwt.WithIssuer(...)"
			if !v5 {
				fix = "check claims.VerifyAudience(aud, true) and claims.VerifyIssuer(iss, true) after parsing"
			}
			a.report(call.Fun, "tokens verified with keys from a remote key set are accepted for any audience and issuer, so tokens the identity provider issued to other services pass; "+fix,
				analysis.RelatedInformation{Pos: src.Pos(), End: src.End(), Message: "the remote key set"})
			return
		}
	}
	if strict && v5 && opts.Complete {
		var missing []string
		if !hasEffect(opts, model.RequireExp) {
			missing = append(missing, "jwt.WithExpirationRequired()")
		}
		if !audOK {
			missing = append(missing, "jwt.WithAudience(...)")
		}
		if !issOK {
			missing = append(missing, "jwt.WithIssuer(...)")
		}
		if len(missing) > 0 {
			a.report(call.Fun, "this parse does not require exp, audience and issuer, so tokens without exp never expire and tokens minted for another audience pass; add "+strings.Join(missing, ", "))
		}
	}
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
	obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, "Valid")
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
	var remoteSrc ast.Node
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
		if o.Func.Name() == "WithKeySet" || o.Func.Name() == "WithKey" || o.Func.Name() == "WithVerify" {
			hasKey = true
			for _, arg := range o.Call.Args {
				if src := a.remote(arg, 0); src != nil {
					remoteSrc = src
				}
			}
		}
		if o.Func.Name() == "WithVerifyAuto" || o.Func.Name() == "WithKeyProvider" || o.Func.Name() == "WithKeySetProvider" {
			hasKey = true
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
			a.report(call.Fun, "jwx v1 jwt."+fn.Name()+" does not validate claims unless given jwt.WithValidate(true), so expired tokens are accepted"+ignored+"; add jwt.WithValidate(true)")
			return
		}
	}
	audOK, issOK := a.bound(opts, model.AudienceCheck), a.bound(opts, model.IssuerCheck)
	if remoteSrc != nil && !audOK && !issOK {
		a.report(call.Fun, "tokens verified with keys from a remote key set are accepted for any audience and issuer, so tokens the identity provider issued to other services pass; add jwt.WithAudience(...) and jwt.WithIssuer(...)",
			analysis.RelatedInformation{Pos: remoteSrc.Pos(), End: remoteSrc.End(), Message: "the remote key set"})
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
			a.report(call.Fun, "this parse does not require exp, audience and issuer, so tokens without exp never expire and tokens minted for another audience pass; add "+strings.Join(missing, ", "))
		}
	}
}

// checkJoseClaims reports tok.Claims(key, &c) when the function never
// validates the claims it decoded.
func (a *analyzer) checkJoseClaims(sc *scope, call *ast.CallExpr) {
	if sc.checks["all"] || sc.checks["exp"] || sc.read["exp"] || len(call.Args) < 2 {
		return
	}
	// Only claims that carry the registered claims can be validated.
	registered := false
	for _, d := range call.Args[1:] {
		t := a.pass.TypesInfo.TypeOf(d)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, "Validate"); obj != nil {
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
	a.report(call.Fun, "tok.Claims verifies only the signature: go-jose checks no claim, so expired tokens and tokens for other audiences are accepted; call claims.Validate(jwt.Expected{Issuer: ..., AnyAudience: ..., Time: time.Now()}) and check its error")
}

// escapes reports whether the result of call leaves the function (returned
// or passed to a call that is not a library function), so another function
// may validate it.
func (a *analyzer) escapes(sc *scope, call *ast.CallExpr) bool {
	fn := a.callee(call)
	f := model.LookupFunc(fn)
	if f != nil {
		for _, d := range f.Dests {
			if d < len(call.Args) && a.escapesExpr(sc, call.Args[d]) {
				return true
			}
		}
	}
	// The result variable.
	for c := range sc.cur.Preorder((*ast.AssignStmt)(nil)) {
		as := c.Node().(*ast.AssignStmt)
		if len(as.Rhs) == 1 && as.Rhs[0] == call && len(as.Lhs) > 0 {
			if a.escapesExpr(sc, as.Lhs[0]) {
				return true
			}
		}
	}
	if _, ok := sc.cur.Node().(*ast.FuncDecl); ok {
		for c := range sc.cur.Preorder((*ast.ReturnStmt)(nil)) {
			for _, r := range c.Node().(*ast.ReturnStmt).Results {
				if r == call {
					return true
				}
			}
		}
	}
	return false
}

// escapesExpr reports whether the variable e names (through &) is returned
// or passed to a function outside the token libraries.
func (a *analyzer) escapesExpr(sc *scope, e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return true
	}
	v, _ := a.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil {
		return true
	}
	if v.Parent() == nil || v.Parent() == a.pass.Pkg.Scope() {
		return true
	}
	esc := false
	for c := range sc.cur.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		if use == id || a.pass.TypesInfo.Uses[use] != v {
			continue
		}
		// Climb through & and selectors to the user.
		p := c.Parent()
		for {
			switch p.Node().(type) {
			case *ast.UnaryExpr, *ast.ParenExpr, *ast.StarExpr:
				p = p.Parent()
				continue
			}
			break
		}
		switch n := p.Node().(type) {
		case *ast.SelectorExpr:
			// A field read or a method call on the claims: not handed on.
		case *ast.ReturnStmt:
			esc = true
		case *ast.CallExpr:
			if fn := a.callee(n); fn == nil || model.FuncName(fn) == "" {
				for _, arg := range n.Args {
					if arg.Pos() <= use.Pos() && use.End() <= arg.End() {
						esc = true
					}
				}
			}
		case *ast.AssignStmt, *ast.KeyValueExpr, *ast.CompositeLit:
			if !(isLhs(n, use)) {
				esc = true
			}
		}
	}
	return esc
}

func isLhs(n ast.Node, id *ast.Ident) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, l := range as.Lhs {
		if l.Pos() <= id.Pos() && id.End() <= l.End() {
			return true
		}
	}
	return false
}

// remote returns the expression that fetches the keys e is built from,
// when they come from a remote key set, or nil.
func (a *analyzer) remote(e ast.Expr, depth int) ast.Node {
	if depth > 4 || e == nil {
		return nil
	}
	info := a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn := a.callee(x); fn != nil && model.LookupClaimsEffect(fn) == model.RemoteKeys {
			return x
		}
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.remote(x.Args[0], depth+1)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
				return a.remote(sel.X, depth+1)
			}
		}
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil && s.Kind() == types.MethodVal {
			if fn, ok := s.Obj().(*types.Func); ok && model.LookupClaimsEffect(fn) == model.RemoteKeys {
				return x
			}
			if fd := a.resolver.FuncDecl(s.Obj().(*types.Func)); fd != nil {
				if r := a.remoteBody(fd.Body, depth); r != nil {
					return r
				}
			}
			return a.remote(x.X, depth+1)
		}
		return a.remoteVar(x, depth)
	case *ast.Ident:
		if fn, ok := info.Uses[x].(*types.Func); ok {
			if fd := a.resolver.FuncDecl(fn); fd != nil {
				return a.remoteBody(fd.Body, depth)
			}
			return nil
		}
		return a.remoteVar(x, depth)
	case *ast.FuncLit:
		return a.remoteBody(x.Body, depth)
	case *ast.UnaryExpr:
		return a.remote(x.X, depth+1)
	}
	return nil
}

// remoteBody returns the remote key source a keyfunc body uses.
func (a *analyzer) remoteBody(body *ast.BlockStmt, depth int) ast.Node {
	if body == nil {
		return nil
	}
	var found ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if r := a.remote(n, depth+1); r != nil {
				found = r
			}
		case *ast.ReturnStmt:
			for _, res := range n.Results {
				if r := a.remote(res, depth+1); r != nil {
					found = r
				}
			}
		}
		return true
	})
	return found
}

func (a *analyzer) remoteVar(e ast.Expr, depth int) ast.Node {
	if t := a.pass.TypesInfo.TypeOf(e); t != nil {
		if tn := model.TypeName(t); tn != "" {
			if lib := model.LibraryOf(tn[:strings.LastIndex(tn, ".")]); lib != nil && lib.Family == "keyfunc" {
				return e
			}
		}
	}
	vals, _ := a.resolver.Values(e)
	for _, v := range vals {
		if r := a.remote(v, depth+1); r != nil {
			return r
		}
	}
	var obj types.Object
	switch x := e.(type) {
	case *ast.Ident:
		obj = a.pass.TypesInfo.ObjectOf(x)
	case *ast.SelectorExpr:
		obj = a.pass.TypesInfo.ObjectOf(x.Sel)
	}
	v, _ := obj.(*types.Var)
	if v == nil {
		return nil
	}
	for _, call := range a.tupleCalls(v) {
		if r := a.remote(call, depth+1); r != nil {
			return r
		}
	}
	return nil
}

// tupleCalls returns the calls v is assigned from in multi-value
// assignments of this package.
func (a *analyzer) tupleCalls(v *types.Var) []*ast.CallExpr {
	if a.tupleDefs == nil {
		a.tupleDefs = map[*types.Var][]*ast.CallExpr{}
		for _, f := range a.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				var lhs []ast.Expr
				var rhs []ast.Expr
				switch n := n.(type) {
				case *ast.AssignStmt:
					lhs, rhs = n.Lhs, n.Rhs
				case *ast.ValueSpec:
					for _, id := range n.Names {
						lhs = append(lhs, id)
					}
					rhs = n.Values
				default:
					return true
				}
				if len(rhs) != 1 || len(lhs) < 2 {
					return true
				}
				call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
				if !ok {
					return true
				}
				for _, l := range lhs {
					var obj types.Object
					switch x := ast.Unparen(l).(type) {
					case *ast.Ident:
						obj = a.pass.TypesInfo.ObjectOf(x)
					case *ast.SelectorExpr:
						obj = a.pass.TypesInfo.ObjectOf(x.Sel)
					}
					if lv, ok := obj.(*types.Var); ok {
						a.tupleDefs[lv] = append(a.tupleDefs[lv], call)
					}
				}
				return true
			})
		}
	}
	return a.tupleDefs[v]
}

// readAfter reports whether the variable dest names (through &) is used
// anywhere in the function besides the call: a Claims call whose claims are
// never read only tries keys.
func (a *analyzer) readAfter(sc *scope, dest ast.Expr, call *ast.CallExpr) bool {
	e := ast.Unparen(dest)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return true
	}
	v := a.pass.TypesInfo.ObjectOf(id)
	for c := range sc.cur.Preorder((*ast.Ident)(nil)) {
		use := c.Node().(*ast.Ident)
		if a.pass.TypesInfo.Uses[use] == v && !(call.Pos() <= use.Pos() && use.End() <= call.End()) {
			return true
		}
	}
	return false
}
