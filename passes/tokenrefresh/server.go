package tokenrefresh

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/http"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// tokenErr is what makes a branch of a handler the answer to a refused
// token: an error labelled by the flow engine (the verification call is
// at src) or a library's sentinel or error type (named what).
type tokenErr struct {
	src  token.Pos
	what string
}

// handler checks the branches of an HTTP handler's body that handle a
// refused token: a status other than 401 answered there is reported.
func (a *analyzer) handler(f *ast.File, body *ast.BlockStmt) {
	a.body, a.challenge = body, -1
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false // checked on its own if it is a handler
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.IfStmt:
			if te, then := a.cond(f, n.Cond, n, stack); te != nil {
				if then {
					a.answers(n.Body, te)
				} else if n.Else != nil {
					a.answers(n.Else, te)
				}
			}
		case *ast.SwitchStmt:
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				for _, e := range cc.List {
					var te *tokenErr
					if n.Tag == nil {
						var then bool
						if te, then = a.cond(f, e, n, stack); !then {
							te = nil
						}
					} else if obj := astutil.RefObj(a.pass.TypesInfo, e); obj != nil && model.IsTokenSentinel(obj) {
						te = &tokenErr{what: displayVar(obj)}
					}
					if te != nil {
						a.answers(cc, te)
						break
					}
				}
			}
		case *ast.TypeSwitchStmt:
			for _, s := range n.Body.List {
				cc := s.(*ast.CaseClause)
				for _, e := range cc.List {
					if t := a.pass.TypesInfo.TypeOf(e); t != nil && model.IsTokenErrorType(t) {
						a.answers(cc, &tokenErr{what: displayType(t)})
						break
					}
				}
			}
		}
		return true
	})
}

// cond returns the token error a condition tests, and whether the
// then-branch (true) or the else-branch (false) handles it: err != nil,
// err == nil, errors.Is(err, jwt.ErrTokenExpired), errors.As(err,
// &expired) with a token error type, and && of them.
func (a *analyzer) cond(f *ast.File, e ast.Expr, at ast.Node, stack []ast.Node) (*tokenErr, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if te, then := a.cond(f, e.X, at, stack); te != nil && then {
				return te, true
			}
			if te, then := a.cond(f, e.Y, at, stack); te != nil && then {
				return te, true
			}
		case token.NEQ, token.EQL:
			x := e.X
			if a.isNil(x) {
				x = e.Y
			} else if !a.isNil(e.Y) {
				return nil, false
			}
			if te := a.errOf(f, x, at, stack); te != nil {
				return te, e.Op == token.NEQ
			}
		}
	case *ast.CallExpr:
		fn := a.callee(e)
		i := model.ErrorMatchArg(fn)
		if i < 0 || i >= len(e.Args) {
			return nil, false
		}
		target := ast.Unparen(e.Args[i])
		if obj := astutil.RefObj(a.pass.TypesInfo, target); obj != nil && model.IsTokenSentinel(obj) {
			return &tokenErr{what: displayVar(obj)}, true
		}
		if u, ok := target.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if t := a.pass.TypesInfo.TypeOf(u.X); t != nil && model.IsTokenErrorType(t) {
				return &tokenErr{what: displayType(t)}, true
			}
		}
	}
	return nil, false
}

func (a *analyzer) isNil(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// errOf returns the token error held by the error variable x tested at
// node at: the value its last assignment before at gives it (the
// statement before, or the if's own initialization) must carry the flow
// engine's TokenError label. An assignment hidden in an earlier branch or
// loop makes the value unknown: nil.
func (a *analyzer) errOf(f *ast.File, x ast.Expr, at ast.Node, stack []ast.Node) *tokenErr {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	obj, ok := a.objOf(id).(*types.Var)
	if !ok {
		return nil
	}
	lhs := a.lastAssign(obj, at, stack)
	if lhs == nil {
		return nil
	}
	if a.res.LabelOf(f, lhs)&model.TokenError == 0 {
		return nil
	}
	// The token verified must be the request's credential.
	src := a.res.SourceOf(f, lhs)
	if c := a.calls[src]; c == nil || a.presented[c.Pos()]&model.PresentedLabels == 0 {
		return nil
	}
	return &tokenErr{src: src}
}

// lastAssign returns the identifier of the last assignment of v before
// node at (the top of stack), looking back through the enclosing
// statement lists, or nil when it is not found or may be hidden in a
// compound statement.
func (a *analyzer) lastAssign(v *types.Var, at ast.Node, stack []ast.Node) *ast.Ident {
	if is, ok := at.(*ast.IfStmt); ok && is.Init != nil {
		if id := a.assigns(is.Init, v); id != nil {
			return id
		}
	}
	if ss, ok := at.(*ast.SwitchStmt); ok && ss.Init != nil {
		if id := a.assigns(ss.Init, v); id != nil {
			return id
		}
	}
	child := at
	for i := len(stack) - 1; i >= 0; i-- {
		var list []ast.Stmt
		switch p := stack[i].(type) {
		case *ast.BlockStmt:
			list = p.List
		case *ast.CaseClause:
			list = p.Body
		case *ast.CommClause:
			list = p.Body
		case *ast.FuncLit, *ast.FuncDecl:
			return nil
		}
		idx := -1
		for j, s := range list {
			if s == child {
				idx = j
				break
			}
		}
		for j := idx - 1; j >= 0; j-- {
			if id := a.assigns(list[j], v); id != nil {
				return id
			}
			if a.mentionsAssign(list[j], v) {
				return nil
			}
		}
		child = stack[i]
	}
	return nil
}

// assigns returns the identifier s (a simple statement) assigns v to.
func (a *analyzer) assigns(s ast.Stmt, v *types.Var) *ast.Ident {
	var lhs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		lhs = s.Lhs
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok {
			for _, sp := range gd.Specs {
				if vs, ok := sp.(*ast.ValueSpec); ok {
					for _, n := range vs.Names {
						lhs = append(lhs, n)
					}
				}
			}
		}
	}
	for _, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && a.objOf(id) == v {
			return id
		}
	}
	return nil
}

