package jwtalg

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

// kfInfo is what is known of a keyfunc or token helper declared in this
// package: whether it checks the token's signing method, and the keys it
// returns.
type kfInfo struct {
	checks bool
	keys   []keyInfo
	// unknownKeys: some key returned could not be typed (a call, an
	// interface value).
	unknownKeys bool
	pos, end    token.Pos
}

// keyInfo is one key a keyfunc returns.
type keyInfo struct {
	typ    types.Type
	public bool // a []byte that looks like public key material
	// kind, when set, is the key's kind regardless of typ: "public" for an
	// interface value drawn from a key set (set.Keys[0].Key of a set
	// decoded from JSON or fetched), a public key of an unknown family;
	// the kinds of the key labels of a keyfunc of another package.
	kind string
}

// kfRef is one function an expression used as a keyfunc may be.
type kfRef struct {
	known  bool // whether it is known whether it checks the method
	checks bool
	info   *kfInfo // for keyfuncs of this package; nil otherwise
	subst  map[*types.TypeParam]types.Type
	pos    token.Pos
	end    token.Pos
}

var unknownRef = kfRef{}

// resolveKeyfunc returns the functions the keyfunc expression e may be:
// function literals, functions and methods (values), variables and fields
// holding them, and the results of functions returning keyfuncs (factories,
// generic ones included).
func (a *analyzer) resolveKeyfunc(e ast.Expr, subst map[*types.TypeParam]types.Type, depth int) []kfRef {
	if depth > 5 {
		return []kfRef{unknownRef}
	}
	info := a.pass.TypesInfo
	e = ast.Unparen(e)
	if a.isNil(e) {
		return nil
	}
	switch x := e.(type) {
	case *ast.FuncLit:
		ki := a.litInfo(x)
		return []kfRef{{known: true, checks: ki.checks, info: ki, subst: subst, pos: x.Pos(), end: x.Type.End()}}
	case *ast.IndexExpr:
		return a.resolveKeyfunc(x.X, subst, depth+1)
	case *ast.IndexListExpr:
		return a.resolveKeyfunc(x.X, subst, depth+1)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.resolveKeyfunc(x.Args[0], subst, depth+1) // jwt.Keyfunc(f)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil {
			return []kfRef{unknownRef}
		}
		return a.factoryRefs(fn, a.instanceSubst(x.Fun, fn), depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = info.Uses[id]
		} else if s := info.Selections[x.(*ast.SelectorExpr)]; s != nil {
			obj = s.Obj()
		} else {
			obj = info.Uses[x.(*ast.SelectorExpr).Sel]
		}
		switch obj := obj.(type) {
		case *types.Func:
			return []kfRef{a.funcRef(obj)}
		case *types.Var:
			if vals, ok := a.flow.FuncValues(a.fileOf(x.Pos()), x); ok {
				return a.funcValueRefs(vals, subst, depth)
			}
			vals, ok := a.resolver.Values(x)
			var refs []kfRef
			for _, v := range vals {
				refs = append(refs, a.resolveKeyfunc(v, subst, depth+1)...)
			}
			if !ok || len(vals) == 0 {
				refs = append(refs, unknownRef)
			}
			return refs
		}
	}
	return []kfRef{unknownRef}
}

// funcValueRefs returns the keyfuncs of the functions the flow engine
// says a variable or field may hold.
func (a *analyzer) funcValueRefs(vals []flow.FuncValue, subst map[*types.TypeParam]types.Type, depth int) []kfRef {
	if len(vals) == 0 {
		return []kfRef{unknownRef}
	}
	var refs []kfRef
	for _, v := range vals {
		switch {
		case v.Lit != nil:
			refs = append(refs, a.resolveKeyfunc(v.Lit, subst, depth+1)...)
		case v.Func != nil:
			refs = append(refs, a.funcRef(v.Func))
		case v.Factory != nil:
			refs = append(refs, a.factoryRefs(v.Factory, nil, depth+1)...)
		default:
			refs = append(refs, unknownRef)
		}
	}
	return refs
}

