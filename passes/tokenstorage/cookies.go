package tokenstorage

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// cookie is what a function does to one cookie: the fields it sets.
type cookie struct {
	value            []ast.Expr
	secure, httpOnly bool
	// known is false when the cookie comes from somewhere the function
	// does not show (a parameter, a call): its attributes are unknown.
	known bool
	lit   *ast.CompositeLit
}

// setField records a field set to value in a literal or an assignment.
func (a *analyzer) setField(c *cookie, t types.Type, field string, value ast.Expr) {
	switch model.CookieField(t, field) {
	case model.CookieValue:
		c.value = append(c.value, value)
	case model.CookieSecure:
		if !a.isFalse(value) {
			c.secure = true
		}
	case model.CookieHTTPOnly:
		if !a.isFalse(value) {
			c.httpOnly = true
		}
	}
}

func (a *analyzer) fromLiteral(c *cookie, lit *ast.CompositeLit) {
	c.lit = lit
	t := a.pass.TypesInfo.TypeOf(lit)
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				a.setField(c, t, key.Name, kv.Value)
			}
		}
	}
}

// cookieLit returns the http.Cookie literal e is (or takes the address
// of), or nil.
func (a *analyzer) cookieLit(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || !model.IsCookieType(a.pass.TypesInfo.TypeOf(lit)) {
		return nil
	}
	return lit
}

// cookieOf describes the cookie expression e sent in fb: a literal, or a
// variable of the function built from a literal (or declared empty) and
// then set field by field.
func (a *analyzer) cookieOf(fb fnBody, e ast.Expr) *cookie {
	c := &cookie{}
	if lit := a.cookieLit(e); lit != nil {
		c.known = true
		a.fromLiteral(c, lit)
		return c
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj, ok := a.objOf(id).(*types.Var)
	if !ok || obj.Parent() == nil || obj.Parent() == a.pass.Pkg.Scope() {
		return nil
	}
	as := a.assignsTo(fb.decl.Body, obj)
	if len(as) == 0 {
		return nil
	}
	c.known = true
	for _, x := range as {
		if x.RHS == nil {
			continue // var c http.Cookie
		}
		lit := a.cookieLit(x.RHS)
		if lit == nil {
			return nil
		}
		a.fromLiteral(c, lit)
	}
	ast.Inspect(fb.decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, l := range as.Lhs {
			sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
			if !ok || a.objOf(sel.X) != obj {
				continue
			}
			a.setField(c, a.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name, as.Rhs[i])
		}
		return true
	})
	return c
}

// cookies checks the cookies sent in a function: http.SetCookie, echo's
// and gin's setters, and a Set-Cookie header built with c.String().
func (a *analyzer) cookies(fb fnBody) {
	a.eachCall(fb.decl.Body, func(call *ast.CallExpr, fn *types.Func) {
		if s := model.LookupCookieSetter(fn); s != nil {
			if s.Cookie < 0 {
				a.flagCookie(fb, call, fn, s)
				return
			}
			if s.Cookie < len(call.Args) {
				a.checkCookie(fb, call, model.DisplayName(fn), call.Args[s.Cookie])
			}
			return
		}
		if model.IsHeaderSetter(fn) && len(call.Args) == 2 {
			k := a.constOf(call.Args[0])
			if k == nil || k.Kind() != constant.String || !model.IsSetCookieHeader(constant.StringVal(k)) {
				return
			}
			str, ok := ast.Unparen(call.Args[1]).(*ast.CallExpr)
			if !ok {
				return
			}
			sfn := a.callee(str)
			sel, ok := ast.Unparen(str.Fun).(*ast.SelectorExpr)
			if sfn == nil || !ok || !model.IsCookieString(sfn) {
				return
			}
			a.checkCookie(fb, call, model.DisplayName(fn)+" (Set-Cookie)", sel.X)
		}
	})
}

func (a *analyzer) checkCookie(fb fnBody, call *ast.CallExpr, name string, e ast.Expr) {
	c := a.cookieOf(fb, e)
	if c == nil || !c.known {
		return
	}
	var l model.Label
	var from ast.Expr
	for _, v := range c.value {
		if vl := a.label(fb.file, v); vl != 0 {
			l |= vl
			if from == nil {
				from = v
			}
		}
	}
	if l == 0 || (c.secure && c.httpOnly) {
		return
	}
	d := analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: fmt.Sprintf("%s sends a cookie holding a token (%s) without %s; set %s",
			name, l.First(), missing(c.secure, c.httpOnly), fix(c.secure, c.httpOnly)),
		Related: a.related(fb.file, from, l.First(), call.Pos()),
	}
	if c.lit != nil && c.lit.Pos() != call.Args[len(call.Args)-1].Pos() && !within(c.lit, call) {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: c.lit.Pos(), Message: "the cookie is built here"})
	}
	a.report(d)
}

