package jwtalg

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/keysource"
	"github.com/tokenvet/tokenvet/internal/lazyinspect"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
	"github.com/tokenvet/tokenvet/internal/suppress"
	"github.com/tokenvet/tokenvet/internal/variant"
)

//go:embed doc.go
var doc string

// Meta is jwtalg's metadata: CWE-347, Improper Verification of Cryptographic Signature, and CWE-757, Selection of Less-Secure Algorithm During Negotiation.
var Meta = meta.New("jwtalg", doc, meta.Error, 347, 757)

// Analyzer is the jwtalg analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{lazyinspect.Analyzer, resolve.Analyzer, flow.Analyzer},
	Run:      suppress.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || variant.Skip(pass) || !model.ImportsTokenLibrary(pass.Pkg) {
		return nil, nil
	}
	r := pass.ResultOf[resolve.Analyzer].(*resolve.Resolver)
	a := &analyzer{
		pass:     pass,
		insp:     lazyinspect.Of(pass),
		resolver: r,
		flow:     pass.ResultOf[flow.Analyzer].(*flow.Result),
		keys:     keysource.New(pass, r),
		funcs:    make(map[*types.Func]*kfInfo),
		lits:     make(map[*ast.FuncLit]*kfInfo),
		reported: make(map[token.Pos]bool),
	}
	for cur := range a.insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.Ident)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		// Most identifiers and calls concern no token library: leave
		// them before the (costlier) test-code check.
		switch n := cur.Node().(type) {
		case *ast.Ident:
			if obj := pass.TypesInfo.Uses[n]; obj == nil || obj.Pkg() == nil || obj.Pkg() == pass.Pkg || model.ObjectName(obj) == "" {
				continue
			}
		case *ast.CallExpr:
			if fn, _ := typeutil.Callee(pass.TypesInfo, n).(*types.Func); fn == nil || model.FuncName(fn) == "" {
				continue
			}
		}
		if astutil.InTestCode(a.pass, cur) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			a.checkCall(cur, n)
		case *ast.Ident:
			a.checkNoneIdent(cur, n)
		case *ast.CompositeLit, *ast.AssignStmt:
			astutil.FieldSets(a.pass.TypesInfo, n, a.checkAllowListField)
		}
	}
	return nil, nil
}

type analyzer struct {
	pass     *analysis.Pass
	insp     *inspector.Inspector
	resolver *resolve.Resolver
	// flow is the flow engine's result: the summaries of the functions
	// of other packages say which keys they return (model.KeyLabels).
	flow *flow.Result
	keys *keysource.Classifier
	// funcs and lits memoize what is known of keyfuncs and token helpers
	// declared in this package.
	funcs    map[*types.Func]*kfInfo
	lits     map[*ast.FuncLit]*kfInfo
	reported map[token.Pos]bool
}

// checkCall dispatches a call to the checks that care about its callee.
func (a *analyzer) checkCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	if fn == nil || model.FuncName(fn) == "" {
		return
	}
	if kp := model.LookupKeyfuncParse(fn); kp != nil {
		a.checkKeyfuncParse(cur, call, fn, kp)
	}
	if use := model.LookupNoneFunc(fn); use != 0 {
		a.reportNoneFunc(call, fn, use)
	}
	if i := model.AllowListArg(fn); i >= 0 && i < len(call.Args) {
		a.checkAllowList(call.Args[i], displayName(fn))
	}
	if i := model.AlgSinkArg(fn); i >= 0 && i < len(call.Args) {
		a.checkAlgSink(cur, call, fn, call.Args[i])
	}
	if model.IsInferAlgOption(fn) {
		a.checkInferAlg(call, fn)
	}
	if i := model.JoseVerifyKeyArg(fn); i >= 0 && i < len(call.Args) {
		a.checkJoseVerify(cur, call, fn, call.Args[i])
	}
}

func (a *analyzer) report(d analysis.Diagnostic) {
	if a.reported[d.Pos] {
		return
	}
	a.reported[d.Pos] = true
	suppress.Report(a.pass, d)
}

// local reports whether pkg is this package or belongs to the module
// under analysis (flow.ModulePackage): a function of it whose flow
// summary does not say ChecksMethod is known not to check the method.
// Functions of other modules are unknown.
func (a *analyzer) local(pkg *types.Package) bool {
	return pkg != nil && (pkg == a.pass.Pkg || flow.ModulePackage(a.pass, pkg))
}

// displayName renders a function as its package name and name:
// "jwt.Parse", "(*jwt.Parser).Parse" (model.DisplayName), and a method of
// an interface as "jwt.SigningMethod.Verify".
func displayName(fn *types.Func) string {
	fn = fn.Origin()
	if recv := fn.Signature().Recv(); recv != nil {
		if n, ok := types.Unalias(recv.Type()).(*types.Named); ok && types.IsInterface(n) {
			pkg := ""
			if fn.Pkg() != nil {
				pkg = fn.Pkg().Name() + "."
			}
			return pkg + n.Obj().Name() + "." + fn.Name()
		}
	}
	return model.DisplayName(fn)
}

// objName renders a package-level object as pkg.Name.
func objName(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// enclosingFunc returns the innermost function (declaration or literal)
// around cur, or an invalid cursor.
func enclosingFunc(cur inspector.Cursor) inspector.Cursor {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c
	}
	return inspector.Cursor{}
}

// exprUp returns the cursor of the outermost expression that is e itself
// modulo parentheses.
func exprUp(cur inspector.Cursor) inspector.Cursor {
	for {
		p := cur.Parent()
		if _, ok := p.Node().(*ast.ParenExpr); !ok {
			return cur
		}
		cur = p
	}
}

// selectorUp returns, for an identifier that is the Sel of a qualified
// identifier or selector (jwt.SigningMethodNone), the cursor of the
// selector; otherwise cur.
func selectorUp(cur inspector.Cursor) inspector.Cursor {
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == cur.Node() {
		return cur.Parent()
	}
	return cur
}

// constString returns the constant string value of e.
func (a *analyzer) constString(e ast.Expr) (string, bool) {
	tv, ok := a.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func (a *analyzer) isNil(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

func (a *analyzer) isTrue(e ast.Expr) bool {
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// isNoneValue reports whether e stands for the "none" algorithm: the
// string "none", a none signing method or its Alg().
func (a *analyzer) isNoneValue(e ast.Expr) bool {
	e = ast.Unparen(e)
	if s, ok := a.constString(e); ok {
		return s == "none"
	}
	if obj := astutil.RefObj(a.pass.TypesInfo, e); obj != nil && model.LookupNone(obj) != 0 {
		return true
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && model.IsSigningMethodAlg(sel.Sel.Name) {
			if obj := astutil.RefObj(a.pass.TypesInfo, sel.X); obj != nil && model.LookupNone(obj) == model.NoneMethod {
				return true
			}
		}
	}
	return false
}

// algChecked reports whether the header alg read at e is checked by the
// function reading it, as the flow engine reads it off the function's SSA
// (flow.Result.AlgChecked); one it did not follow is taken as checked:
// the function reads the alg, and nothing is reported on a guess.
func (a *analyzer) algChecked(e ast.Expr) bool {
	checks, ok := a.flow.AlgChecked(e)
	return checks || !ok
}
