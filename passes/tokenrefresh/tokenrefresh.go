package tokenrefresh

import (
	_ "embed"
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

// Meta is tokenrefresh's metadata: CWE-613, Insufficient Session
// Expiration; CWE-672, Operation on a Resource after Expiration or
// Release.
var Meta = meta.New("tokenrefresh", doc, meta.Warning, 613, 672)

// Analyzer is the tokenrefresh analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run:      suppress.Run(run),
}

// wwwAuthenticate reports 401 answers to a refused token without a
// WWW-Authenticate header.
var wwwAuthenticate bool

func init() {
	Analyzer.Flags.BoolVar(&wwwAuthenticate, "www-authenticate", false,
		"also report 401 answers to a refused token in handlers that never set a WWW-Authenticate header")
}

type analyzer struct {
	pass *analysis.Pass
	res  *flow.Result
	// calls maps a call's left parenthesis (the engine's sources) to the
	// call.
	calls    map[token.Pos]*ast.CallExpr
	reported map[token.Pos]bool
	// presented maps the start of a token verification call to the labels
	// of the token it verifies (the flow engine's authentication flows, at
	// the call or at the verification inside the called function).
	presented map[token.Pos]model.Label
	// body is the handler being checked; challenge says whether it sets a
	// WWW-Authenticate header (-1: not known yet).
	body      *ast.BlockStmt
	challenge int
	diags     []analysis.Diagnostic
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	if !res.Built() {
		return nil, nil
	}
	a := &analyzer{pass: pass, res: res, calls: make(map[token.Pos]*ast.CallExpr), reported: make(map[token.Pos]bool), presented: make(map[token.Pos]model.Label)}
	for _, fl := range res.Flows {
		if fl.Kind == model.AuthSink {
			a.presented[fl.Pos] |= fl.Label
			if fl.Via.IsValid() {
				a.presented[fl.Via] |= fl.Label
			}
		}
	}
	var files []*ast.File
	for _, f := range pass.Files {
		if astutil.InTestFile(pass, f.Pos()) {
			continue
		}
		files = append(files, f)
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				a.calls[c.Lparen] = c
			}
			return true
		})
	}
	for _, f := range files {
		a.file(f)
	}
	a.storedTokens(files)
	a.bearerHeaders(files)
	sort.SliceStable(a.diags, func(i, j int) bool { return a.diags[i].Pos < a.diags[j].Pos })
	for _, d := range a.diags {
		suppress.Report(pass, d)
	}
	return nil, nil
}

// file checks the functions of a file: handlers (server side) and static
// token sources (client side).
func (a *analyzer) file(f *ast.File) {
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			obj, ok := a.pass.TypesInfo.Defs[n.Name].(*types.Func)
			if !ok || astutil.TakesTesting(obj.Signature()) {
				stack = stack[:len(stack)-1]
				return false
			}
			if n.Body != nil && model.IsHTTPHandler(obj.Signature()) {
				a.handler(f, n.Body)
			}
		case *ast.FuncLit:
			if sig, ok := a.pass.TypesInfo.TypeOf(n).(*types.Signature); ok && model.IsHTTPHandler(sig) {
				a.handler(f, n.Body)
			}
		case *ast.CallExpr:
			a.staticSource(f, n, stack)
			a.zeroExpiry(n, stack)
		}
		return true
	})
}

func (a *analyzer) report(d analysis.Diagnostic) {
	if a.reported[d.Pos] {
		return
	}
	a.reported[d.Pos] = true
	a.diags = append(a.diags, d)
}

func (a *analyzer) callee(c *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, c).(*types.Func)
	return fn
}

// intConst returns the constant integer value of e.
func (a *analyzer) intConst(e ast.Expr) (int64, bool) {
	v := a.pass.TypesInfo.Types[e].Value
	if v == nil || v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// strConst returns the constant string value of e.
func (a *analyzer) strConst(e ast.Expr) (string, bool) {
	v := a.pass.TypesInfo.Types[e].Value
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}

// objOf returns the object an identifier denotes (used or defined).
func (a *analyzer) objOf(id *ast.Ident) types.Object {
	if o := a.pass.TypesInfo.Uses[id]; o != nil {
		return o
	}
	return a.pass.TypesInfo.Defs[id]
}
