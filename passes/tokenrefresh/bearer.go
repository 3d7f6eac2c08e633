package tokenrefresh

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
)

// bearerHeaders reports a request's Authorization header set by hand
// ((http.Header).Set or Add, (*oauth2.Token).SetAuthHeader, or a function
// whose summary says a parameter reaches one) from a token the function
// loaded from the session or stored data, when no response is checked for
// 401 and the package never refreshes a token: once the token expires,
// every request fails until the user logs in again.
//
// The flow engine keeps no hand-set header (model.BearerSink) in a
// function that compares a response's status with 401, hands a response
// to a function it cannot see into, or returns one; a token parameter
// makes the header the callers' business (the function's summary). What
// is left is judged here: the token the header is set from must be a
// local variable whose every assignment is a type assertion of a session
// value (gorilla sessions' Values) to *oauth2.Token, or filled by a
// decode of stored data (see storedDecode), used for nothing but its
// access token and the headers. A fresh token (from a token endpoint),
// a kept one (a field or a package variable: the stored-token rule), a
// token given a refresh or an expiry check, and any other origin are not
// reported.
func (a *analyzer) bearerHeaders(files []*ast.File) {
	var flows []*flow.Flow
	for _, fl := range a.res.Flows {
		if fl.Kind == model.BearerSink && fl.Call != nil {
			flows = append(flows, fl)
		}
	}
	if len(flows) == 0 || a.refreshesTokens(files) {
		return
	}
	for _, fl := range flows {
		call := a.calls[fl.Call.Pos()]
		if call == nil {
			continue
		}
		decl := a.enclosingDecl(files, call.Pos())
		if decl == nil || decl.Body == nil {
			continue
		}
		if obj, ok := a.pass.TypesInfo.Defs[decl.Name].(*types.Func); !ok || astutil.TakesTesting(obj.Signature()) {
			continue
		}
		for _, tok := range a.bearerTokens(call, decl.Body) {
			v, load, from := a.sessionToken(tok, call, decl)
			if v == nil {
				continue
			}
			fn := a.callee(call)
			if fn == nil {
				continue
			}
			related := []analysis.RelatedInformation{{Pos: load.Pos(), End: load.End(), Message: "the token is loaded from " + from + " here"}}
			if fl.Via.IsValid() {
				related = append(related, analysis.RelatedInformation{Pos: fl.Via, Message: "the Authorization header is set here"})
			}
			a.report(analysis.Diagnostic{
				Pos: call.Pos(), End: call.End(),
				Message: fmt.Sprintf("%s sets the Authorization header from a token loaded from %s, never checking for 401: use cfg.Client(ctx, tok), which refreshes it, or refresh the token on 401",
					model.DisplayName(fn), from),
				Related: related,
			})
			break
		}
	}
}

// bearerTokens returns the expressions of the tokens the Authorization
// header call sets the header from: the receiver of SetAuthHeader, the
// token whose access token the header's value is made of, the arguments
// of a function whose summary says they reach such a header.
func (a *analyzer) bearerTokens(call *ast.CallExpr, body *ast.BlockStmt) []ast.Expr {
	fn := a.callee(call)
	if fn == nil {
		return nil
	}
	recv := func() ast.Expr {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	var out []ast.Expr
	add := func(e ast.Expr) {
		if e == nil {
			return
		}
		if model.IsExpiringTokenType(a.pass.TypesInfo.TypeOf(e)) {
			out = append(out, e)
		} else if t := a.accessTokenOf(e, body, 0); t != nil {
			out = append(out, t)
		}
	}
	if s := model.LookupSink(fn); s != nil && s.Kind == model.BearerSink {
		if s.Recv {
			add(recv())
		}
		for i, arg := range call.Args {
			if s.SinkArg(i) {
				add(arg)
			}
		}
		return out
	}
	for _, ps := range a.res.ParamSinks(fn, model.BearerSink) {
		switch {
		case ps.Param < 0:
			add(recv())
		case ps.Param < len(call.Args) && !(fn.Signature().Variadic() && ps.Param >= fn.Signature().Params().Len()-1):
			add(call.Args[ps.Param])
		}
	}
	return out
}

// accessTokenOf returns the token x whose access token (x.AccessToken)
// the string expression e is made of, through one local variable
// assigned once, or nil.
func (a *analyzer) accessTokenOf(e ast.Expr, body *ast.BlockStmt, depth int) ast.Expr {
	var tok ast.Expr
	var locals []*types.Var
	ast.Inspect(e, func(n ast.Node) bool {
		if tok != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			t := a.pass.TypesInfo.TypeOf(n.X)
			if model.IsExpiringTokenType(t) && model.TokenFieldRole(t, n.Sel.Name) == model.TokenAccess {
				tok = n.X
				return false
			}
		case *ast.Ident:
			if v, ok := a.pass.TypesInfo.Uses[n].(*types.Var); ok && !v.IsField() && v.Parent() != a.pass.Pkg.Scope() {
				locals = append(locals, v)
			}
		}
		return true
	})
	if tok != nil || depth > 0 {
		return tok
	}
	for _, v := range locals {
		var rhs []ast.Expr
		n := 0
		ast.Inspect(body, func(nd ast.Node) bool {
			if as, ok := nd.(*ast.AssignStmt); ok {
				for j, l := range as.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && a.objOf(id) == v {
						n++
						if len(as.Rhs) == len(as.Lhs) {
							rhs = append(rhs, as.Rhs[j])
						}
					}
				}
			}
			return true
		})
		if n == 1 && len(rhs) == 1 {
			if t := a.accessTokenOf(rhs[0], body, depth+1); t != nil {
				return t
			}
		}
	}
	return nil
}

