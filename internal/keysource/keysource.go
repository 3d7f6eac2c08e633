// Package keysource answers, for tokenvet's passes, who minted the tokens a
// verification accepts: this service (an HMAC secret of its own, or a
// public key whose private key the package signs with), another party (a
// remote key set, a public key of someone else), or unknown.
//
// It classifies the key or keyfunc argument of a verifying call and the key
// options it is made with (jwx WithKey, WithKeySet, WithVerifyAuto; go-jose
// Claims and Verify keys), following keyfunc bodies (literals, named
// functions, method values) and variables (also k, err := f()) through
// internal/resolve. The library knowledge is internal/model's (keys.go).
package keysource

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

// maxDepth bounds how far values and function bodies are followed.
const maxDepth = 5

// Key is the classification of a verification key.
type Key struct {
	Source model.KeySource
	// Kind is the family of a PublicKey (AnyKind when unknown).
	Kind model.KeyKind
	// At is the node that shows the source: the remote fetch, the public
	// key expression, the key option. Nil for UnknownKey.
	At ast.Node
}

// Classifier classifies keys in one package. Create one per pass with New.
type Classifier struct {
	pass     *analysis.Pass
	resolver *resolve.Resolver
	signers  []signer
	indexed  bool
}

// signer is a signing call of the package with an asymmetric private key.
type signer struct {
	call *ast.CallExpr
	kind model.KeyKind
}

// New returns a Classifier for the package of pass.
func New(pass *analysis.Pass, r *resolve.Resolver) *Classifier {
	return &Classifier{pass: pass, resolver: r}
}

// better reports whether k should replace best: a larger source wins.
func better(k, best Key) bool { return k.Source > best.Source }

// Verify classifies the key of the verifying call of fn: its key or keyfunc
// argument (model.VerifyKeyArg) and the key options among opts.
func (c *Classifier) Verify(call *ast.CallExpr, fn *types.Func, opts resolve.Options) Key {
	var best Key
	if i := model.VerifyKeyArg(fn); i >= 0 && i < len(call.Args) {
		if k := c.Expr(call.Args[i]); better(k, best) {
			best = k
		}
	}
	for _, o := range opts.List {
		if k := c.Option(o); better(k, best) {
			best = k
		}
	}
	return best
}

// Option classifies a key option (jwx WithKey(alg, key), WithKeySet(set),
// WithVerifyAuto...); UnknownKey for other options.
func (c *Classifier) Option(o resolve.Option) Key {
	if o.Func == nil {
		return Key{}
	}
	ko, ok := model.LookupKeyOption(o.Func)
	if !ok {
		return Key{}
	}
	if ko.Remote {
		return Key{Source: model.RemoteKeySet, At: o.Call}
	}
	var k Key
	if ko.Key >= 0 && ko.Key < len(o.Call.Args) {
		k = c.Expr(o.Call.Args[ko.Key])
	}
	if ko.Set && k.Source < model.PublicKey {
		return Key{Source: model.PublicKey, At: o.Call}
	}
	if k.Source == model.UnknownKey && ko.Alg >= 0 && ko.Alg < len(o.Call.Args) {
		if src, kind := c.alg(o.Call.Args[ko.Alg]); src != model.UnknownKey {
			return Key{Source: src, Kind: kind, At: o.Call}
		}
	}
	return k
}

// Expr classifies a key, key set or keyfunc expression.
func (c *Classifier) Expr(e ast.Expr) Key {
	return c.expr(e, 0)
}

func (c *Classifier) expr(e ast.Expr, depth int) Key {
	if e == nil || depth > maxDepth {
		return Key{}
	}
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		return Key{}
	}
	info := c.pass.TypesInfo
	t := info.TypeOf(e)
	src, kind := model.KeySourceOfType(t)
	switch src {
	case model.SharedSecret, model.RemoteKeySet:
		return Key{Source: src, At: e}
	}
	best := Key{Source: src, Kind: kind}
	if src != model.UnknownKey {
		best.At = e
	}
	note := func(k Key) {
		if better(k, best) {
			best = k
		}
	}
	if t != nil {
		if _, isFunc := types.Unalias(t).Underlying().(*types.Signature); isFunc {
			note(c.keyfunc(e, depth))
			return best
		}
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		note(c.call(x, 0, depth))
	case *ast.UnaryExpr:
		note(c.expr(x.X, depth+1))
	case *ast.StarExpr:
		note(c.expr(x.X, depth+1))
	case *ast.IndexExpr:
		// keys[kid]: the keys of the map or slice.
		note(c.elems(x.X, depth))
	case *ast.Ident, *ast.SelectorExpr:
		note(c.variable(x, depth))
	}
	return best
}