// fileOf returns the file of the package holding pos.
func (a *analyzer) fileOf(pos token.Pos) *ast.File {
	for _, f := range a.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// funcRef describes a declared function or method used as a keyfunc.
func (a *analyzer) funcRef(fn *types.Func) kfRef {
	fn = fn.Origin()
	if model.IsLibraryKeyfunc(fn) {
		return kfRef{known: true, checks: true}
	}
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return unknownRef // an interface method: any implementation
	}
	if fn.Pkg() == a.pass.Pkg {
		ki := a.funcInfo(fn)
		if ki == nil {
			return unknownRef
		}
		return kfRef{known: true, checks: ki.checks, info: ki, pos: ki.pos, end: ki.end}
	}
	if a.local(fn.Pkg()) {
		checks := a.importedChecks(fn)
		return kfRef{known: true, checks: checks, info: a.importedKeys(fn), pos: fn.Pos(), end: fn.Pos() + token.Pos(len(fn.Name()))}
	}
	return unknownRef
}

// importedChecks reports whether fn, a function of another package of
// the module, checks the signing method of the token it is given (or
// returns keyfuncs that all do): the flow engine's summary says so.
func (a *analyzer) importedChecks(fn *types.Func) bool {
	s := a.flow.SummaryOf(fn)
	return s != nil && s.ChecksMethod
}

// importedKeys returns what is known of the keys returned by fn, a
// function of another package of the module, or by the keyfuncs it
// returns: the key labels of its result in the flow engine's summary
// when they are all asymmetric public keys of known families, or nil.
func (a *analyzer) importedKeys(fn *types.Func) *kfInfo {
	s := a.flow.SummaryOf(fn)
	if s == nil || len(s.Results) == 0 {
		return nil
	}
	kinds, other := model.KeyFamilies(s.Results[0])
	if other {
		return nil
	}
	ki := &kfInfo{pos: fn.Pos(), end: fn.Pos() + token.Pos(len(fn.Name()))}
	for _, k := range kinds {
		ki.keys = append(ki.keys, keyInfo{kind: k})
	}
	return ki
}

// factoryRefs returns the keyfuncs a call of fn returns.
func (a *analyzer) factoryRefs(fn *types.Func, subst map[*types.TypeParam]types.Type, depth int) []kfRef {
	fn = fn.Origin()
	if model.IsLibraryKeyfunc(fn) {
		return []kfRef{{known: true, checks: true}}
	}
	if fn.Pkg() == a.pass.Pkg {
		decl := a.resolver.FuncDecl(fn)
		if decl == nil || decl.Body == nil {
			return []kfRef{unknownRef}
		}
		var refs []kfRef
		for _, ret := range astutil.Returns(decl) {
			if len(ret.Results) == 0 {
				return []kfRef{unknownRef} // named results
			}
			refs = append(refs, a.resolveKeyfunc(ret.Results[0], subst, depth+1)...)
		}
		return refs
	}
	if a.local(fn.Pkg()) {
		checks := a.importedChecks(fn)
		return []kfRef{{known: true, checks: checks, info: a.importedKeys(fn), pos: fn.Pos(), end: fn.Pos() + token.Pos(len(fn.Name()))}}
	}
	return []kfRef{unknownRef}
}

// instanceSubst maps the type parameters of a generic function to the type
// arguments of the instantiation fun refers to.
func (a *analyzer) instanceSubst(fun ast.Expr, fn *types.Func) map[*types.TypeParam]types.Type {
	fun = ast.Unparen(fun)
	switch x := fun.(type) {
	case *ast.IndexExpr:
		fun = x.X
	case *ast.IndexListExpr:
		fun = x.X
	}
	var id *ast.Ident
	switch x := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id == nil {
		return nil
	}
	inst, ok := a.pass.TypesInfo.Instances[id]
	tparams := fn.Origin().Signature().TypeParams()
	if !ok || tparams == nil || inst.TypeArgs == nil || inst.TypeArgs.Len() != tparams.Len() {
		return nil
	}
	m := make(map[*types.TypeParam]types.Type)
	for i := 0; i < tparams.Len(); i++ {
		m[tparams.At(i)] = inst.TypeArgs.At(i)
	}
	return m
}

