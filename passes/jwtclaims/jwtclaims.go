package jwtclaims

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

// Meta is jwtclaims's metadata: CWE-613, Insufficient Session Expiration, and CWE-345, Insufficient Verification of Data Authenticity.
var Meta = meta.New("jwtclaims", doc, meta.Warning, 613, 345)

// Analyzer is the jwtclaims analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{lazyinspect.Analyzer, resolve.Analyzer, flow.Analyzer},
	Run:      suppress.Run(run),
}

// What jwtclaims knows of a function for its callers in other packages
// (it checks claims by hand, it returns unverified claims) travels in the
// flow engine's one summary fact: the engine calls summarize on every
// package (with its own pass) and keeps the analyzer for run.
func init() { flow.Register(Meta.Name, summarize) }

// strict reports every verified parse that does not require exp, audience
// and issuer, self-issued tokens included.
var strict bool

func init() {
	Analyzer.Flags.BoolVar(&strict, "strict", false, "report every verified parse that does not require exp, audience and issuer, even of self-issued tokens")
}

type analyzer struct {
	pass     *analysis.Pass
	insp     *inspector.Inspector
	resolver *resolve.Resolver
	keys     *keysource.Classifier
	// flow is the flow engine's result: it labels the verifiers the
	// model's constructors build (model.Verifier) wherever they go;
	// facts reads its summaries of other packages' functions.
	flow  *flow.Result
	facts *flow.Facts
	// ctorAt maps the Lparen of each verifier constructor call of the
	// package (a flow source position) to the call; built lazily.
	ctorAt map[token.Pos]*ast.CallExpr
	// parses are the package's modelled parse and verify calls, indexed
	// lazily by indexParses; optParses maps an option call or a parser
	// field's value to the parses it reaches.
	parses    []parse
	optParses map[ast.Node][]int
	// unverifiedResults memoizes returnsUnverified for functions of the
	// package.
	unverifiedResults map[*types.Func]int
	// optionalFields are the go-jose Expected fields, by literal, set
	// only when their value is not empty (see expected).
	optionalFields map[*ast.CompositeLit][]optionalField
}

// summarize computes the claim summaries of the package's functions (pass
// and res are the engine's).
func summarize(pass *analysis.Pass, res *flow.Result) (map[types.Object]*flow.Summary, any) {
	if len(pass.Files) == 0 || !model.ImportsTokenLibrary(pass.Pkg) {
		return nil, nil
	}
	r := pass.ResultOf[resolve.Analyzer].(*resolve.Resolver)
	a := &analyzer{pass: pass, insp: lazyinspect.Of(pass), resolver: r, keys: keysource.New(pass, r), flow: res, facts: res.Facts(), unverifiedResults: map[*types.Func]int{}, optionalFields: map[*ast.CompositeLit][]optionalField{}}
	local := make(map[types.Object]*flow.Summary)
	claims := func(fn *types.Func) *flow.ClaimSummary {
		s := local[fn]
		if s == nil {
			s = &flow.Summary{Claims: new(flow.ClaimSummary)}
			local[fn] = s
		}
		return s.Claims
	}
	a.claimChecks(func(fn *types.Func, aud, iss bool) {
		c := claims(fn)
		c.Aud, c.Iss = aud, iss
	})
	a.unverifiedResultsOf(func(fn *types.Func, param int) {
		claims(fn).Unverified = param + 1
	})
	return local, a
}

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || variant.Skip(pass) {
		return nil, nil
	}
	a, _ := pass.ResultOf[flow.Analyzer].(*flow.Result).State(Meta.Name).(*analyzer)
	if a == nil {
		return nil, nil
	}
	// The summaries are known; the findings are reported through this
	// pass.
	a.pass = pass
	for cur := range a.insp.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		if astutil.InTestCode(a.pass, cur) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			a.checkValidMethod(n)
			if n.Body != nil {
				a.checkScope(cur)
			}
		case *ast.FuncLit:
			if _, inDecl := enclosing(cur); !inDecl {
				if _, inLit := enclosingLit(cur); !inLit {
					a.checkScope(cur)
				}
			}
		case *ast.CallExpr:
			a.checkCall(n)
			a.checkSignatureOnly(cur, n)
		case *ast.CompositeLit:
			a.checkLiteral(cur, n)
		case *ast.AssignStmt:
			astutil.FieldSets(a.pass.TypesInfo, n, a.checkOIDCField(cur))
		}
	}
	a.checkCircular()
	return nil, nil
}