// elems classifies the elements of a map or slice of keys by their type.
func (c *Classifier) elems(e ast.Expr, depth int) Key {
	var elem types.Type
	switch u := types.Unalias(c.pass.TypesInfo.TypeOf(e)).Underlying().(type) {
	case *types.Map:
		elem = u.Elem()
	case *types.Slice:
		elem = u.Elem()
	}
	if src, kind := model.KeySourceOfType(elem); src != model.UnknownKey {
		return Key{Source: src, Kind: kind, At: e}
	}
	if k := c.expr(e, depth+1); k.Source == model.RemoteKeySet {
		return k
	}
	return Key{}
}

// variable classifies the values a variable, package variable or field may
// hold: its assignments, and the calls of its multi-value assignments.
func (c *Classifier) variable(e ast.Expr, depth int) Key {
	var best Key
	vals, _ := c.resolver.Values(e)
	for _, v := range vals {
		if k := c.expr(v, depth+1); better(k, best) {
			best = k
		}
	}
	for _, tv := range c.resolver.TupleValues(e) {
		if k := c.call(tv.Call, tv.Index, depth+1); better(k, best) {
			best = k
		}
	}
	// cert.PublicKey: the key of a certificate.
	if sel, ok := e.(*ast.SelectorExpr); ok && best.Source == model.UnknownKey && sel.Sel.Name == "PublicKey" {
		if src, _ := model.KeySourceOfType(c.pass.TypesInfo.TypeOf(sel.X)); src == model.PublicKey {
			best = Key{Source: model.PublicKey, At: e}
		}
	}
	return best
}

// call classifies result index of a call: a fetch from a remote key set, a
// conversion, a method of a key set (set.LookupKeyID(kid),
// jwks.Keyfunc(t)), a function of the package (by what it returns), or the
// result's type.
func (c *Classifier) call(call *ast.CallExpr, index, depth int) Key {
	if depth > maxDepth {
		return Key{}
	}
	info := c.pass.TypesInfo
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn != nil && model.IsRemoteKeys(fn) {
		return Key{Source: model.RemoteKeySet, At: call}
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.expr(call.Args[0], depth+1)
	}
	var best Key
	if tup, ok := info.TypeOf(call).(*types.Tuple); ok {
		if index < tup.Len() {
			if src, kind := model.KeySourceOfType(tup.At(index).Type()); src != model.UnknownKey {
				best = Key{Source: src, Kind: kind, At: call}
			}
		}
	} else if index == 0 {
		if src, kind := model.KeySourceOfType(info.TypeOf(call)); src != model.UnknownKey {
			best = Key{Source: src, Kind: kind, At: call}
		}
	}
	if best.Source == model.SharedSecret || best.Source == model.RemoteKeySet {
		return best
	}
	if fn != nil {
		if fd := c.resolver.FuncDecl(fn); fd != nil && fd.Body != nil {
			if k := c.body(fd.Body, index, depth+1); better(k, best) {
				best = k
			}
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			// A method of a key set hands out its keys.
			if k := c.expr(sel.X, depth+1); k.Source.Foreign() && better(k, best) {
				best = k
			}
		}
	}
	return best
}

// keyfunc classifies a keyfunc by the functions it may be: a function of a
// JWKS library, or a function literal, function or method of the package
// by what it returns.
func (c *Classifier) keyfunc(e ast.Expr, depth int) Key {
	if depth > maxDepth {
		return Key{}
	}
	var best Key
	note := func(k Key) {
		if better(k, best) {
			best = k
		}
	}
	fns, _ := c.resolver.FuncValues(e)
	for _, f := range fns {
		switch f := f.(type) {
		case *types.Func:
			if model.IsRemoteKeys(f) {
				note(Key{Source: model.RemoteKeySet, At: e})
				continue
			}
			if fd := c.resolver.FuncDecl(f); fd != nil && fd.Body != nil {
				note(c.body(fd.Body, 0, depth+1))
			}
		case *ast.FuncLit:
			note(c.body(f.Body, 0, depth+1))
		}
	}
	// A method value of a key holder (s.jwks.Keyfunc): the holder.
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok && best.Source < model.RemoteKeySet {
		if s := c.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			if k := c.expr(sel.X, depth+1); k.Source == model.RemoteKeySet {
				note(k)
			}
		}
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		// A keyfunc returned by a call (keyfunc.NewDefault(...).Keyfunc is
		// a selector; this is jwks.KeyfuncCtx(ctx)).
		note(c.call(call, 0, depth+1))
	}
	return best
}

