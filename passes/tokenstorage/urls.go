package tokenstorage

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// urls checks the tokens a function puts into a URL query: under a
// url.Values key encoded into a URL's RawQuery or after a "?", by string
// concatenation ("?token="+t) or formatting ("...?access_token=%s").
func (a *analyzer) urls(fb fnBody) {
	seen := make(map[ast.Node]bool)
	ast.Inspect(fb.decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return true
			}
			for i, l := range n.Lhs {
				sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
				if ok && model.IsURLQueryField(a.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name) {
					a.queryValue(fb, n.Rhs[i])
				}
			}
		case *ast.CompositeLit:
			t := a.pass.TypesInfo.TypeOf(n)
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); ok && model.IsURLQueryField(t, key.Name) {
					a.queryValue(fb, kv.Value)
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.ADD && !seen[n] {
				a.concat(fb, n, seen)
			}
		case *ast.CallExpr:
			a.format(fb, n)
		}
		return true
	})
}

// queryValue checks an encoded query put into a URL: the tokens set in
// the url.Values it encodes (q.Encode()), or else the value itself.
func (a *analyzer) queryValue(fb fnBody, e ast.Expr) { a.queryValueOf(fb, e, true) }

// appended checks a value appended after "?" or "&": only an encoded
// url.Values is a query there ("valid?"+t is a sentence).
func (a *analyzer) appended(fb fnBody, e ast.Expr) { a.queryValueOf(fb, e, false) }

func (a *analyzer) queryValueOf(fb fnBody, e ast.Expr, any bool) {
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn := a.callee(call); fn != nil && model.IsURLValuesEncode(fn) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				a.values(fb, sel.X)
				return
			}
		}
	}
	if !any {
		return
	}
	l := a.urlLabel(fb.file, e)
	if l == 0 {
		return
	}
	a.reportQuery(fb, e, l, "")
}

// values reports the tokens put into the url.Values v (a variable of the
// function or a literal) under a key other than a protocol's own.
func (a *analyzer) values(fb fnBody, v ast.Expr) {
	if lit, ok := ast.Unparen(v).(*ast.CompositeLit); ok {
		a.valuesLit(fb, lit)
		return
	}
	obj := a.objOf(v)
	if obj == nil {
		return
	}
	for _, as := range a.assignsTo(fb.decl.Body, obj) {
		if lit, ok := ast.Unparen(as.RHS).(*ast.CompositeLit); ok && as.RHS != nil {
			a.valuesLit(fb, lit)
		}
	}
	ast.Inspect(fb.decl.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 2 {
			return true
		}
		fn := a.callee(call)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if fn == nil || !ok || !model.IsURLValuesAdd(fn) || a.objOf(sel.X) != obj {
			return true
		}
		if a.specKey(call.Args[0]) {
			return true
		}
		if l := a.urlLabel(fb.file, call.Args[1]); l != 0 {
			a.reportQuery(fb, call, l, model.DisplayName(fn))
		}
		return true
	})
}

func (a *analyzer) valuesLit(fb fnBody, lit *ast.CompositeLit) {
	if !model.IsURLValues(a.pass.TypesInfo.TypeOf(lit)) {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok || a.specKey(kv.Key) {
			continue
		}
		vals, ok := ast.Unparen(kv.Value).(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, v := range vals.Elts {
			if l := a.urlLabel(fb.file, v); l != 0 {
				a.reportQuery(fb, kv, l, "url.Values literal")
			}
		}
	}
}

// specKey reports whether e is a constant query key a protocol puts a
// token under itself (id_token_hint).
func (a *analyzer) specKey(e ast.Expr) bool {
	v := a.constOf(e)
	return v != nil && v.Kind() == constant.String && model.IsSpecQueryKey(constant.StringVal(v))
}

func (a *analyzer) reportQuery(fb fnBody, at ast.Node, l model.Label, by string) {
	what := fmt.Sprintf("a token (%s) is put", l.First())
	if by != "" {
		what = fmt.Sprintf("%s puts a token (%s)", by, l.First())
	}
	msg := what + " into a URL query, where logs, history and Referer headers keep it (RFC 6750 §2.3); send it in the Authorization header"
	var e ast.Expr
	switch at := at.(type) {
	case *ast.CallExpr:
		e = at.Args[len(at.Args)-1]
	case *ast.KeyValueExpr:
		e = at.Value
	case ast.Expr:
		e = at
	}
	a.report(analysis.Diagnostic{Pos: at.Pos(), End: at.End(), Message: msg, Related: a.related(fb.file, e, l.First(), at.Pos())})
}

// concat checks a string concatenation: a token after a constant part
// that opens a query parameter ("...?access_token=") or a query ("?").
func (a *analyzer) concat(fb fnBody, b *ast.BinaryExpr, seen map[ast.Node]bool) {
	if a.constOf(b) != nil {
		return
	}
	var ops []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if be, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && be.Op == token.ADD && a.constOf(be) == nil {
			seen[be] = true
			flatten(be.X)
			flatten(be.Y)
			return
		}
		ops = append(ops, e)
	}
	flatten(b)
	text := ""
	for i, op := range ops {
		if v := a.constOf(op); v != nil {
			if v.Kind() == constant.String {
				text += constant.StringVal(v)
			}
			continue
		}
		if i == 0 {
			text += "\x00" // an unknown prefix (the base URL)
			continue
		}
		a.queryOperand(fb, text, op)
		text += "\x00"
	}
}