// funcInfo analyzes a function of this package that takes a token.
func (a *analyzer) funcInfo(fn *types.Func) *kfInfo {
	fn = fn.Origin()
	if ki, ok := a.funcs[fn]; ok {
		return ki
	}
	decl := a.resolver.FuncDecl(fn)
	if decl == nil || decl.Body == nil {
		a.funcs[fn] = nil
		return nil
	}
	// Recursion assumes no check until the body says otherwise.
	ki := &kfInfo{pos: decl.Name.Pos(), end: decl.Name.End()}
	a.funcs[fn] = ki
	a.analyzeFunc(decl, ki)
	return ki
}

// litInfo analyzes a function literal used as a keyfunc.
func (a *analyzer) litInfo(lit *ast.FuncLit) *kfInfo {
	if ki, ok := a.lits[lit]; ok {
		return ki
	}
	ki := &kfInfo{pos: lit.Pos(), end: lit.Type.End()}
	a.lits[lit] = ki
	a.analyzeFunc(lit, ki)
	return ki
}

// analyzeFunc fills ki for the function fn (a declaration or literal):
// whether it checks the method of the token it is given, as the flow
// engine reads it off the function's SSA (flow.Result.ChecksMethod: a
// function it did not follow is taken to check, so nothing is reported
// on a guess), and the keys it returns.
func (a *analyzer) analyzeFunc(fn ast.Node, ki *kfInfo) {
	checks, ok := a.flow.ChecksMethod(fn)
	ki.checks = checks || !ok
	a.collectKeys(fn, ki, 0)
}

func (a *analyzer) objOf(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if obj := a.pass.TypesInfo.Defs[id]; obj != nil {
		return obj
	}
	return a.pass.TypesInfo.Uses[id]
}

// collectKeys records the keys the function returns (the first of two
// results of its own return statements).
func (a *analyzer) collectKeys(fn ast.Node, ki *kfInfo, depth int) {
	for _, ret := range astutil.Returns(fn) {
		switch len(ret.Results) {
		case 2:
			k := ret.Results[0]
			if a.isNil(k) {
				continue
			}
			if obj := astutil.RefObj(a.pass.TypesInfo, k); obj != nil && model.LookupNone(obj) != 0 {
				continue // reported on its own
			}
			a.addKey(ki, k, 0)
		case 1:
			// return helper(t)
			call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
			if !ok {
				ki.unknownKeys = true
				continue
			}
			fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
			if fn != nil && fn.Pkg() != a.pass.Pkg && a.local(fn.Pkg()) {
				if sub := a.importedKeys(fn.Origin()); sub != nil {
					ki.keys = append(ki.keys, sub.keys...)
					continue
				}
			}
			if fn == nil || fn.Pkg() != a.pass.Pkg || depth > 3 {
				ki.unknownKeys = true
				continue
			}
			sub := a.funcInfo(fn)
			if sub == nil {
				ki.unknownKeys = true
				continue
			}
			ki.keys = append(ki.keys, sub.keys...)
			ki.unknownKeys = ki.unknownKeys || sub.unknownKeys
		default:
			ki.unknownKeys = true // named results
		}
	}
}