// body classifies a function body by result index of its return
// statements; a remote key set used anywhere in it also counts.
func (c *Classifier) body(body *ast.BlockStmt, index, depth int) Key {
	var best Key
	note := func(k Key) {
		if better(k, best) {
			best = k
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(n.Results) == 1 && index > 0:
				if call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					note(c.call(call, index, depth))
				}
			case len(n.Results) == 1:
				if call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr); ok {
					if _, isTuple := c.pass.TypesInfo.TypeOf(call).(*types.Tuple); isTuple {
						note(c.call(call, 0, depth))
						break
					}
				}
				note(c.expr(n.Results[0], depth))
			case index < len(n.Results):
				note(c.expr(n.Results[index], depth))
			}
		case *ast.CallExpr:
			if best.Source < model.RemoteKeySet {
				if k := c.call(n, 0, depth); k.Source == model.RemoteKeySet {
					note(k)
				}
			}
		}
		return true
	})
	return best
}

// alg classifies a signature algorithm argument: a constant ("HS256",
// jwa.HS256 in jwx v1/v2), or a call or name whose function or object is
// named after the algorithm (jwa.HS256() in v3, jose.RS256).
func (c *Classifier) alg(e ast.Expr) (model.KeySource, model.KeyKind) {
	e = ast.Unparen(e)
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return model.AlgKeySource(constant.StringVal(tv.Value))
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
			return model.AlgKeySource(fn.Name())
		}
	}
	var obj types.Object
	switch x := e.(type) {
	case *ast.Ident:
		obj = info.ObjectOf(x)
	case *ast.SelectorExpr:
		obj = info.ObjectOf(x.Sel)
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg {
		return model.AlgKeySource(strings.TrimPrefix(obj.Name(), "SigningMethod"))
	}
	return model.UnknownKey, model.AnyKind
}

// External reports whether tokens verified with k were minted by another
// party: keys of a remote key set, or a public key whose private key no
// signing call of the package (outside tests) uses.
func (c *Classifier) External(k Key) bool {
	switch k.Source {
	case model.RemoteKeySet:
		return true
	case model.PublicKey:
		return c.SignedHere(k.Kind) == nil
	}
	return false
}

// SignedHere returns a signing call of the package, outside _test.go files,
// made with an asymmetric private key of a kind matching kind (golang-jwt
// SignedString, jwx jwt.Sign and jws.Sign, go-jose NewSigner, kataras
// Sign), or nil: a package that signs with the private key verifies its
// own tokens.
func (c *Classifier) SignedHere(kind model.KeyKind) *ast.CallExpr {
	c.indexSigners()
	for _, s := range c.signers {
		if s.kind.Matches(kind) {
			return s.call
		}
	}
	return nil
}

func (c *Classifier) indexSigners() {
	if c.indexed {
		return
	}
	c.indexed = true
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		if astutil.InTestFile(c.pass, f.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			sk, ok := model.LookupSignKey(fn)
			if !ok {
				return true
			}
			if kind, ok := c.signKey(call, fn, sk); ok {
				c.signers = append(c.signers, signer{call: call, kind: kind})
			}
			return true
		})
	}
}

// signKey returns the kind of the asymmetric private key a signing call
// uses, if it uses one.
func (c *Classifier) signKey(call *ast.CallExpr, fn *types.Func, sk model.SignKey) (model.KeyKind, bool) {
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	switch {
	case sk.Options:
		first := -1
		if sig := fn.Signature(); sig.Variadic() {
			first = sig.Params().Len() - 1
		}
		for _, o := range c.resolver.CallOptions(call, first).List {
			if o.Func == nil {
				continue
			}
			ko, ok := model.LookupKeyOption(o.Func)
			if !ok || ko.Set {
				continue
			}
			var key, alg ast.Expr
			if ko.Key >= 0 && ko.Key < len(o.Call.Args) {
				key = o.Call.Args[ko.Key]
			}
			if ko.Alg >= 0 && ko.Alg < len(o.Call.Args) {
				alg = o.Call.Args[ko.Alg]
			}
			if kind, ok := c.privateKey(key, alg, 0); ok {
				return kind, true
			}
		}
		return model.AnyKind, false
	case sk.Field != "":
		lit := c.literal(arg(sk.Key), 0)
		if lit == nil {
			return model.AnyKind, false
		}
		var key, alg ast.Expr
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					switch id.Name {
					case sk.Field:
						key = kv.Value
					case sk.AlgField:
						alg = kv.Value
					}
				}
			}
		}
		return c.privateKey(key, alg, 0)
	}
	return c.privateKey(arg(sk.Key), arg(sk.Alg), 0)
}