// queryParam matches the query of a URL up to a parameter's "=": the
// constant text after the last "?" (\x00 stands for a value not known).
var queryParam = regexp.MustCompile(`^\?(?:[\w.~%\-\[\]]+(?:=[^&\s]*)?&)*([\w.~%\-\[\]]+)=$`)

// queryOpen matches the query of a URL up to where an encoded query is
// appended: "?" or "?a=1&".
var queryOpen = regexp.MustCompile(`^\?(?:[\w.~%\-\[\]]+(?:=[^&\s]*)?&)*$`)

// queryKeyBefore reports whether text, the constant text before a value
// in a URL, opens a query parameter ("?a=1&token=": key "token") or a
// query ("...?" or "...&": key "", for an encoded url.Values only).
func queryKeyBefore(text string) (string, bool) {
	q := strings.LastIndexAny(text, "?#")
	if q < 0 || text[q] != '?' {
		return "", false
	}
	rest := text[q:]
	if m := queryParam.FindStringSubmatch(rest); m != nil {
		return m[1], true
	}
	if queryOpen.MatchString(rest) {
		return "", true
	}
	return "", false
}

// format checks a printf-style formatting call that builds a string:
// a token formatted right after "?...key=" or "?".
func (a *analyzer) format(fb fnBody, call *ast.CallExpr) {
	fn := a.callee(call)
	if fn == nil {
		return
	}
	fi := model.FormatArg(fn)
	if fi < 0 || fi >= len(call.Args) || model.LookupPropagation(fn) != model.FromArgs {
		return
	}
	fv := a.constOf(call.Args[fi])
	if fv == nil || fv.Kind() != constant.String {
		return
	}
	format := constant.StringVal(fv)
	arg := fi + 1
	text := ""
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			text += string(format[i])
			continue
		}
		i++
		for i < len(format) && strings.ContainsRune("+-# 0123456789.", rune(format[i])) {
			i++
		}
		if i >= len(format) {
			break
		}
		switch format[i] {
		case '%':
			text += "%"
			continue
		case '*', '[':
			return
		}
		if arg >= len(call.Args) {
			return
		}
		op := call.Args[arg]
		arg++
		if format[i] == 'T' || format[i] == 'p' {
			text += "\x00"
			continue
		}
		a.queryOperand(fb, text, op)
		text += "\x00"
	}
}

// urlLabel is label for the URL rules: a token the program mints itself
// (a signed JWT from jwt.SignedString, jws.Sign, ...) and puts into a URL
// is a link it issues for the purpose (an email verification or password
// reset link, a webhook URL, a download or WebSocket ticket), scoped and
// timed by its issuer: not reported. Tokens received (OAuth2 tokens,
// Authorization headers, parsed tokens) are.
func (a *analyzer) urlLabel(file *ast.File, e ast.Expr) model.Label {
	l := a.label(file, e)
	if l == model.SignedJWT && a.res.LabelOf(file, e)&model.MintedJWT != 0 {
		return 0
	}
	return l
}

// queryOperand checks op, an operand of a URL built as text: after a
// "?key=" whose key is not one of the protocol's own, a token is put in
// the query; after a bare "?" or "&", op is appended as a query (see
// appended).
func (a *analyzer) queryOperand(fb fnBody, text string, op ast.Expr) {
	key, ok := queryKeyBefore(text)
	switch {
	case !ok:
	case key == "":
		a.appended(fb, op)
	case !model.IsSpecQueryKey(key):
		if l := a.urlLabel(fb.file, op); l != 0 {
			a.reportQuery(fb, op, l, "")
		}
	}
}
