package tokenstorage

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Meta is tokenstorage's metadata: CWE-922, Insecure Storage of Sensitive
// Information; CWE-614, Sensitive Cookie in HTTPS Session Without 'Secure'
// Attribute; CWE-1004, Sensitive Cookie Without 'HttpOnly' Flag; CWE-598,
// Use of GET Request Method With Sensitive Query Strings.
var Meta = meta.New("tokenstorage", doc, meta.Warning, 922, 614, 1004, 598)

// Analyzer is the tokenstorage analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run:      suppress.Run(run),
}

type analyzer struct {
	pass *analysis.Pass
	res  *flow.Result
	// calls maps a call's Lparen to the call, for the engine's positions.
	calls map[token.Pos]*ast.CallExpr
	// reported are the positions already reported.
	reported map[token.Pos]bool
	// srcFiles are the package's files outside tests.
	srcFiles []*ast.File
	// fns are the package's functions outside tests.
	fns []fnBody
	// starts maps a call's start to the call.
	starts map[token.Pos]*ast.CallExpr
	diags  []analysis.Diagnostic
}

// fnBody is a function of the package with its file.
type fnBody struct {
	file *ast.File
	decl *ast.FuncDecl
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	if !res.Built() {
		return nil, nil
	}
	a := &analyzer{pass: pass, res: res, calls: make(map[token.Pos]*ast.CallExpr), starts: make(map[token.Pos]*ast.CallExpr), reported: make(map[token.Pos]bool)}
	var fns []fnBody
	for _, f := range pass.Files {
		if astutil.InTestFile(pass, f.Pos()) {
			continue
		}
		a.srcFiles = append(a.srcFiles, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				// By left parenthesis (the engine's Source) and by start
				// (its Via).
				a.calls[c.Lparen] = c
				if _, ok := a.calls[c.Pos()]; !ok {
					a.calls[c.Pos()] = c
				}
				a.starts[c.Pos()] = c
			}
			return true
		})
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if a.testFunc(fd) {
				continue
			}
			fns = append(fns, fnBody{f, fd})
		}
	}
	for _, fb := range fns {
		a.cookies(fb)
		a.files(fb)
		a.urls(fb)
	}
	a.sessions(fns)
	a.viper(fns)
	a.fns = fns
	a.flows()
	sort.SliceStable(a.diags, func(i, j int) bool { return a.diags[i].Pos < a.diags[j].Pos })
	for _, d := range a.diags {
		suppress.Report(pass, d)
	}
	return nil, nil
}

// testFunc reports whether fd takes a *testing.T, B, F or TB.
func (a *analyzer) testFunc(fd *ast.FuncDecl) bool {
	obj, ok := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	return ok && astutil.TakesTesting(obj.Signature())
}

// report records a finding once per position.
func (a *analyzer) report(d analysis.Diagnostic) {
	if a.reported[d.Pos] {
		return
	}
	a.reported[d.Pos] = true
	a.diags = append(a.diags, d)
}

// label returns the stored-credential labels of e's value.
func (a *analyzer) label(file *ast.File, e ast.Expr) model.Label {
	return a.res.LabelOf(file, e) & model.StoredLabels
}

// related returns a related location at the source of e's labels, if
// known and distinct from at.
func (a *analyzer) related(file *ast.File, e ast.Expr, l model.Label, at token.Pos) []analysis.RelatedInformation {
	src := a.res.SourceOf(file, e)
	if !src.IsValid() || src == at {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: src, Message: fmt.Sprintf("the %s comes from here", l.First())}}
}

func (a *analyzer) callee(c *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, c).(*types.Func)
	return fn
}

// eachCall calls f with each call under n whose callee is a known
// function or method.
func (a *analyzer) eachCall(n ast.Node, f func(call *ast.CallExpr, fn *types.Func)) {
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fn := a.callee(call); fn != nil {
				f(call, fn)
			}
		}
		return true
	})
}

// constOf returns the constant value of e, or nil.
func (a *analyzer) constOf(e ast.Expr) constant.Value {
	if e == nil {
		return nil
	}
	return a.pass.TypesInfo.Types[e].Value
}

// isFalse reports whether e is the constant false.
func (a *analyzer) isFalse(e ast.Expr) bool {
	v := a.constOf(e)
	return v != nil && v.Kind() == constant.Bool && !constant.BoolVal(v)
}

// objOf returns the variable an identifier (or x.f selector) denotes, or
// nil.
func (a *analyzer) objOf(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if o := a.pass.TypesInfo.Uses[e]; o != nil {
			return o
		}
		return a.pass.TypesInfo.Defs[e]
	case *ast.SelectorExpr:
		if _, ok := a.pass.TypesInfo.Selections[e]; ok {
			return a.pass.TypesInfo.Uses[e.Sel]
		}
	}
	return nil
}

// assignsTo lists what the variable obj is assigned in body: the
// right-hand side and its result index, for every assignment and
// declaration with a value (var x T without a value gives a nil RHS).
func (a *analyzer) assignsTo(body ast.Node, obj types.Object) []astutil.Assignment {
	var out []astutil.Assignment
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Values) == 0 {
				for _, id := range vs.Names {
					if a.pass.TypesInfo.Defs[id] == obj {
						out = append(out, astutil.Assignment{LHS: id})
					}
				}
				return true
			}
			for _, as := range astutil.Assignments(n) {
				if a.objOf(as.LHS) == obj {
					out = append(out, as)
				}
			}
		}
		return true
	})
	return out
}
