package jwtverify

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

// This file reports a token verified with a key it carries itself: go-jose
// sig.Signatures[i].Header.JSONWebKey, jwx (jws.Headers).JWK() or
// X509CertChain(), golang-jwt t.Header["jwk"] parsed in the keyfunc. Such a
// token vouches for itself: anyone can sign one with their own key. DPoP
// proofs are signed with their own key on purpose; they are safe when the
// key's thumbprint is bound to something the token does not say (the access
// token's cnf.jkt), and an x5c chain is safe once verified against trusted
// roots.

// selfSrc is where a value holding the token's own key came from.
type selfSrc struct {
	kind model.EmbeddedKey
	node ast.Node     // the header read
	root types.Object // the token it was read from, or nil
}

// selfKeys is the taint of one function: local variables holding key
// material read from a token's header.
type selfKeys struct {
	a     *analyzer
	body  ast.Node
	vars  map[*types.Var]*selfSrc
	defs  map[*types.Var][]ast.Expr
	order []selfKeyDef        // the definitions in source order
	multi map[*types.Var]bool // assigned more than once
}

// checkSelfKeys reports verifications whose key is the verified token's own.
func (a *analyzer) checkSelfKeys() {
	decls := make(map[*types.Func]*ast.FuncDecl)
	for cur := range a.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		if fn, ok := a.pass.TypesInfo.Defs[d.Name].(*types.Func); ok && d.Body != nil {
			decls[fn] = d
		}
	}
	for cur := range a.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		if d.Body == nil || astutil.InTestCode(a.pass, cur) || !a.mentionsSelfKey(d.Body) {
			continue
		}
		sk := a.newSelfKeys(d.Body)
		for c := range cur.Preorder((*ast.CallExpr)(nil)) {
			sk.checkVerify(c, decls)
		}
	}
}

// mentionsSelfKey is a cheap filter: the function calls a verification or
// a key option.
func (a *analyzer) mentionsSelfKey(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func); fn != nil && model.SelfKeyVerifyArg(fn) >= 0 {
				found = true
			}
			if fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func); fn != nil {
				if k, ok := model.LookupKeyOption(fn); ok && k.Key >= 0 {
					found = true
				}
			}
		}
		return true
	})
	return found
}

type selfKeyDef struct {
	v   *types.Var
	rhs ast.Expr
}

func (a *analyzer) newSelfKeys(body ast.Node) *selfKeys {
	sk := &selfKeys{a: a, body: body, vars: make(map[*types.Var]*selfSrc), defs: make(map[*types.Var][]ast.Expr), multi: make(map[*types.Var]bool)}
	sk.collectDefs(body)
	sk.propagate(body)
	return sk
}

func (sk *selfKeys) collectDefs(body ast.Node) {
	info := sk.a.pass.TypesInfo
	add := func(l ast.Expr, r ast.Expr) {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok || id.Name == "_" {
			return
		}
		v, _ := info.ObjectOf(id).(*types.Var)
		if v == nil {
			return
		}
		if len(sk.defs[v]) > 0 {
			sk.multi[v] = true
		}
		sk.defs[v] = append(sk.defs[v], r)
		sk.order = append(sk.order, selfKeyDef{v, r})
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			for _, as := range astutil.Assignments(n) {
				add(as.LHS, as.RHS)
			}
		}
		return true
	})
}

// propagate taints, to a fixed point, the variables assigned a value
// derived from a header key, and those filled through a pointer by a call
// given one (json.Unmarshal(b, &k), k.Raw(&pub)).
func (sk *selfKeys) propagate(body ast.Node) {
	for round := 0; round < 6; round++ {
		changed := false
		for _, d := range sk.order {
			if sk.vars[d.v] != nil {
				continue
			}
			if src := sk.taintOf(d.rhs, 0); src != nil {
				sk.vars[d.v] = src
				changed = true
			}
		}
		ast.Inspect(body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !sk.propagates(call) {
				return true
			}
			src := sk.callTaint(call)
			if src == nil {
				return true
			}
			for _, arg := range call.Args {
				u, ok := ast.Unparen(arg).(*ast.UnaryExpr)
				if !ok || u.Op != token.AND {
					continue
				}
				if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
					if v, ok := sk.a.pass.TypesInfo.Uses[id].(*types.Var); ok && sk.vars[v] == nil {
						sk.vars[v] = src
						changed = true
					}
				}
			}
			return true
		})
		if !changed {
			break
		}
	}
}

