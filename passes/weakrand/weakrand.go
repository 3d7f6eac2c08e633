package weakrand

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/lazyinspect"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
	"github.com/tokenvet/tokenvet/internal/variant"
)

//go:embed doc.go
var doc string

// Meta is weakrand's metadata: CWE-338, Use of Cryptographically Weak
// Pseudo-Random Number Generator; CWE-330, Use of Insufficiently Random
// Values.
var Meta = meta.New("weakrand", doc, meta.Error, 338, 330)

// Analyzer is the weakrand analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{flow.Analyzer, lazyinspect.Analyzer},
	Run:      suppress.Run(run),
}

type analyzer struct {
	pass *analysis.Pass
	res  *flow.Result
	// calls maps a call's left parenthesis (the engine's Source) and its
	// start to the call.
	calls map[token.Pos]*ast.CallExpr
	// bySource groups the places a predictable value becomes a secret by
	// where the value comes from.
	bySource map[token.Pos]*finding
	diags    []analysis.Diagnostic
}

// finding is a predictable value and the places it must be unguessable.
type finding struct {
	source token.Pos
	sinks  []sink
}

// sink is a place needing an unguessable value: role says what the value
// becomes ("the OAuth2 state"), name the API ("(*oauth2.Config).AuthCodeURL").
type sink struct {
	pos        token.Pos
	role, name string
	// byName: a field or function whose name says it holds a secret;
	// named after the API sinks.
	byName bool
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	if variant.Skip(pass) || !res.Built() && !usesStateSink(pass) {
		// Nothing predictable followed, and no state to be constant.
		return nil, nil
	}
	a := &analyzer{pass: pass, res: res, calls: make(map[token.Pos]*ast.CallExpr), bySource: make(map[token.Pos]*finding)}
	insp := lazyinspect.Of(pass)
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		c := cur.Node().(*ast.CallExpr)
		a.calls[c.Lparen] = c
		if _, ok := a.calls[c.Pos()]; !ok {
			a.calls[c.Pos()] = c
		}
		if !astutil.InTestCode(pass, cur) {
			a.constantState(c)
			if res.Built() {
				a.authURLParam(c)
			}
		}
	}
	if res.Built() {
		for _, f := range res.Flows {
			if !model.IsUnguessableKind(f.Kind) || f.Label&model.Guessable == 0 || f.Label&model.StrongRandom != 0 || a.inTest(f.Pos) {
				// A value holding a crypto/rand part is unguessable.
				continue
			}
			a.add(f.Source, sink{pos: f.Pos, role: model.UnguessableRole(f.Kind), name: f.Sink})
		}
		for cur := range insp.Root().Preorder((*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.FuncDecl)(nil)) {
			if astutil.InTestCode(pass, cur) {
				continue
			}
			if fd, ok := cur.Node().(*ast.FuncDecl); ok {
				a.secretReturns(fd)
			} else {
				a.fieldSinks(cur.Node())
			}
		}
	}
	a.report()
	sort.SliceStable(a.diags, func(i, j int) bool { return a.diags[i].Pos < a.diags[j].Pos })
	for _, d := range a.diags {
		suppress.Report(pass, d)
	}
	return nil, nil
}

// inTest reports whether pos is in a _test.go file or a function taking
// a *testing.T, B, F or TB.
func (a *analyzer) inTest(pos token.Pos) bool {
	if astutil.InTestFile(a.pass, pos) {
		return true
	}
	for _, f := range a.pass.Files {
		if f.Pos() > pos || pos >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos >= fd.End() {
				continue
			}
			if fn, ok := a.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && astutil.TakesTesting(fn.Signature()) {
				return true
			}
		}
	}
	return false
}

func (a *analyzer) add(source token.Pos, s sink) {
	f := a.bySource[source]
	if f == nil {
		f = &finding{source: source}
		a.bySource[source] = f
	}
	for _, old := range f.sinks {
		if old.pos == s.pos && old.role == s.role {
			return
		}
	}
	f.sinks = append(f.sinks, s)
}