func enclosing(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Parent().Enclosing((*ast.FuncDecl)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

func enclosingLit(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Parent().Enclosing((*ast.FuncLit)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

func (a *analyzer) report(n ast.Node, msg string, related ...analysis.RelatedInformation) {
	suppress.Report(a.pass, analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: msg, Related: related})
}

func (a *analyzer) callee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func)
	return fn
}

// boolConst returns the constant value of a boolean expression.
func (a *analyzer) boolConst(e ast.Expr) (val, ok bool) {
	tv, found := a.pass.TypesInfo.Types[e]
	if !found || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// maybeEmpty reports whether a string expression may be empty: the constant
// "", or a value read from the environment (os.Getenv, directly or through
// a variable assigned once from it) that nothing checks.
func (a *analyzer) maybeEmpty(e ast.Expr) bool {
	e = ast.Unparen(e)
	if tv, ok := a.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		return tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
	}
	if call, ok := e.(*ast.CallExpr); ok {
		fn := a.callee(call)
		return model.IsEnvLookup(fn)
	}
	return false
}

// checkCall reports options and calls that switch a check off wherever
// they appear.
func (a *analyzer) checkCall(call *ast.CallExpr) {
	fn := a.callee(call)
	if fn == nil {
		return
	}
	switch model.LookupClaimsEffect(fn) {
	case model.ValidationOff:
		if a.moot(call) {
			return
		}
		a.report(call, "jwt.WithoutClaimsValidation() switches off the exp and nbf checks, so expired and not-yet-valid tokens are accepted; remove it")
	case model.ValidationToggle:
		if model.ValidatesByDefault(fn) && len(call.Args) == 1 {
			if v, ok := a.boolConst(call.Args[0]); ok && !v && !a.moot(call) {
				a.report(call, "jwt.WithValidate(false) switches off claims validation, so expired and not-yet-valid tokens are accepted; remove it")
			}
		}
	case model.ResetValidators:
		if len(call.Args) == 1 {
			if v, ok := a.boolConst(call.Args[0]); ok && v {
				a.report(call, "jwt.WithResetValidators(true) drops the exp, iat and nbf validators, so expired tokens are accepted; remove it or add jwt.WithValidator for exp")
			}
		}
	case model.InsecureIssuer:
		a.report(call, "oidc.InsecureIssuerURLContext skips the check that the discovery document is the issuer's own and binds tokens to the alias given; drop it unless the provider is off-spec")
	}
	if i := model.AudienceArg(fn); i >= 0 && i < len(call.Args) && a.maybeEmpty(call.Args[i]) {
		a.report(call.Args[i], "an empty audience makes "+fn.Name()+" accept ID tokens issued to any client; pass your OAuth client ID")
	}
}

// checkLiteral reports skip fields set to true in configuration literals
// and go-jose v2 Expected values without a Time.
func (a *analyzer) checkLiteral(cur inspector.Cursor, lit *ast.CompositeLit) {
	t := a.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	fields := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				fields[id.Name] = kv.Value
			}
		}
	}
	for name, val := range fields {
		// A configuration that also skips the signature only probes the
		// token's shape (jwtverify reports it); the claims are moot.
		if model.LookupField(t, name) != model.SkipSignature {
			continue
		}
		if v, ok := a.boolConst(val); ok && v {
			return
		}
	}
	astutil.FieldSets(a.pass.TypesInfo, lit, a.checkOIDCField(cur))
	if isExp, skips := model.ExpectedType(t); isExp && skips {
		a.checkExpectedTime(cur, lit)
	}
}

func (a *analyzer) checkField(t types.Type, name string, val ast.Expr, at ast.Node) {
	var msg string
	switch model.LookupField(t, name) {
	case model.SkipClaims:
		msg = "the parser's SkipClaimsValidation: true switches off the exp and nbf checks, so expired and not-yet-valid tokens are accepted; remove it"
	case model.SkipExpiry:
		msg = "oidc.Config SkipExpiryCheck: true makes the verifier accept expired ID tokens; remove it"
	case model.SkipIssuer:
		msg = "oidc.Config SkipIssuerCheck: true makes the verifier accept ID tokens of any issuer that shares the keys; remove it or compare IDToken.Issuer yourself"
	case model.SkipAudience:
		msg = "oidc.Config SkipClientIDCheck: true makes the verifier accept ID tokens issued to any client; set ClientID instead or compare IDToken.Audience yourself"
	default:
		return
	}
	if v, ok := a.boolConst(val); ok && v {
		if model.LookupField(t, name) == model.SkipClaims && a.moot(val) {
			return
		}
		a.report(at, msg)
	}
}