// addKey records the key expression k, looking through one local
// variable of interface type to what it holds: the kinds of keys the flow
// engine knows it holds, else (a []byte that may look public, a key of a
// key set) what is assigned to it.
func (a *analyzer) addKey(ki *kfInfo, k ast.Expr, depth int) {
	t := a.pass.TypesInfo.TypeOf(k)
	if t == nil {
		ki.unknownKeys = true
		return
	}
	if types.IsInterface(t) {
		if _, isTP := types.Unalias(t).(*types.TypeParam); !isTP {
			if id, ok := ast.Unparen(k).(*ast.Ident); ok && depth == 0 {
				// The flow engine knows the kinds of the keys the
				// variable holds there.
				if l, ok := a.flow.KeysOf(a.fileOf(id.Pos()), id); ok {
					if kinds, other := model.KeyFamilies(l); !other {
						for _, kind := range kinds {
							ki.keys = append(ki.keys, keyInfo{typ: t, kind: kind})
						}
						return
					}
				}
			}
			if depth < 2 {
				if id, ok := ast.Unparen(k).(*ast.Ident); ok {
					if vals, ok := a.resolver.Values(id); ok && len(vals) > 0 {
						for _, v := range vals {
							if !a.isNil(v) {
								a.addKey(ki, v, depth+1)
							}
						}
						return
					}
				}
			}
			if a.fromKeySet(k) {
				ki.keys = append(ki.keys, keyInfo{typ: t, kind: model.PublicKeyFamily})
				return
			}
			ki.unknownKeys = true
			return
		}
	}
	ki.keys = append(ki.keys, keyInfo{typ: t, public: a.looksPublic(k)})
}

// fromKeySet reports whether the interface-typed key expression k is
// drawn from a key set: reached from an expression the model classifies as
// a public key, key set or remote key set (internal/keysource) through
// fields, indexes and method calls (set.Keys[0].Key, set.Key(kid)[0].Key,
// cert.PublicKey). The keys of a JWK set decode to public key objects; a
// set built here from literals is trusted only if none of its keys is a
// []byte or of unknown type.
func (a *analyzer) fromKeySet(k ast.Expr) bool {
	e := ast.Unparen(k)
	for steps := 0; steps < 8; steps++ {
		var next ast.Expr
		switch x := e.(type) {
		case *ast.SelectorExpr:
			if s := a.pass.TypesInfo.Selections[x]; s == nil || s.Kind() != types.FieldVal {
				return false
			}
			next = x.X
		case *ast.IndexExpr:
			next = x.X
		case *ast.StarExpr:
			next = x.X
		case *ast.CallExpr:
			// set.Key(kid): a method of the set hands out its keys.
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			if s := a.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
				return false
			}
			next = sel.X
		default:
			return false
		}
		e = ast.Unparen(next)
		if a.keys.Expr(e).Source.Foreign() {
			return a.setKeysAsymmetric(e)
		}
	}
	return false
}

// setKeysAsymmetric reports whether the keys of a key set built here from
// composite literals, if any, are all of asymmetric kinds.
func (a *analyzer) setKeysAsymmetric(set ast.Expr) bool {
	if model.LookupJoseType(a.pass.TypesInfo.TypeOf(set)) != model.JoseKeySet {
		return true
	}
	for _, keys := range a.litFields(set, model.JoseKeysField, 0) {
		elems, _ := a.resolver.SliceElems(keys)
		for _, el := range elems {
			for _, k := range a.litFields(el, model.JoseKeyField, 1) {
				if !model.IsPublicKeyFamily(model.KeyAlgFamily(a.pass.TypesInfo.TypeOf(k))) {
					return false
				}
			}
		}
	}
	return true
}

// looksPublic reports whether a key expression looks like public key
// material: names mentioning pub, cert or pem, or a PEM literal of a
// public key or certificate.
func (a *analyzer) looksPublic(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			l := strings.ToLower(n.Name)
			if strings.Contains(l, "pub") || strings.Contains(l, "cert") || strings.Contains(l, "pem") {
				found = true
			}
		case *ast.BasicLit:
			if strings.Contains(n.Value, "PUBLIC KEY") || strings.Contains(n.Value, "CERTIFICATE") {
				found = true
			}
		}
		return !found
	})
	return found
}

// kindAlgs are the JWA algorithm names of each key family, for the
// allow-list the messages and fixes suggest.
var kindAlgs = map[string][]string{
	model.RSAKeyFamily:     {"RS256", "RS384", "RS512"},
	model.ECDSAKeyFamily:   {"ES256", "ES384", "ES512"},
	model.Ed25519KeyFamily: {"EdDSA"},
	model.HMACKeyFamily:    {"HS256", "HS384", "HS512"},
}