// fieldSinks records the predictable values n puts into a field that must
// be unguessable (http.Cookie.Value, RegisteredClaims.ID, Session.ID) or
// under the "jti" key of a claims map.
func (a *analyzer) fieldSinks(n ast.Node) {
	info := a.pass.TypesInfo
	astutil.FieldSets(info, n, func(t types.Type, field string, value ast.Expr, at ast.Node) {
		if fs := model.LookupUnguessableField(t, field); fs != nil {
			a.fieldValue(fs, value, model.TypeDisplay(t)+"."+field)
			return
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, field)
		if model.IsSecretField(obj) {
			a.fieldValue(secretField, value, model.TypeDisplay(t)+"."+field)
		}
	})
	jti := func(t types.Type, k ast.Expr, value ast.Expr) {
		tv := info.Types[k]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return
		}
		if fs := model.LookupClaimsKey(t, constant.StringVal(tv.Value)); fs != nil {
			a.fieldValue(fs, value, model.TypeDisplay(t)+"["+strconv.Quote(constant.StringVal(tv.Value))+"]")
		}
	}
	switch n := n.(type) {
	case *ast.CompositeLit:
		for _, elt := range n.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				jti(info.TypeOf(n), kv.Key, kv.Value)
			}
		}
	case *ast.AssignStmt:
		if len(n.Lhs) != len(n.Rhs) {
			return
		}
		for i, l := range n.Lhs {
			if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
				jti(info.TypeOf(ix.X), ix.Index, n.Rhs[i])
			}
		}
	}
}

func (a *analyzer) fieldValue(fs *model.FieldSink, value ast.Expr, name string) {
	if l := a.res.LabelOf(nil, value); l&fs.Labels == 0 || l&model.StrongRandom != 0 {
		return
	}
	role := fs.Role
	if fs == secretReturn {
		role, name = "the token "+name+" returns", ""
	}
	a.add(a.res.SourceOf(nil, value), sink{pos: value.Pos(), role: role, name: name, byName: fs == secretField || fs == secretReturn})
}

// secretField and secretReturn are the sinks of a predictable value
// stored in a field, or returned by a function, whose name says it holds
// a secret the program issues (a reset, API or invitation token, a
// password: model.IsSecretName). Only a predictable source's value is
// reported there, never a name alone, nor a clock reading.
var (
	secretField  = &model.FieldSink{Role: "a token stored in a field", Labels: model.Generated}
	secretReturn = &model.FieldSink{Role: "a returned token", Labels: model.Generated}
)

// secretReturns records the predictable values a function whose name
// says it makes a secret (generateResetToken, NewAPIKey) returns.
func (a *analyzer) secretReturns(fd *ast.FuncDecl) {
	fn, ok := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok || fd.Body == nil || !model.IsSecretName(fd.Name.Name) {
		return
	}
	for _, r := range astutil.Returns(fd) {
		for _, e := range r.Results {
			if t := a.pass.TypesInfo.TypeOf(e); t == nil || !astutil.IsText(t) {
				continue
			}
			a.fieldValue(secretReturn, e, model.DisplayName(fn))
		}
	}
}

// authURLParam records a predictable value given as the state, nonce or
// code verifier of an authorization request by name
// (oauth2.SetAuthURLParam("nonce", v)).
func (a *analyzer) authURLParam(c *ast.CallExpr) {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, c).(*types.Func)
	if fn == nil || len(c.Args) != 2 {
		return
	}
	tv := a.pass.TypesInfo.Types[c.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	if fs := model.LookupAuthURLParam(fn, constant.StringVal(tv.Value)); fs != nil {
		a.fieldValue(fs, c.Args[1], model.DisplayName(fn)+"("+strconv.Quote(constant.StringVal(tv.Value))+")")
	}
}