// sessionToken returns the local variable the token expression tok
// names, the session load or stored data decode it comes from, and what
// it is loaded from, if every assignment of the variable in decl is a
// type assertion of a session value to the token type (or an empty token
// a decode of stored data fills) and it is used for nothing but its access token and call (no
// expiry check, no refresh, not handed to another function): a token the
// function did not obtain itself, nor checks.
func (a *analyzer) sessionToken(tok ast.Expr, call *ast.CallExpr, decl *ast.FuncDecl) (*types.Var, ast.Expr, string) {
	id, ok := ast.Unparen(tok).(*ast.Ident)
	if !ok {
		return nil, nil, ""
	}
	v, ok := a.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.IsField() || v.Parent() == a.pass.Pkg.Scope() || !decl.Body.Pos().IsValid() || v.Pos() < decl.Body.Pos() || v.Pos() >= decl.Body.End() {
		// A parameter (its callers judge), a field or a package variable
		// (the stored-token rule).
		return nil, nil, ""
	}
	var load ast.Expr
	from := ""
	bad := false
	var stack []ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if bad {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.AssignStmt:
			for j, l := range n.Lhs {
				lid, ok := ast.Unparen(l).(*ast.Ident)
				if !ok || a.objOf(lid) != v {
					continue
				}
				var r ast.Expr
				switch {
				case len(n.Rhs) == len(n.Lhs):
					r = n.Rhs[j]
				case len(n.Rhs) == 1 && j == 0:
					r = n.Rhs[0] // tok, ok := x.(*oauth2.Token)
				}
				if r != nil && a.isEmptyToken(r) {
					continue // filled by a decode below
				}
				if r == nil || !a.isSessionLoad(r) {
					bad = true
					return false
				}
				if load == nil {
					load, from = r, "the session"
				}
			}
		case *ast.ValueSpec:
			for j, name := range n.Names {
				if a.objOf(name) != v || len(n.Values) == 0 {
					continue
				}
				var r ast.Expr
				switch {
				case len(n.Values) == len(n.Names):
					r = n.Values[j]
				case len(n.Values) == 1 && j == 0:
					r = n.Values[0]
				}
				if r != nil && a.isEmptyToken(r) {
					continue
				}
				if r == nil || !a.isSessionLoad(r) {
					bad = true
					return false
				}
				if load == nil {
					load, from = r, "the session"
				}
			}
		case *ast.Ident:
			if a.pass.TypesInfo.Uses[n] != v {
				return true
			}
			if dec := a.storedDecode(stack, decl.Body); dec != nil {
				if load == nil {
					load, from = dec, "stored data"
				}
				return true
			}
			if !a.plainUse(stack, call) {
				bad = true
				return false
			}
		}
		return true
	})
	if bad || load == nil {
		return nil, nil, ""
	}
	return v, load, from
}

// isEmptyToken reports whether e makes an empty token (new(oauth2.Token),
// &oauth2.Token{}), to be filled by a decode.
func (a *analyzer) isEmptyToken(e ast.Expr) bool {
	if !model.IsExpiringTokenType(a.pass.TypesInfo.TypeOf(e)) {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		id, ok := ast.Unparen(e.Fun).(*ast.Ident)
		_, builtin := a.pass.TypesInfo.Uses[id].(*types.Builtin)
		return ok && builtin && id.Name == "new"
	case *ast.UnaryExpr:
		lit, ok := ast.Unparen(e.X).(*ast.CompositeLit)
		return ok && e.Op == token.AND && len(lit.Elts) == 0
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	}
	return false
}

