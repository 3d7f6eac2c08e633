package tokenstorage

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/model"
)

// flows checks the flow engine's flows: a token passed to a function of
// the package that writes it to a readable file, and a token read from
// the URL query that reaches a token parse or verification.
func (a *analyzer) flows() {
	for _, f := range a.res.Flows {
		fb, ok := a.enclosing(f.Pos)
		if !ok {
			continue
		}
		switch f.Kind {
		case model.FileSink:
			a.fileFlow(fb, f)
		case model.AuthSink:
			a.authFlow(fb, f)
		}
	}
}

// enclosing returns the function of the package (outside tests) holding
// pos.
func (a *analyzer) enclosing(pos token.Pos) (fnBody, bool) {
	for _, fb := range a.fns {
		if fb.decl.Pos() <= pos && pos < fb.decl.End() {
			return fb, true
		}
	}
	return fnBody{}, false
}

// fileFlow reports a call passing a token to a function of the package
// that writes it to a file readable by others (the write itself does not
// see the token: it is a parameter there). Direct writes are checked on
// the syntax by files.
func (a *analyzer) fileFlow(fb fnBody, f *flow.Flow) {
	if !f.Via.IsValid() || f.Label&model.StoredLabels == 0 {
		return
	}
	outer := a.starts[f.Pos]
	inner := a.calls[f.Via]
	if outer == nil || inner == nil {
		return // a function of another package: its file is not loaded
	}
	ib, ok := a.enclosing(inner.Pos())
	if !ok {
		return
	}
	fn := a.callee(inner)
	if fn == nil {
		return
	}
	m, ok := a.modeOf(ib, inner, fn)
	if !ok || m.mode&readableByOthers == 0 {
		return
	}
	l := (f.Label & model.StoredLabels).First()
	name := f.Sink
	if f.Callee != nil {
		name = model.DisplayName(f.Callee)
	}
	d := analysis.Diagnostic{
		Pos: outer.Pos(), End: outer.End(),
		Message: fmt.Sprintf("%s passes a token (%s) to %s, which writes it to a file with mode %#o (%s), readable by other users; use 0600",
			name, l, model.DisplayName(fn), m.mode, m.by),
	}
	if f.Source.IsValid() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: f.Source, Message: fmt.Sprintf("the %s comes from here", l)})
	}
	d.Related = append(d.Related, analysis.RelatedInformation{Pos: inner.Pos(), Message: "written here"})
	if m.at != inner.Pos() {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: m.at, Message: fmt.Sprintf("mode %#o set here", m.mode)})
	}
	a.report(d)
}

// authFlow reports a token read from the URL query (or a form value that
// may come from it) reaching a token parse or verification: the server
// accepts bearer tokens in URLs (RFC 6750 §2.3).
func (a *analyzer) authFlow(fb fnBody, f *flow.Flow) {
	if f.Label&model.QueryToken == 0 {
		return
	}
	outer := a.starts[f.Pos]
	if outer == nil {
		return
	}
	var src *ast.CallExpr
	if f.Source.IsValid() {
		src = a.calls[f.Source]
		if src == nil {
			src = a.starts[f.Source]
		}
	}
	if src != nil {
		fn := a.callee(src)
		if fn != nil && model.IsBodyFormRead(fn) {
			return
		}
		if fn != nil && model.IsValuesGet(fn) && !a.fromQuery(src) {
			return // r.PostForm.Get("token"): the body, or values of unknown origin
		}
	}
	msg := fmt.Sprintf("%s authenticates a bearer token read from the URL query, which ends up in logs, history and Referer; accept it only in the Authorization header", f.Sink)
	if f.Via.IsValid() && f.Callee != nil {
		msg = fmt.Sprintf("%s passes a bearer token read from the URL query to %s; URLs end up in logs, history and Referer: accept it only in the Authorization header", model.DisplayName(f.Callee), f.Sink)
	}
	d := analysis.Diagnostic{Pos: outer.Pos(), End: outer.End(), Message: msg}
	if src != nil {
		d.Related = []analysis.RelatedInformation{{Pos: src.Pos(), Message: "read from the query here"}}
	}
	a.report(d)
}

// fromQuery reports whether the receiver of a url.Values read is the
// request's URL query: r.URL.Query(), r.Form, or a variable of the
// function assigned once from one.
func (a *analyzer) fromQuery(get *ast.CallExpr) bool {
	sel, ok := ast.Unparen(get.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	fb, ok := a.enclosing(get.Pos())
	if !ok {
		return false
	}
	e := sel.X
	for depth := 0; depth < 8; depth++ {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			fn := a.callee(x)
			return fn != nil && model.IsQueryValuesFunc(fn)
		case *ast.SelectorExpr:
			if _, isField := a.pass.TypesInfo.Selections[x]; isField {
				return model.IsQueryValuesField(a.pass.TypesInfo.TypeOf(x.X), x.Sel.Name)
			}
			return false
		case *ast.Ident:
			obj := a.objOf(x)
			if obj == nil {
				return false
			}
			as := a.assignsTo(fb.decl.Body, obj)
			if len(as) != 1 || as[0].RHS == nil || as[0].Index != 0 {
				return false
			}
			e = as[0].RHS
		default:
			return false
		}
	}
	return false
}