// asymmetric reports whether every key of kinds is an asymmetric public
// key: golang-jwt's HMAC Verify accepts only a []byte, so such keys cannot
// be turned into HMAC secrets whatever alg the token names.
func asymmetric(kinds []string, unknown bool) bool {
	return len(kinds) > 0 && !unknown && !slices.ContainsFunc(kinds, model.IsSecretKeyFamily)
}

// keyKinds summarizes the keys of the keyfuncs refs: their kinds (in
// order of appearance), whether some key's kind is unknown, and whether a
// []byte key looks public.
func keyKinds(refs []kfRef) (kinds []string, unknown, publicBytes bool) {
	seen := make(map[string]bool)
	for _, r := range refs {
		if r.info == nil {
			unknown = true
			continue
		}
		unknown = unknown || r.info.unknownKeys
		for _, k := range r.info.keys {
			t := k.typ
			if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
				t = r.subst[tp]
			}
			kind := model.KeyAlgFamily(t)
			if k.kind != "" {
				kind = k.kind
			}
			if kind == "" {
				unknown = true
				continue
			}
			if model.IsSecretKeyFamily(kind) && k.public {
				publicBytes = true
			}
			if !seen[kind] {
				seen[kind] = true
				kinds = append(kinds, kind)
			}
		}
	}
	return kinds, unknown, publicBytes
}

// checkKeyfuncParse reports a golang-jwt parse with no algorithm
// allow-list whose keyfunc returns its key without checking the method.
func (a *analyzer) checkKeyfuncParse(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, kp *model.KeyfuncParse) {
	if kp.Keyfunc >= len(call.Args) {
		return
	}
	has, complete := a.allowList(call, kp)
	if has || !complete {
		return
	}
	if a.checkedAfter(cur) {
		return
	}
	if f := model.LookupFunc(fn); f != nil && f.Input >= 0 && f.Input < len(call.Args) && a.algPrechecked(cur, call, call.Args[f.Input]) {
		return
	}
	refs := a.resolveKeyfunc(call.Args[kp.Keyfunc], nil, 0)
	var bad []kfRef
	for _, r := range refs {
		if r.known && !r.checks {
			bad = append(bad, r)
		}
	}
	if len(bad) == 0 {
		return
	}
	// The risk is the loose keyfuncs'; the allow-list must suit them all.
	kinds, unknown, publicBytes := keyKinds(bad)
	if asymmetric(kinds, unknown) {
		return // the token may pick another asymmetric algorithm, never HS256
	}
	if all, allUnknown, _ := keyKinds(refs); len(all) != len(kinds) || allUnknown {
		kinds, unknown = all, true
	}

	q := a.importName(call.Pos(), kp.Lib.Module)
	if q == "" {
		q = kp.Lib.Module[strings.LastIndex(kp.Lib.Module, "/")+1:]
		if strings.HasPrefix(q, "v") || strings.Contains(q, "-") || strings.Contains(q, ".") {
			q = "jwt"
		}
	}
	qual := q + "."
	if q == "." {
		qual = ""
	}
	var algs []string
	if len(kinds) == 1 && !unknown && !publicBytes {
		algs = kindAlgs[kinds[0]]
	}
	msg := keyfuncMessage(displayName(fn), qual, kp, kinds, publicBytes, algs)

	d := analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: msg}
	for i, r := range bad {
		if i == 3 {
			break
		}
		if r.pos.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: r.pos, End: r.end, Message: "keyfunc returning a key without checking the token's signing method"})
		}
	}
	if len(kinds) == 1 && !unknown && !publicBytes {
		if fix, ok := a.validMethodsFix(cur, call, kp, kindAlgs[kinds[0]]); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	a.report(d)
}

// maxMessage is the length a message should not exceed, so that a
// reviewer reads it at a glance.
const maxMessage = 200