// source says whether e reads key material from a token header.
func (sk *selfKeys) source(e ast.Expr) *selfSrc {
	info := sk.a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if k := model.LookupEmbeddedKeyField(info.TypeOf(x.X), x.Sel.Name); k != 0 {
			return &selfSrc{kind: k, node: x, root: sk.root(x.X, 0)}
		}
	case *ast.CallExpr:
		if fn, _ := typeutil.Callee(info, x).(*types.Func); fn != nil {
			if k := model.LookupEmbeddedKeyFunc(fn); k != 0 {
				if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
					return &selfSrc{kind: k, node: x, root: sk.root(sel.X, 0)}
				}
			}
		}
	case *ast.IndexExpr:
		// t.Header["jwk"]
		sel, ok := ast.Unparen(x.X).(*ast.SelectorExpr)
		if !ok || model.LookupTokenField(info.TypeOf(sel.X), sel.Sel.Name) != model.HeaderField {
			return nil
		}
		if tv, ok := info.Types[x.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if k := model.HeaderEmbeddedKey(constant.StringVal(tv.Value)); k != 0 {
				return &selfSrc{kind: k, node: x, root: sk.root(sel.X, 0)}
			}
		}
	}
	return nil
}

// taintOf returns where the key material e holds came from, or nil.
func (sk *selfKeys) taintOf(e ast.Expr, depth int) *selfSrc {
	if depth > 8 || e == nil {
		return nil
	}
	if src := sk.source(e); src != nil {
		return src
	}
	info := sk.a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[x].(*types.Var); ok {
			return sk.vars[v]
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			return sk.taintOf(x.X, depth+1)
		}
	case *ast.IndexExpr:
		return sk.taintOf(x.X, depth+1)
	case *ast.StarExpr:
		return sk.taintOf(x.X, depth+1)
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return sk.taintOf(x.X, depth+1)
		}
	case *ast.TypeAssertExpr:
		return sk.taintOf(x.X, depth+1)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return sk.taintOf(x.Args[0], depth+1)
		}
		if !sk.propagates(x) {
			return nil
		}
		return sk.callTaint(x)
	}
	return nil
}

// callTaint returns the taint of a call's receiver or arguments.
func (sk *selfKeys) callTaint(call *ast.CallExpr) *selfSrc {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s := sk.a.pass.TypesInfo.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
			if src := sk.taintOf(sel.X, 1); src != nil {
				return src
			}
		}
	}
	for _, arg := range call.Args {
		if u, ok := ast.Unparen(arg).(*ast.UnaryExpr); ok && u.Op == token.AND {
			continue // an output
		}
		if src := sk.taintOf(arg, 1); src != nil {
			return src
		}
	}
	return nil
}

// propagates reports whether a call's results (and the pointers it fills)
// carry the key material of its arguments or receiver: functions of the
// standard library's encoding and crypto packages, JWK parsers, and the
// token libraries' other key helpers (not their parses and verifications,
// whose results are payloads); not a thumbprint (a digest, not the key), nor the
// program's own helpers (a lookup by thumbprint is not the token's key).
func (sk *selfKeys) propagates(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(sk.a.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || model.IsThumbprint(fn) {
		return false
	}
	if model.IsJWKParse(fn) {
		return true
	}
	if model.FuncName(fn) != "" {
		// A token library's key helpers (jwk.Export(k, &raw)), not its
		// parses and verifications, whose results are payloads.
		_, isKeyOption := model.LookupKeyOption(fn)
		return model.LookupFunc(fn) == nil && model.SelfKeyVerifyArg(fn) < 0 && !isKeyOption
	}
	return model.IsStdKeyCodec(fn)
}

// root returns the token a header expression belongs to: the variable
// (parameter, or raw string) it is ultimately read from, following local
// variables assigned once, parses (to their raw input), method receivers
// and selections.
func (sk *selfKeys) root(e ast.Expr, depth int) types.Object {
	if depth > 10 || e == nil {
		return nil
	}
	info := sk.a.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj := info.ObjectOf(x)
		v, ok := obj.(*types.Var)
		if !ok {
			return obj
		}
		if rhss := sk.defs[v]; len(rhss) == 1 && !sk.multi[v] {
			if r := sk.root(rhss[0], depth+1); r != nil {
				return r
			}
		}
		return v
	case *ast.SelectorExpr:
		if s := info.Selections[x]; s != nil {
			return sk.root(x.X, depth+1)
		}
		return info.ObjectOf(x.Sel) // a package-level variable
	case *ast.IndexExpr:
		return sk.root(x.X, depth+1)
	case *ast.StarExpr:
		return sk.root(x.X, depth+1)
	case *ast.UnaryExpr:
		return sk.root(x.X, depth+1)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return sk.root(x.Args[0], depth+1)
		}
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if f := model.LookupFunc(fn); f != nil && f.Input >= 0 && f.Input < len(x.Args) {
			return sk.root(x.Args[f.Input], depth+1)
		}
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodVal {
				return sk.root(sel.X, depth+1)
			}
		}
		if len(x.Args) > 0 {
			return sk.root(x.Args[0], depth+1)
		}
	}
	return nil
}