func within(n ast.Node, outer ast.Node) bool { return n.Pos() >= outer.Pos() && n.End() <= outer.End() }

func missing(secure, httpOnly bool) string {
	var m []string
	if !secure {
		m = append(m, "Secure")
	}
	if !httpOnly {
		m = append(m, "HttpOnly")
	}
	return strings.Join(m, " and ")
}

func fix(secure, httpOnly bool) string {
	var m []string
	if !secure {
		m = append(m, "Secure: true (never sent over plain HTTP)")
	}
	if !httpOnly {
		m = append(m, "HttpOnly: true (not readable by scripts)")
	}
	return strings.Join(m, " and ")
}

// flagCookie checks gin's c.SetCookie(name, value, maxAge, path, domain,
// secure, httpOnly): a constant false flag with a token value.
func (a *analyzer) flagCookie(fb fnBody, call *ast.CallExpr, fn *types.Func, s *model.CookieSetter) {
	if s.Value >= len(call.Args) || s.Secure >= len(call.Args) || s.HTTPOnly >= len(call.Args) {
		return
	}
	l := a.label(fb.file, call.Args[s.Value])
	if l == 0 {
		return
	}
	secure, httpOnly := !a.isFalse(call.Args[s.Secure]), !a.isFalse(call.Args[s.HTTPOnly])
	if secure && httpOnly {
		return
	}
	var m []string
	if !secure {
		m = append(m, "secure")
	}
	if !httpOnly {
		m = append(m, "httpOnly")
	}
	a.report(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: fmt.Sprintf("%s sends a cookie holding a token (%s) with %s false; pass true",
			model.DisplayName(fn), l.First(), strings.Join(m, " and ")),
		Related: a.related(fb.file, call.Args[s.Value], l.First(), call.Pos()),
	})
}

// sessions checks gorilla sessions.Options literals in a package whose
// sessions hold a token (session.Values[k] = token): Secure or HttpOnly
// missing or false.
func (a *analyzer) sessions(fns []fnBody) {
	var stored ast.Expr
	var storedLabel model.Label
	for _, fb := range fns {
		ast.Inspect(fb.decl.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, l := range as.Lhs {
				ix, ok := ast.Unparen(l).(*ast.IndexExpr)
				if !ok {
					continue
				}
				sel, ok := ast.Unparen(ix.X).(*ast.SelectorExpr)
				if !ok || !model.IsSessionValues(a.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name) {
					continue
				}
				if lb := a.label(fb.file, as.Rhs[i]); lb != 0 && stored == nil {
					stored, storedLabel = as.Rhs[i], lb
				}
			}
			return true
		})
	}
	if stored == nil {
		return
	}
	// Flags set field by field anywhere in the package
	// (store.Options.HttpOnly = true) count for every literal.
	var set cookie
	for _, f := range a.srcFiles {
		ast.Inspect(f, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				astutil.FieldSets(a.pass.TypesInfo, as, func(t types.Type, field string, value ast.Expr, _ ast.Node) {
					if model.IsSessionOptions(t) {
						a.setField(&set, t, field, value)
					}
				})
			}
			return true
		})
	}
	for _, f := range a.srcFiles {
		{
			ast.Inspect(f, func(n ast.Node) bool {
				if fd, ok := n.(*ast.FuncDecl); ok && a.testFunc(fd) {
					return false
				}
				lit, ok := n.(*ast.CompositeLit)
				if !ok {
					return true
				}
				t := a.pass.TypesInfo.TypeOf(lit)
				if !model.IsSessionOptions(t) {
					return true
				}
				c := &cookie{secure: set.secure, httpOnly: set.httpOnly}
				a.fromLiteral(c, lit)
				if c.secure && c.httpOnly {
					return true
				}
				a.report(analysis.Diagnostic{
					Pos: lit.Pos(), End: lit.End(),
					Message: fmt.Sprintf("%s leaves %s unset for sessions holding a token (%s); set %s",
						model.TypeDisplay(t), missing(c.secure, c.httpOnly), storedLabel.First(), fix(c.secure, c.httpOnly)),
					Related: []analysis.RelatedInformation{{Pos: stored.Pos(), Message: "the token is stored in the session here"}},
				})
				return true
			})
		}
	}
}