// checkExpectedTime reports a square/go-jose.v2 Expected literal without
// Time, unless WithTime is called on it or its Time is set later.
func (a *analyzer) checkExpectedTime(cur inspector.Cursor, lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == model.ExpectedTimeField {
				return
			}
		} else {
			return // positional literal: all fields set
		}
	}
	// jwt.Expected{...}.WithTime(now)
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel.Name == model.ExpectedWithTime {
		return
	}
	// e := jwt.Expected{...}; e.Time = ... or e = e.WithTime(...)
	var v *types.Var
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		for i, r := range p.Rhs {
			if r == lit && i < len(p.Lhs) {
				if id, ok := p.Lhs[i].(*ast.Ident); ok {
					v, _ = a.pass.TypesInfo.ObjectOf(id).(*types.Var)
				}
			}
		}
	case *ast.ValueSpec:
		for i, r := range p.Values {
			if r == lit && i < len(p.Names) {
				v, _ = a.pass.TypesInfo.ObjectOf(p.Names[i]).(*types.Var)
			}
		}
	case *ast.KeyValueExpr, *ast.CallExpr, *ast.UnaryExpr:
	default:
		return
	}
	if v != nil {
		fcur, ok := enclosing(cur)
		if !ok {
			return
		}
		timed := false
		for c := range fcur.Preorder((*ast.SelectorExpr)(nil)) {
			sel := c.Node().(*ast.SelectorExpr)
			if (sel.Sel.Name == model.ExpectedTimeField || sel.Sel.Name == model.ExpectedWithTime) && a.pass.TypesInfo.ObjectOf(identOf(sel.X)) == v {
				timed = true
			}
		}
		if timed {
			return
		}
	}
	a.report(lit, "square/go-jose.v2 Expected without Time skips the exp and nbf checks, so expired tokens pass Validate; set Time: time.Now() or call .WithTime(time.Now())")
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	if id == nil {
		return &ast.Ident{}
	}
	return id
}

// checkValidMethod reports a Valid method of a golang-jwt v4/v3 claims type
// embedding RegisteredClaims, StandardClaims or MapClaims that does not call
// the embedded Valid: the parser then checks neither exp nor nbf.
func (a *analyzer) checkValidMethod(fd *ast.FuncDecl) {
	if fd.Recv == nil || fd.Name.Name != model.ClaimsValidMethod || fd.Body == nil {
		return
	}
	fn, _ := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil || fn.Signature().Params().Len() != 0 || fn.Signature().Results().Len() != 1 {
		return
	}
	recv := fn.Signature().Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	st, ok := recv.Underlying().(*types.Struct)
	if !ok {
		return
	}
	var base *types.Var
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Embedded() && model.IsValidatingClaimsBase(f.Type()) {
			base = f
		}
	}
	if base == nil {
		return
	}
	delegates := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if c, ok := model.LookupClaimCheck(a.callee(call)); ok && c.Claim == "exp" {
			delegates = true
		}
		return true
	})
	if !delegates {
		a.report(fd.Name, "this Valid method replaces the embedded "+types.TypeString(base.Type(), func(p *types.Package) string { return p.Name() })+".Valid without calling it, so exp and nbf go unchecked; call c."+typeName(base.Type())+".Valid() first and return its error")
	}
}

func typeName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return t.String()
}

// checkOIDCField returns a field check for the configuration set at cur
// that does not report go-oidc's SkipIssuerCheck or SkipClientIDCheck when
// the verifier built from it is bound otherwise (see oidcBound).
func (a *analyzer) checkOIDCField(cur inspector.Cursor) func(t types.Type, field string, value ast.Expr, at ast.Node) {
	var b *oidcBinding
	return func(t types.Type, field string, value ast.Expr, at ast.Node) {
		switch model.LookupField(t, field) {
		case model.SkipAudience, model.SkipIssuer:
			if v, ok := a.boolConst(value); !ok || !v {
				return
			}
			if b == nil {
				bb := a.oidcBound(cur)
				b = &bb
			}
			if b.self || model.LookupField(t, field) == model.SkipAudience && b.aud || model.LookupField(t, field) == model.SkipIssuer && b.iss {
				return
			}
		}
		a.checkField(t, field, value, at)
	}
}