// literal returns the composite literal e is (through & and variables).
func (c *Classifier) literal(e ast.Expr, depth int) *ast.CompositeLit {
	if e == nil || depth > maxDepth {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return x
	case *ast.UnaryExpr:
		return c.literal(x.X, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		vals, _ := c.resolver.Values(x)
		for _, v := range vals {
			if lit := c.literal(v, depth+1); lit != nil {
				return lit
			}
		}
	}
	return nil
}

// privateKey returns the kind of a signing key: by its type (through
// variables and multi-value calls when it is an interface), else by the
// algorithm it is used with.
func (c *Classifier) privateKey(key, alg ast.Expr, depth int) (model.KeyKind, bool) {
	if key != nil && depth <= maxDepth {
		key = ast.Unparen(key)
		info := c.pass.TypesInfo
		t := info.TypeOf(key)
		if kind, ok := model.PrivateKeyKind(t); ok {
			return kind, true
		}
		if src, _ := model.KeySourceOfType(t); src == model.SharedSecret {
			return model.AnyKind, false
		}
		switch x := key.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			vals, _ := c.resolver.Values(x)
			for _, v := range vals {
				if kind, ok := c.privateKey(v, nil, depth+1); ok {
					return kind, true
				}
			}
			for _, tv := range c.resolver.TupleValues(x) {
				if tup, ok := info.TypeOf(tv.Call).(*types.Tuple); ok && tv.Index < tup.Len() {
					if kind, ok := model.PrivateKeyKind(tup.At(tv.Index).Type()); ok {
						return kind, true
					}
				}
			}
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				return c.privateKey(x.Args[0], alg, depth+1)
			}
		}
	}
	if alg != nil {
		if src, kind := c.alg(alg); src == model.PublicKey {
			return kind, true
		}
	}
	return model.AnyKind, false
}

// Claims classifies the key that verified the claims held in the variable
// e when a function of the package decoded them: e is assigned the result
// of a call (c, err := v.parse(raw)) whose body decodes a variable it
// returns with a verifying call (go-jose tok.Claims(key, &c), golang-jwt
// ParseWithClaims). UnknownKey otherwise.
func (c *Classifier) Claims(e ast.Expr) Key {
	var calls []*ast.CallExpr
	for _, tv := range c.resolver.TupleValues(e) {
		calls = append(calls, tv.Call)
	}
	vals, _ := c.resolver.Values(e)
	for _, v := range vals {
		if call, ok := ast.Unparen(v).(*ast.CallExpr); ok {
			calls = append(calls, call)
		}
	}
	info := c.pass.TypesInfo
	var best Key
	for _, call := range calls {
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		fd := c.resolver.FuncDecl(fn)
		if fd == nil || fd.Body == nil {
			continue
		}
		returned := map[types.Object]bool{}
		for _, ret := range astutil.Returns(fd.Body) {
			for _, x := range ret.Results {
				x = ast.Unparen(x)
				if u, ok := x.(*ast.UnaryExpr); ok {
					x = ast.Unparen(u.X)
				}
				if id, ok := x.(*ast.Ident); ok && info.Uses[id] != nil {
					returned[info.Uses[id]] = true
				}
			}
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			vc, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			vfn, _ := typeutil.Callee(info, vc).(*types.Func)
			f := model.LookupFunc(vfn)
			if f == nil || f.Kind != model.Verified {
				return true
			}
			for _, d := range f.Dests {
				if d >= len(vc.Args) {
					continue
				}
				for _, arg := range vc.Args[d:] {
					x := ast.Unparen(arg)
					if u, ok := x.(*ast.UnaryExpr); ok {
						x = ast.Unparen(u.X)
					}
					if id, ok := x.(*ast.Ident); ok && returned[info.Uses[id]] {
						first := -1
						if sig := vfn.Signature(); sig.Variadic() {
							first = sig.Params().Len() - 1
						}
						if k := c.Verify(vc, vfn, c.resolver.CallOptions(vc, first)); better(k, best) {
							best = k
						}
					}
				}
			}
			return true
		})
	}
	return best
}