// mentionsAssign reports whether an assignment of v is nested in s.
func (a *analyzer) mentionsAssign(s ast.Stmt, v *types.Var) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		if st, ok := n.(ast.Stmt); ok && a.assigns(st, v) != nil {
			found = true
		}
		return !found
	})
	return found
}

// answers reports the status calls of a branch handling a token error
// whose status is not 401: 400, 403, 5xx, or a success.
func (a *analyzer) answers(branch ast.Node, te *tokenErr) {
	ast.Inspect(branch, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn := a.callee(n)
			if fn == nil {
				return true
			}
			if i := model.StatusArg(fn); i >= 0 {
				a.status(n, fn, i, te)
				if wwwAuthenticate && i < len(n.Args) {
					if code, ok := a.intConst(n.Args[i]); ok && code == http.StatusUnauthorized && !a.setsChallenge() {
						a.reportNoChallenge(n, fn, te)
					}
				}
				return true
			}
			// A helper writing the status it is given (its flow
			// summary says which parameter reaches a status).
			for _, ps := range a.res.ParamSinks(fn, model.StatusSink) {
				a.status(n, fn, ps.Param, te)
			}
		}
		return true
	})
}

// status reports call if its argument i is a constant status that is a
// wrong answer to a refused token.
func (a *analyzer) status(call *ast.CallExpr, fn *types.Func, i int, te *tokenErr) {
	if i < 0 || i >= len(call.Args) {
		return
	}
	if code, ok := a.intConst(call.Args[i]); ok && wrongAnswer(code) {
		a.reportStatus(call, fn, code, te)
	}
}

// wrongAnswer reports whether status code answers a refused token in a way
// a client does not take for a reason to refresh: a success, 400, 403 or
// a server error. Redirects (to a login page) and other client errors are
// left alone.
func wrongAnswer(code int64) bool {
	switch {
	case code >= 200 && code < 300:
		return true
	case code == http.StatusBadRequest, code == http.StatusForbidden:
		return true
	case code >= 500 && code < 600:
		return true
	}
	return false
}

func (a *analyzer) reportStatus(call *ast.CallExpr, fn *types.Func, code int64, te *tokenErr) {
	what := te.what
	var related []analysis.RelatedInformation
	if te.src.IsValid() {
		what = "the token verification error"
		if c := a.calls[te.src]; c != nil {
			if v := a.callee(c); v != nil {
				what = "the error of " + model.DisplayName(v)
			}
			related = []analysis.RelatedInformation{{Pos: c.Pos(), End: c.End(), Message: "the token is verified here"}}
		} else {
			related = []analysis.RelatedInformation{{Pos: te.src, Message: "the token is verified here"}}
		}
	}
	a.report(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: fmt.Sprintf("%s answers %s with %d: answer 401 with WWW-Authenticate: Bearer error=\"invalid_token\", on which clients refresh the token",
			model.DisplayName(fn), what, code),
		Related: related,
	})
}

// displayVar names a package variable for messages: "jwt.ErrTokenExpired".
func displayVar(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// displayType names a type for messages: "*oidc.TokenExpiredError".
func displayType(t types.Type) string {
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// setsChallenge reports whether the handler being checked sets a
// WWW-Authenticate header anywhere (in a function literal too).
func (a *analyzer) setsChallenge() bool {
	if a.challenge >= 0 {
		return a.challenge == 1
	}
	a.challenge = 0
	ast.Inspect(a.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if i := model.HeaderSetArg(a.callee(n)); i >= 0 && i < len(n.Args) {
				if k, ok := a.strConst(n.Args[i]); ok && model.IsChallengeHeader(k) {
					a.challenge = 1
				}
			}
		case *ast.IndexExpr:
			// h["Www-Authenticate"] = ...
			if model.IsHeaderSet(a.pass.TypesInfo.TypeOf(n.X)) {
				if k, ok := a.strConst(n.Index); ok && model.IsChallengeHeader(k) {
					a.challenge = 1
				}
			}
		}
		return a.challenge == 0
	})
	return a.challenge == 1
}

func (a *analyzer) reportNoChallenge(call *ast.CallExpr, fn *types.Func, te *tokenErr) {
	what := te.what
	if te.src.IsValid() {
		what = "the token verification error"
		if c := a.calls[te.src]; c != nil {
			if v := a.callee(c); v != nil {
				what = "the error of " + model.DisplayName(v)
			}
		}
	}
	a.report(analysis.Diagnostic{
		Pos: call.Pos(), End: call.End(),
		Message: fmt.Sprintf("%s answers %s with 401 but no WWW-Authenticate header: set WWW-Authenticate: Bearer error=\"invalid_token\"", model.DisplayName(fn), what),
	})
}