// constantState reports AuthCodeURL("state"): a constant state.
// usesStateSink reports whether the package calls a function taking an
// OAuth2 state (model.StateSink).
func usesStateSink(pass *analysis.Pass) bool {
	for _, obj := range pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok {
			if s := model.LookupSink(fn); s != nil && s.Kind == model.StateSink {
				return true
			}
		}
	}
	return false
}

func (a *analyzer) constantState(c *ast.CallExpr) {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, c).(*types.Func)
	if fn == nil {
		return
	}
	s := model.LookupSink(fn)
	if s == nil || s.Kind != model.StateSink || len(s.Args) != 1 || s.Args[0] >= len(c.Args) {
		return
	}
	tv := a.pass.TypesInfo.Types[c.Args[s.Args[0]]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	a.diags = append(a.diags, analysis.Diagnostic{
		Pos: c.Pos(), End: c.End(),
		Message: fmt.Sprintf("%s is given the constant state %s: it does not protect the login from CSRF; pass a per-login value from crypto/rand (rand.Text()) and check it in the callback",
			model.DisplayName(fn), strconv.Quote(constant.StringVal(tv.Value))),
	})
}

// report turns the findings into diagnostics, one per source.
func (a *analyzer) report() {
	var fs []*finding
	for _, f := range a.bySource {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].source < fs[j].source })
	for _, f := range fs {
		sort.SliceStable(f.sinks, func(i, j int) bool {
			if f.sinks[i].byName != f.sinks[j].byName {
				return !f.sinks[i].byName
			}
			return f.sinks[i].pos < f.sinks[j].pos
		})
		first := f.sinks[0]
		at := first.pos
		var what, fix string
		src := a.calls[f.source]
		if src != nil && a.inTest(src.Pos()) {
			continue
		}
		var fn *types.Func
		if src != nil {
			fn, _ = typeutil.Callee(a.pass.TypesInfo, src).(*types.Func)
		}
		switch {
		case fn != nil && model.ShortReadSource(fn):
			at = src.Pos()
			if n, ok := a.res.FilledLen(src); ok {
				what = fmt.Sprintf("%s reads only %d random bytes, yet they become", model.SourceDisplay(fn), n)
			} else {
				what = fmt.Sprintf("%s reads fewer than %d random bytes, yet they become", model.SourceDisplay(fn), model.MinRandomBytes)
			}
			fix = model.SourceRemedy(fn)
		case fn != nil && model.GuessableSource(fn)&model.TimeDerived != 0:
			at = src.Pos()
			what = fmt.Sprintf("%s reads a clock, a guessable value, yet it becomes", model.SourceDisplay(fn))
			fix = model.SourceRemedy(fn)
		case fn != nil && model.GuessableSource(fn) != 0:
			at = src.Pos()
			what = fmt.Sprintf("%s is predictable, yet its value becomes", model.SourceDisplay(fn))
			fix = model.SourceRemedy(fn)
		case fn != nil:
			// A function of another package whose summary says it returns
			// a predictable value.
			at = src.Pos()
			what = fmt.Sprintf("%s returns a predictable value, yet it becomes", model.DisplayName(fn))
			fix = "generate it with crypto/rand (rand.Text())"
		default:
			what = "a predictable value becomes"
			fix = "generate it with crypto/rand (rand.Text())"
		}
		d := analysis.Diagnostic{
			Pos:     at,
			Message: fmt.Sprintf("%s %s; %s", what, first.describe(), fix),
		}
		if src != nil && at == src.Pos() {
			d.End = src.End()
		}
		for _, s := range f.sinks {
			if s.pos != at {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: s.pos, Message: fmt.Sprintf("it becomes %s here", s.describe())})
			}
		}
		a.diags = append(a.diags, d)
	}
}

// describe names what a value becomes at the sink: "the OAuth2 state
// ((*oauth2.Config).AuthCodeURL)".
func (s sink) describe() string {
	if s.name == "" {
		return s.role
	}
	return s.role + " (" + s.name + ")"
}