// storedDecode returns the decode call (json.Unmarshal(data, &tok)) the
// use of the token variable at the top of stack is the target of, when
// the data is stored data: no HTTP response was received before it in the
// function (a token endpoint called by hand answers a fresh token), and
// the data is no response's body.
func (a *analyzer) storedDecode(stack []ast.Node, body *ast.BlockStmt) *ast.CallExpr {
	i := len(stack) - 2
	var arg ast.Node = stack[len(stack)-1]
	if i >= 0 {
		if u, ok := stack[i].(*ast.UnaryExpr); ok && u.Op == token.AND {
			arg = u
			i--
		}
	}
	if i < 0 {
		return nil
	}
	call, ok := stack[i].(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := a.callee(call)
	target, data := model.DecodeArgs(fn)
	if target < 0 || target >= len(call.Args) || data >= len(call.Args) || call.Args[target] != arg {
		return nil
	}
	received := false
	ast.Inspect(body, func(n ast.Node) bool {
		if received {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if n.Pos() < call.Pos() && a.returnsResponse(n) {
				received = true
			}
		case *ast.SelectorExpr:
			if n.Pos() >= call.Args[data].Pos() && n.End() <= call.Args[data].End() && model.IsResponseType(a.pass.TypesInfo.TypeOf(n.X)) {
				received = true
			}
		}
		return !received
	})
	if received {
		return nil
	}
	return call
}

// returnsResponse reports whether call returns an HTTP response.
func (a *analyzer) returnsResponse(call *ast.CallExpr) bool {
	switch t := a.pass.TypesInfo.TypeOf(call).(type) {
	case *types.Tuple:
		for v := range t.Variables() {
			if model.IsResponseType(v.Type()) {
				return true
			}
		}
	case types.Type:
		return model.IsResponseType(t)
	}
	return false
}

// plainUse reports whether the use of the token variable at the top of
// stack only reads it: its access token or token type, the header call
// itself, a nil test. Its address taken, its expiry or refresh token
// read, a method called (Valid), an assignment to one of its fields, or
// the token handed to any other function (a refreshing source, a helper
// that may refresh it) is not.
func (a *analyzer) plainUse(stack []ast.Node, call *ast.CallExpr) bool {
	id := stack[len(stack)-1].(*ast.Ident)
	if len(stack) < 2 {
		return false
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.SelectorExpr:
		if p.X != id {
			return false
		}
		if sel, ok := a.pass.TypesInfo.Selections[p]; ok && sel.Kind() == types.MethodVal {
			// A method: another header set (SetAuthHeader) only.
			m, _ := sel.Obj().(*types.Func)
			return m != nil && model.TokenMethodRole(m) == model.TokenAccess
		}
		t := a.pass.TypesInfo.TypeOf(id)
		f, _ := a.pass.TypesInfo.Uses[p.Sel].(*types.Var)
		if model.TokenFieldRole(t, p.Sel.Name) == model.TokenExpiry || model.MarksRefreshable(t, f) {
			return false
		}
		// A field assigned: the token is changed here.
		if len(stack) >= 3 {
			if as, ok := stack[len(stack)-3].(*ast.AssignStmt); ok {
				for _, l := range as.Lhs {
					if l == p {
						return false
					}
				}
			}
		}
		return true
	case *ast.CallExpr:
		return p == call
	case *ast.BinaryExpr:
		return p.Op == token.EQL || p.Op == token.NEQ // a nil test
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			if l == id {
				return true // an assignment, judged on its own
			}
		}
		return false
	case *ast.ValueSpec:
		return true
	}
	return false
}

// isSessionLoad reports whether e is a session value asserted to the
// token type: sess.Values["token"].(*oauth2.Token).
func (a *analyzer) isSessionLoad(e ast.Expr) bool {
	ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil || !model.IsExpiringTokenType(a.pass.TypesInfo.TypeOf(ta.Type)) {
		return false
	}
	ix, ok := ast.Unparen(ta.X).(*ast.IndexExpr)
	if !ok {
		return false
	}
	sel, ok := ast.Unparen(ix.X).(*ast.SelectorExpr)
	return ok && model.IsSessionValues(a.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name)
}

// refreshesTokens reports whether the package, outside its tests,
// refreshes an OAuth2 token or checks its expiry anywhere: builds a
// refreshing source or client from it, calls Valid, reads or sets its
// Expiry. A middleware of the package may then refresh the session's
// token before the handlers use it.
func (a *analyzer) refreshesTokens(files []*ast.File) bool {
	found := false
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncDecl:
				if obj, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func); ok && isTestFunc(obj) {
					return false
				}
			case *ast.CallExpr:
				if fn := a.callee(n); fn != nil && (model.RefreshingSourceArg(fn) >= 0 || model.TokenMethodRole(fn) == model.TokenExpiry) {
					found = true
				}
			case *ast.SelectorExpr:
				if model.TokenFieldRole(a.pass.TypesInfo.TypeOf(n.X), n.Sel.Name) == model.TokenExpiry {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// enclosingDecl returns the function declaration of files holding pos.
func (a *analyzer) enclosingDecl(files []*ast.File, pos token.Pos) *ast.FuncDecl {
	for _, f := range files {
		if pos < f.Pos() || pos >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Pos() <= pos && pos < fd.End() {
				return fd
			}
		}
	}
	return nil
}