// checkVerify reports the call at cur if it verifies a token with the
// token's own key.
func (sk *selfKeys) checkVerify(cur inspector.Cursor, decls map[*types.Func]*ast.FuncDecl) {
	info := sk.a.pass.TypesInfo
	call := cur.Node().(*ast.CallExpr)
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return
	}
	verify, token := call, ast.Expr(nil) // the verifying call and its token
	var key ast.Expr
	if i := model.SelfKeyVerifyArg(fn); i >= 0 && i < len(call.Args) {
		key = call.Args[i]
	} else if k, ok := model.LookupKeyOption(fn); ok && k.Key >= 0 && k.Key < len(call.Args) {
		// jws.Verify(buf, jws.WithKey(alg, key)): the option's key, the
		// outer call's token.
		outer, ok := cur.Parent().Node().(*ast.CallExpr)
		if !ok || outer.Fun == call {
			return
		}
		ofn, _ := typeutil.Callee(info, outer).(*types.Func)
		if ofn == nil || model.IsSignFunc(ofn) || model.LookupFunc(ofn) == nil {
			return
		}
		verify, key = outer, call.Args[k.Key]
		fn = ofn
	} else {
		return
	}
	if f := model.LookupFunc(fn); f != nil && f.Input >= 0 && f.Input < len(verify.Args) {
		token = verify.Args[f.Input]
	} else if sel, ok := ast.Unparen(verify.Fun).(*ast.SelectorExpr); ok {
		token = sel.X // tok.Claims(key), sig.Verify(key)
	}
	if token == nil {
		return
	}
	tokRoot := sk.root(token, 0)

	var src *selfSrc
	scopes := []*selfKeys{sk}
	if sig, ok := info.TypeOf(key).Underlying().(*types.Signature); ok && sig.Results().Len() > 0 {
		// A keyfunc: the keys it returns, read from its token parameter.
		body, ftype := sk.keyfuncBody(key, decls)
		if body == nil {
			return
		}
		inner := sk
		if !sk.contains(body) {
			inner = sk.a.newSelfKeys(body)
			scopes = append(scopes, inner)
		}
		param := selfKeyFirstParam(info, ftype)
		for _, ret := range astutil.Returns(body) {
			if len(ret.Results) == 0 {
				continue
			}
			if s := inner.taintOf(ret.Results[0], 0); s != nil && (s.root == param || (s.root != nil && s.root == tokRoot)) {
				src = s
				break
			}
		}
	} else if s := sk.taintOf(key, 0); s != nil && s.root != nil && s.root == tokRoot {
		src = s
	}
	if src == nil {
		return
	}
	for _, s := range scopes {
		if s.bound(src.kind) {
			return
		}
	}
	var msg string
	name := model.DisplayName(fn)
	if src.kind == model.EmbeddedCertChain {
		msg = name + " verifies the token with the key of its own x5c chain, unchecked against trusted roots, so anyone can sign with their own; verify the chain (cert.Verify) or use a trusted key"
	} else {
		msg = name + " verifies the token with the key from its own jwk header, so anyone can sign with their own; use a trusted key, or compare its thumbprint to a bound value (DPoP cnf.jkt)"
	}
	suppress.Report(sk.a.pass, analysis.Diagnostic{
		Pos: verify.Pos(), End: verify.End(), Message: msg,
		Related: []analysis.RelatedInformation{{Pos: src.node.Pos(), End: src.node.End(), Message: "key taken from the token's own header here"}},
	})
}

func (sk *selfKeys) contains(n ast.Node) bool {
	return sk.body.Pos() <= n.Pos() && n.End() <= sk.body.End()
}

// keyfuncBody returns the body and type of a keyfunc given as a literal or
// as a function of this package.
func (sk *selfKeys) keyfuncBody(e ast.Expr, decls map[*types.Func]*ast.FuncDecl) (*ast.BlockStmt, *ast.FuncType) {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return x.Body, x.Type
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if sel, ok := x.(*ast.SelectorExpr); ok {
			obj = sk.a.pass.TypesInfo.ObjectOf(sel.Sel)
		} else {
			obj = sk.a.pass.TypesInfo.ObjectOf(x.(*ast.Ident))
		}
		if fn, ok := obj.(*types.Func); ok {
			if d := decls[fn.Origin()]; d != nil {
				return d.Body, d.Type
			}
		}
	}
	return nil, nil
}