// keyfuncMessage returns the message for a golang-jwt parse of fn (its
// display name) with no allow-list whose keyfunc ignores t.Method. qual
// qualifies the library's names as the file imports it; algs is the
// allow-list to suggest, nil if unknown. When the message would be longer
// than maxMessage, the allow-list is abbreviated to []string{...}, then to
// "...". The why (the attack, the check of t.Method in the keyfunc as an
// alternative) is in doc.go.
func keyfuncMessage(name, qual string, kp *model.KeyfuncParse, kinds []string, publicBytes bool, algs []string) string {
	var what string
	switch {
	case len(kinds) > 1 && slices.ContainsFunc(kinds, model.IsSecretKeyFamily):
		what = ", and the keyfunc returns []byte secrets and public keys"
	case publicBytes:
		// An allow-list does not help: the bytes must become a key
		// object, which then rejects HS256.
		return fmt.Sprintf("%s accepts any algorithm the token names, and the keyfunc's []byte key looks public: HS256 takes it as a secret; return the parsed key (%sParseRSAPublicKeyFromPEM)",
			name, qual)
	default:
		what = ": no allow-list and the keyfunc ignores t.Method"
	}
	lists := []string{"[]string{...}", "..."}
	if algs != nil {
		lists = append([]string{"[]string{" + quoteAlgs(algs) + "}"}, lists...)
	}
	var msg string
	for _, list := range lists {
		var advice string
		switch {
		case !kp.HasOptions:
			advice = fmt.Sprintf("use &%sParser{ValidMethods: %s}", qual, list)
		case kp.Request:
			advice = fmt.Sprintf("pass request.WithParser(%sNewParser(%sWithValidMethods(%s)))", qual, qual, list)
		case kp.Options < 0:
			advice = fmt.Sprintf("use %sNewParser(%sWithValidMethods(%s))", qual, qual, list)
		default:
			advice = fmt.Sprintf("add %sWithValidMethods(%s)", qual, list)
		}
		msg = fmt.Sprintf("%s accepts any algorithm the token names%s; %s", name, what, advice)
		if len(msg) <= maxMessage {
			break
		}
	}
	return msg
}

func quoteAlgs(algs []string) string {
	q := make([]string, len(algs))
	for i, a := range algs {
		q[i] = fmt.Sprintf("%q", a)
	}
	return strings.Join(q, ", ")
}

// allowList reports whether a golang-jwt parse has an algorithm
// allow-list (WithValidMethods, Parser.ValidMethods, through
// request.WithParser), and whether its options could all be known.
func (a *analyzer) allowList(call *ast.CallExpr, kp *model.KeyfuncParse) (has, complete bool) {
	opts := a.resolver.CallOptions(call, kp.Options)
	complete = opts.Complete
	a.scanOptions(opts, &has, &complete, 0)
	return has, complete
}

func (a *analyzer) scanOptions(opts resolve.Options, has, complete *bool, depth int) {
	for _, o := range opts.List {
		if o.Field != "" {
			if model.ParserFieldAllowsAlgs(o.Field) && !a.isNil(o.Value) {
				*has = true
			}
			continue
		}
		if o.Func == nil {
			*complete = false
			continue
		}
		switch model.LookupAlgOption(o.Func) {
		case model.ValidMethodsOption:
			if len(o.Call.Args) > 0 && !a.isNil(o.Call.Args[0]) {
				*has = true
			}
		case model.ParserOption:
			if len(o.Call.Args) == 0 || depth > 2 {
				*complete = false
				continue
			}
			sub := a.resolver.ParserOptions(o.Call.Args[0])
			*complete = *complete && sub.Complete
			a.scanOptions(sub, has, complete, depth+1)
		case model.OtherOption:
		default:
			*complete = false // a helper: it may set the allow-list
		}
	}
}

func takesToken(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		if model.IsTokenType(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// checkedAfter reports whether the token a parse returns has its method
// checked by the function that parses (tok.Method.Alg() != "RS256" after
// the call): a token with another algorithm is then rejected anyway.
func (a *analyzer) checkedAfter(cur inspector.Cursor) bool {
	c := exprUp(cur)
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	switch p := c.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || len(p.Lhs) != 2 {
			return false
		}
	case *ast.ValueSpec:
		if len(p.Values) != 1 || len(p.Names) != 2 {
			return false
		}
	default:
		return false
	}
	checks, ok := a.flow.TokenChecked(call, 0)
	return checks || !ok
}