func selfKeyFirstParam(info *types.Info, ft *ast.FuncType) types.Object {
	if ft == nil || ft.Params == nil || len(ft.Params.List) == 0 || len(ft.Params.List[0].Names) == 0 {
		return nil
	}
	return info.Defs[ft.Params.List[0].Names[0]]
}

// bound reports whether the function binds the token's own key to
// something the token does not say: for a jwk, its thumbprint
// (key.Thumbprint(crypto.SHA256)) used other than in a log line or a
// comparison with the token's own key material (compared with the access
// token's cnf.jkt, looked up, returned to a caller that does); for an x5c
// chain, a certificate verified against roots ((*x509.Certificate).Verify);
// for either, the key material handed to a function of the program, which
// may do so.
func (sk *selfKeys) bound(kind model.EmbeddedKey) bool {
	info := sk.a.pass.TypesInfo
	found := false
	ast.Inspect(sk.body, func(n ast.Node) bool {
		if found {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		if fn == nil {
			return true
		}
		switch {
		case sk.handedToOwnCode(call, fn):
			found = true // checkBinding(key, jkt), verifyChain(certs): may bind it
		case kind == model.EmbeddedCertChain && model.IsCertChainVerify(fn):
			found = true
		case kind == model.EmbeddedJWK && model.IsThumbprint(fn):
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sk.taintOf(sel.X, 0) != nil && sk.thumbprintUsed(call) {
				found = true
			}
		}
		return true
	})
	return found
}

// handedToOwnCode reports whether call hands the token's own key material
// to a function of the program (not the standard library, not a token
// library, not a formatter): it may check it, and cannot be known not to.
func (sk *selfKeys) handedToOwnCode(call *ast.CallExpr, fn *types.Func) bool {
	if fn.Pkg() == nil || model.FuncName(fn) != "" || selfKeyFormatting(sk.a.pass.TypesInfo, call) {
		return false
	}
	if model.IsStdLib(fn) && fn.Pkg() != sk.a.pass.Pkg {
		return false // the standard library
	}
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return false // a key's own methods (jwk.Key.Raw) and the like
	}
	for _, arg := range call.Args {
		if u, ok := ast.Unparen(arg).(*ast.UnaryExpr); ok && u.Op == token.AND {
			continue
		}
		if sk.taintOf(arg, 0) != nil {
			return true
		}
	}
	return false
}

// thumbprintUsed reports whether the thumbprint computed by call is used
// for something other than formatting or a comparison with the token's
// own key material.
func (sk *selfKeys) thumbprintUsed(call *ast.CallExpr) bool {
	info := sk.a.pass.TypesInfo
	// The variables holding the thumbprint or a value derived from it.
	derived := make(map[*types.Var]bool)
	var isDerived func(e ast.Expr) bool
	isDerived = func(e ast.Expr) bool {
		hit := false
		ast.Inspect(e, func(n ast.Node) bool {
			if hit {
				return false
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				if n == call {
					hit = true
				}
			case *ast.Ident:
				if v, ok := info.Uses[n].(*types.Var); ok && derived[v] {
					hit = true
				}
			}
			return !hit
		})
		return hit
	}
	for round := 0; round < 4; round++ {
		changed := false
		for _, d := range sk.order {
			if !derived[d.v] && isDerived(d.rhs) {
				derived[d.v] = true
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	used := false
	ast.Inspect(sk.body, func(n ast.Node) bool {
		if used {
			return false
		}
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				x, y := isDerived(n.X), isDerived(n.Y)
				if (x && !y && sk.taintOf(n.Y, 0) == nil) || (y && !x && sk.taintOf(n.X, 0) == nil) {
					used = true
				}
				return false
			}
		case *ast.CallExpr:
			if n == call {
				return false
			}
			argDerived, otherOK := false, false
			for _, arg := range n.Args {
				if isDerived(arg) {
					argDerived = true
				} else if sk.taintOf(arg, 0) == nil {
					otherOK = true
				}
			}
			if argDerived && !selfKeyFormatting(info, n) && (otherOK || len(n.Args) == 1) {
				if fn, _ := typeutil.Callee(info, n).(*types.Func); fn != nil && !model.IsStdEncoding(fn) {
					used = true // bytes.Equal(tp, jkt), lookup(tp), ...
					return false
				}
			}
		case *ast.IndexExpr:
			if isDerived(n.Index) {
				used = true
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if isDerived(r) {
					used = true
				}
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && isDerived(n.Tag) {
				used = true
			}
		}
		return true
	})
	return used
}

// selfKeyFormatting reports whether call only formats or logs its arguments.
func selfKeyFormatting(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return false
	}
	return model.OnlyShowsArguments(fn)
}
