package hardcodedsecret

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
	"github.com/tokenvet/tokenvet/internal/variant"
)

//go:embed doc.go
var doc string

// Meta is hardcodedsecret's metadata: CWE-798, Use of Hard-coded
// Credentials; CWE-321, Use of Hard-coded Cryptographic Key.
var Meta = meta.New("hardcodedsecret", doc, meta.Error, 798, 321)

// Analyzer is the hardcodedsecret analyzer.
var Analyzer = &analysis.Analyzer{
	Name: Meta.Name,
	Doc:  Meta.Doc,
	URL:  Meta.URL,
	// The engine carries the hard-coded variables and functions of other
	// packages in its summaries (see summary.go).
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run:      suppress.Run(run),
}

// minHMACKey is the shortest HMAC key RFC 7518 §3.2 allows (HS256).
const minHMACKey = 32

// minKeyPart is the shortest constant part of a concatenated key that is
// reported: shorter ones are separators and prefixes ("-", "v1:").
const minKeyPart = 8

// pemArmor matches a PEM block's BEGIN and END lines.
var pemArmor = regexp.MustCompile(`-----(BEGIN|END) [^-]*-----`)

// keyMaterial returns what a constant part of a concatenated key adds to
// it but PEM armor and white space: "-----BEGIN PRIVATE KEY-----\n" +
// body + "\n-----END PRIVATE KEY-----" frames a configured key.
func keyMaterial(s string) string {
	return strings.Join(strings.Fields(pemArmor.ReplaceAllString(s, "")), "")
}

// maxDepth bounds the steps back from a sink (variables, calls,
// parameters).
const maxDepth = 6

// originKind is how a hard-coded value reaches a key.
type originKind uint8

const (
	literal      originKind = iota // a constant of the package
	foreign                        // a constant of another package, reported at its use
	fallback                       // a constant used when the configured value is missing
	part                           // a constant part of a concatenated key
	defaults                       // a configuration default (viper.SetDefault)
	empty                          // an empty HMAC key
	short                          // an HMAC key of known length < 32 bytes
	emptyField                     // a configuration field whose default is empty, never checked
	fieldDefault                   // a configuration field's constant default (a tag or a constructor's value)
)

// origin is where a hard-coded value comes from.
type origin struct {
	pos  token.Pos
	kind originKind
	name string // the constant's name (foreign), the configuration key (defaults)
	n    int64  // the key's length (short)
	ctor string // the constructor leaving the field empty (emptyField)
	// helper is the function of another package returning the constant
	// as a fallback (fallback).
	helper string
}

type analyzer struct {
	pass  *analysis.Pass
	info  *types.Info
	flow  *flow.Result    // the engine's result: reaching definitions
	facts *flow.Facts     // the engine's summaries of other packages
	decls []*ast.FuncDecl // the package's functions outside tests
	// specs maps package-level variables and constants to their
	// declarations' value expressions.
	specs map[types.Object]ast.Expr
	diags map[token.Pos]analysis.Diagnostic
	// emptyDefaults caches emptyDefault.
	emptyDefaults map[*types.Var]emptyDefaultResult
}

func run(pass *analysis.Pass) (any, error) {
	if variant.Skip(pass) || examplePackage(pass.Pkg.Path()) || !usesKeySink(pass) {
		return nil, nil
	}
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	a := &analyzer{pass: pass, info: pass.TypesInfo, flow: res, facts: res.Facts(),
		specs: make(map[types.Object]ast.Expr), diags: make(map[token.Pos]analysis.Diagnostic),
		emptyDefaults: make(map[*types.Var]emptyDefaultResult)}
	var files []*ast.File
	for _, f := range pass.Files {
		if astutil.InTestFile(pass, f.Pos()) {
			continue
		}
		files = append(files, f)
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				fn, _ := a.info.Defs[d.Name].(*types.Func)
				if d.Body == nil || fn == nil || astutil.TakesTesting(fn.Signature()) {
					continue
				}
				a.decls = append(a.decls, d)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok && len(vs.Names) == len(vs.Values) {
						for i, id := range vs.Names {
							if obj := a.info.Defs[id]; obj != nil {
								a.specs[obj] = vs.Values[i]
							}
						}
					}
				}
			}
		}
	}
	for _, d := range a.decls {
		a.sinks(d.Body)
	}
	// Package-level composite literals (var conf = oauth2.Config{...}).
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				a.sinks(gd)
			}
		}
	}
	var out []analysis.Diagnostic
	for _, d := range a.diags {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	for _, d := range out {
		suppress.Report(pass, d)
	}
	return nil, nil
}

// usesKeySink reports whether the package uses a key sink at all: the
// cheap test that leaves every other package alone.
func usesKeySink(pass *analysis.Pass) bool {
	for _, obj := range pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.Func:
			if _, ok := model.LookupKeyCall(obj); ok {
				return true
			}
		case *types.TypeName:
			if model.HasKeyFields(obj.Type()) {
				return true
			}
		}
	}
	return false
}

// examplePackage reports whether a package's import path has an element
// named example or examples (or testdata, _example, _examples, which the
// go command leaves out of ./... but a user may name): keys there are
// demonstrations, not a deployment's (see doc.go).
func examplePackage(path string) bool {
	for _, elem := range strings.Split(path, "/") {
		switch strings.TrimPrefix(elem, "_") {
		case "testdata", "example", "examples":
			return true
		}
	}
	return false
}

// sink is a place where a value becomes key material.
type sink struct {
	pos  token.Pos // the call or the field
	name string    // the API, for messages
	use  model.KeyUse
}

// sinks finds the key sinks under n (a function's body, or a
// package-level variable declaration) and traces their keys back.
func (a *analyzer) sinks(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			if sig, ok := a.info.TypeOf(n).(*types.Signature); ok && astutil.TakesTesting(sig) {
				return false
			}
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(a.info, n).(*types.Func)
			use, ok := model.LookupKeyCall(fn)
			if !ok {
				return true
			}
			s := sink{pos: n.Pos(), name: model.DisplayName(fn), use: use}
			switch {
			case use.Options:
				for _, arg := range n.Args {
					if c, ok := ast.Unparen(arg).(*ast.CallExpr); ok {
						ofn, _ := typeutil.Callee(a.info, c).(*types.Func)
						if ou, ok := model.LookupKeyCall(ofn); ok && ou.Arg >= 0 && ou.Arg < len(c.Args) {
							a.trace(sink{pos: c.Pos(), name: model.DisplayName(ofn), use: ou}, c.Args[ou.Arg])
						}
					}
				}
			case use.Arg >= 0 && use.Arg < len(n.Args):
				a.trace(s, n.Args[use.Arg])
			}
		case *ast.CompositeLit:
			t := a.info.TypeOf(n)
			for _, el := range n.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				id, ok := kv.Key.(*ast.Ident)
				if !ok {
					continue
				}
				if use, ok := model.LookupKeyField(t, id.Name); ok {
					a.trace(sink{pos: kv.Pos(), name: model.TypeDisplay(t) + "." + id.Name, use: use}, kv.Value)
				}
			}
		case *ast.AssignStmt:
			for _, as := range astutil.Assignments(n) {
				sel, ok := as.LHS.(*ast.SelectorExpr)
				if !ok || as.Index != 0 || len(n.Lhs) != len(n.Rhs) {
					continue
				}
				if s := a.info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
					if use, ok := model.LookupKeyField(s.Recv(), sel.Sel.Name); ok {
						a.trace(sink{pos: sel.Pos(), name: model.TypeDisplay(s.Recv()) + "." + sel.Sel.Name, use: use}, as.RHS)
					}
				}
			}
		}
		return true
	})
}

func within(n ast.Node, pos token.Pos) bool { return n.Pos() <= pos && pos < n.End() }

// trace reports the hard-coded values reaching the key expression e of
// sink s (a keyfunc's results, for a keyfunc): e itself when it is a
// constant, else the origins the engine walks it back to
// (flow.Result.Origins), each judged by judge.
func (a *analyzer) trace(s sink, e ast.Expr) {
	e = ast.Unparen(e)
	if tv, ok := a.info.Types[e]; ok && tv.Value != nil {
		a.constant(s, e, tv.Value, false)
		return
	}
	origins, _ := a.flow.Origins(e, flow.OriginOpts{PEM: s.use.Private, Keyfunc: s.use.Keyfunc})
	for _, o := range origins {
		a.judge(s, o)
	}
}

// judge reports the origin o of sink s's key when it is hard-coded.
func (a *analyzer) judge(s sink, o flow.Origin) {
	switch o.Kind {
	case flow.OriginConst:
		val := a.info.Types[o.Expr].Value
		switch {
		case val == nil:
		case o.Config != "" && !o.Part:
			// A configuration default: an empty one is checked where
			// it is read far more often than used, not reported.
			if val.Kind() == constant.String && constant.StringVal(val) != "" {
				a.report(s, origin{pos: a.at(o.Expr), kind: defaults, name: o.Config})
			}
		case o.Field != nil && a.refused(o.Field, val):
			// The program refuses its own fallback at start-up.
		case !o.Part:
			a.constant(s, o.Expr, val, o.Alt)
		case val.Kind() == constant.String && len(keyMaterial(constant.StringVal(val))) >= minKeyPart:
			a.report(s, origin{pos: litPos(o.Expr), kind: part})
		}
	case flow.OriginCall:
		call := o.Expr.(*ast.CallExpr)
		fn, _ := typeutil.Callee(a.info, call).(*types.Func)
		switch {
		case fn == nil || fn.Pkg() == nil:
		case fn.Pkg() != a.pass.Pkg:
			// A function of another package returning a constant (its
			// summary's model.Hardcoded label, see summary.go).
			sum := a.facts.Summary(fn.Origin())
			if sum != nil && len(sum.Results) > 0 && sum.Results[0]&model.HardcodedLabels != 0 {
				r := origin{pos: call.Pos(), kind: foreign, name: fn.Pkg().Name() + "." + fn.Name() + "()"}
				if o.Alt {
					r.kind = fallback
				} else if sum.Results[0]&model.Hardcoded == 0 {
					r.kind, r.helper = fallback, r.name
				}
				a.report(s, r)
			}
		}
	case flow.OriginField:
		sel := o.Expr.(*ast.SelectorExpr)
		if v, ok := a.info.Uses[sel.Sel].(*types.Var); ok && v.IsField() && !s.use.Private {
			a.field(s, sel, v, o.Alt)
		}
	case flow.OriginGlobal:
		v, ok := astutil.RefObj(a.info, o.Expr).(*types.Var)
		if !ok || v.Pkg() == nil {
			return
		}
		if v.Pkg() != a.pass.Pkg {
			// A variable of another package this package does not
			// assign: hard-coded when its summary says so (initialized
			// to a constant and never assigned in its package, see
			// summary.go).
			if sum := a.facts.Summary(v); sum != nil && sum.Var != nil && sum.Var.Hardcoded {
				r := origin{pos: o.Expr.Pos(), kind: foreign, name: v.Pkg().Name() + "." + v.Name()}
				if o.Alt {
					r.kind = fallback
				}
				a.report(s, r)
			}
			return
		}
		// A variable of the package nothing assigns: always empty (an
		// exported one may be set by another package).
		if !v.Exported() && !o.Alt && s.use.HMAC && astutil.IsText(v.Type()) {
			a.report(s, origin{pos: v.Pos(), kind: empty})
		}
	case flow.OriginMake:
		call := o.Expr.(*ast.CallExpr)
		if len(call.Args) < 2 || !s.use.HMAC {
			return
		}
		if v := a.info.Types[call.Args[1]].Value; v != nil {
			if n, ok := constant.Int64Val(constant.ToInt(v)); ok && n > 0 && n < minHMACKey {
				a.report(s, origin{pos: call.Pos(), kind: short, n: n})
			}
		}
	}
}

// defaultTags are the struct tags of configuration loaders that give a
// field its default value (kelseyhightower/envconfig and creasty/defaults
// "default", caarlos0/env "envDefault").
var defaultTags = []string{"default", "envDefault"}

// field traces a read of the struct field v (the selector e) to the
// defaults a configuration gives it: a default struct tag, a constant the
// package's constructors or package-level values of the struct type set
// it to, or (an HMAC key) an empty default nothing checks.
func (a *analyzer) field(s sink, e *ast.SelectorExpr, v *types.Var, alt bool) {
	sel := a.info.Selections[e]
	if sel == nil || !astutil.IsText(v.Type()) {
		return
	}
	owner := a.owner(sel)
	if owner == nil {
		return
	}
	name := model.TypeDisplay(owner) + "." + v.Name()
	st := owner.Underlying().(*types.Struct)
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) != v {
			continue
		}
		for _, k := range defaultTags {
			if d, ok := reflect.StructTag(st.Tag(i)).Lookup(k); ok && d != "" {
				pos := e.Pos()
				if tag := a.fieldTag(v); tag != nil {
					pos = tag.Pos()
				}
				a.report(s, origin{pos: pos, kind: fieldDefault, name: name})
				return
			}
		}
	}
	if v.Pkg() != a.pass.Pkg {
		return
	}
	found := false
	for _, cl := range a.fieldLits(v) {
		for _, el := range cl.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			id, ok := kv.Key.(*ast.Ident)
			if !ok || a.info.Uses[id] != v {
				continue
			}
			tv := a.info.Types[kv.Value]
			if tv.Value == nil || tv.Value.Kind() != constant.String || constant.StringVal(tv.Value) == "" || a.refused(v, tv.Value) {
				continue
			}
			a.report(s, origin{pos: a.at(kv.Value), kind: fieldDefault, name: name})
			found = true
		}
	}
	if !found && s.use.HMAC && !alt {
		if lit, ctor := a.emptyDefault(v); lit != nil {
			a.report(s, origin{pos: lit.Pos(), kind: emptyField, name: name, ctor: ctor})
		}
	}
}

// owner returns the named struct type that declares the field a
// selection reads (through embedded fields), or nil.
func (a *analyzer) owner(sel *types.Selection) *types.Named {
	t := sel.Recv()
	idx := sel.Index()
	for i, x := range idx {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok {
			return nil
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok || x >= st.NumFields() {
			return nil
		}
		if i == len(idx)-1 {
			return n
		}
		t = st.Field(x).Type()
	}
	return nil
}

// fieldTag returns the tag of the declaration of field v in the package,
// or nil.
func (a *analyzer) fieldTag(v *types.Var) *ast.BasicLit {
	var tag *ast.BasicLit
	for _, f := range a.pass.Files {
		if !within(f, v.Pos()) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if fl, ok := n.(*ast.Field); ok {
				for _, id := range fl.Names {
					if a.info.Defs[id] == v {
						tag = fl.Tag
					}
				}
			}
			return tag == nil
		})
	}
	return tag
}

// fieldLits returns the composite literals of the struct type declaring v
// that the package's functions return or its package-level variables are
// initialized with: its configuration defaults.
func (a *analyzer) fieldLits(v *types.Var) []*ast.CompositeLit {
	var out []*ast.CompositeLit
	add := func(e ast.Expr) {
		if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = u.X
		}
		if cl, ok := ast.Unparen(e).(*ast.CompositeLit); ok && hasField(a.info.TypeOf(cl), v) {
			out = append(out, cl)
		}
	}
	for _, d := range a.decls {
		for _, r := range astutil.Returns(d) {
			for _, e := range r.Results {
				add(e)
			}
		}
	}
	for obj, e := range a.specs {
		if _, ok := obj.(*types.Var); ok {
			add(e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos() < out[j].Pos() })
	return out
}

// refused reports whether the package compares field v with the constant
// val: a program refusing its own default ("changeme") at start-up.
func (a *analyzer) refused(v *types.Var, val constant.Value) bool {
	found := false
	for _, d := range a.decls {
		ast.Inspect(d.Body, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) && mentionsField(a.info, b, v) {
				for _, op := range []ast.Expr{b.X, b.Y} {
					if tv := a.info.Types[op]; tv.Value != nil && tv.Value.Kind() == val.Kind() && constant.Compare(tv.Value, token.EQL, val) {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// constant handles a constant key expression e of value val.
func (a *analyzer) constant(s sink, e ast.Expr, val constant.Value, alt bool) {
	if val.Kind() != constant.String {
		return
	}
	if constant.StringVal(val) == "" {
		// An empty value among others is a zero default, not the key;
		// an empty client secret is a public client.
		if !alt && s.use.HMAC {
			a.report(s, origin{pos: a.at(e), kind: empty})
		}
		return
	}
	o := origin{pos: a.at(e), kind: literal}
	if obj, ok := astutil.RefObj(a.info, e).(*types.Const); ok && obj.Pkg() != nil && model.IsTokenPackage(obj.Pkg().Path()) {
		// A token library's own sentinel (golang-jwt's
		// UnsafeAllowNoneSignatureType, the none algorithm's "key"):
		// jwtalg's concern, not a secret.
		return
	} else if ok && obj.Pkg() != a.pass.Pkg {
		o.kind, o.name = foreign, obj.Pkg().Name()+"."+obj.Name()
	}
	if alt {
		o.kind = fallback
	}
	a.report(s, o)
}

// at returns where a constant key expression is reported: at its literal
// when the package spells it (through constants of the package), else at
// the expression (a constant of another package).
func (a *analyzer) at(e ast.Expr) token.Pos {
	for depth := 0; depth < maxDepth; depth++ {
		if lit := firstLit(e); lit != nil {
			return lit.Pos()
		}
		obj, ok := astutil.RefObj(a.info, e).(*types.Const)
		if !ok || obj.Pkg() != a.pass.Pkg || a.specs[obj] == nil {
			break
		}
		e = a.specs[obj]
	}
	return e.Pos()
}

// firstLit returns the first string literal of e, or nil.
func firstLit(e ast.Expr) *ast.BasicLit {
	var lit *ast.BasicLit
	ast.Inspect(e, func(n ast.Node) bool {
		if b, ok := n.(*ast.BasicLit); ok && b.Kind == token.STRING && lit == nil {
			lit = b
		}
		return lit == nil
	})
	return lit
}

// litPos returns where a constant part of a key is reported.
func litPos(e ast.Expr) token.Pos {
	if lit := firstLit(e); lit != nil {
		return lit.Pos()
	}
	return e.Pos()
}

// emptyDefault decides for a string or []byte field v of a struct type of
// the package read as an HMAC key: it returns the composite literal of
// the package's constructor of that type (a function returning T{...} or
// &T{...}) that leaves v empty, and the constructor's name, when every
// such constructor leaves it empty and the package never checks it (v in
// a comparison or passed to a function: len(c.Secret) < 32, validate(c.Secret))
// nor assigns it. The InfluxDB 1.x shared secret was such a field
// (CVE-2019-20933).
func (a *analyzer) emptyDefault(v *types.Var) (*ast.CompositeLit, string) {
	if v.Pkg() != a.pass.Pkg || !astutil.IsText(v.Type()) {
		return nil, ""
	}
	if r, ok := a.emptyDefaults[v]; ok {
		return r.lit, r.ctor
	}
	var res emptyDefaultResult
	defer func() { a.emptyDefaults[v] = res }()
	var lit *ast.CompositeLit
	var ctor string
	for _, d := range a.decls {
		for _, r := range astutil.Returns(d) {
			for _, e := range r.Results {
				if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
					e = u.X
				}
				cl, ok := ast.Unparen(e).(*ast.CompositeLit)
				if !ok || !hasField(a.info.TypeOf(cl), v) {
					continue
				}
				for _, el := range cl.Elts {
					kv, ok := el.(*ast.KeyValueExpr)
					if !ok {
						return nil, "" // positional: the field is set
					}
					if id, ok := kv.Key.(*ast.Ident); ok && a.info.Uses[id] == v {
						if tv := a.info.Types[kv.Value]; tv.Value == nil || tv.Value.Kind() != constant.String || constant.StringVal(tv.Value) != "" {
							return nil, ""
						}
					}
				}
				if lit == nil {
					lit, ctor = cl, d.Name.Name
				}
			}
		}
	}
	if lit == nil || a.checked(v) {
		return nil, ""
	}
	res = emptyDefaultResult{lit, ctor}
	return lit, ctor
}

type emptyDefaultResult struct {
	lit  *ast.CompositeLit
	ctor string
}

// checked reports whether the package compares the field v, passes it to
// a function (other than a conversion) or assigns it, anywhere outside
// its tests.
func (a *analyzer) checked(v *types.Var) bool {
	isV := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && a.info.Uses[sel.Sel] == v
	}
	found := false
	for _, d := range a.decls {
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				switch n.Op {
				case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
					found = found || mentionsField(a.info, n, v)
				}
			case *ast.CallExpr:
				fn, _ := typeutil.Callee(a.info, n).(*types.Func)
				if _, sink := model.LookupKeyCall(fn); !sink && !a.info.Types[n.Fun].IsType() {
					for _, arg := range n.Args {
						found = found || isV(arg)
					}
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					found = found || isV(l)
				}
			case *ast.UnaryExpr:
				found = found || (n.Op == token.AND && isV(n.X))
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// mentionsField reports whether n reads the field v.
func mentionsField(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && info.Uses[sel.Sel] == v {
			found = true
		}
		return !found
	})
	return found
}

// hasField reports whether the struct type t has the field v.
func hasField(t types.Type, v *types.Var) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) == v {
			return true
		}
	}
	return false
}

// report records the finding of origin o reaching sink s, once per
// position.
func (a *analyzer) report(s sink, o origin) {
	if _, ok := a.diags[o.pos]; ok || !o.pos.IsValid() {
		return
	}
	what := "key"
	switch {
	case s.use.Private:
		what = "private key"
	case s.use.ClientSecret:
		what = "OAuth2 client secret"
	}
	instead := "load it from configuration or a secret manager"
	var msg string
	switch o.kind {
	case literal:
		msg = fmt.Sprintf("hard-coded %s reaches %s; %s", what, s.name, instead)
	case foreign:
		msg = fmt.Sprintf("hard-coded %s %s reaches %s; %s", what, o.name, s.name, instead)
	case fallback:
		of := ""
		if o.helper != "" {
			of = " of " + o.helper
		}
		msg = fmt.Sprintf("hard-coded fallback %s%s reaches %s when the configured value is missing; fail at start-up instead", what, of, s.name)
	case part:
		msg = fmt.Sprintf("the %s reaching %s is built from a hard-coded string; %s", what, s.name, instead)
	case defaults:
		msg = fmt.Sprintf("hard-coded default of configuration key %q reaches %s as the %s; require the key to be configured instead", o.name, s.name, what)
	case empty:
		msg = fmt.Sprintf("empty HMAC key reaches %s: anyone can sign tokens; require a configured key of at least %d bytes", s.name, minHMACKey)
	case fieldDefault:
		msg = fmt.Sprintf("hard-coded default of %s reaches %s as the %s; require it to be configured instead", o.name, s.name, what)
	case emptyField:
		msg = fmt.Sprintf("empty default HMAC key %s reaches %s: %s leaves it unset and nothing checks it, so anyone can sign tokens; reject an empty key", o.name, s.name, o.ctor)
	case short:
		msg = fmt.Sprintf("%d-byte HMAC key reaches %s; RFC 7518 requires at least %d bytes for HS256", o.n, s.name, minHMACKey)
	}
	d := analysis.Diagnostic{Pos: o.pos, Message: msg}
	if o.pos != s.pos {
		d.Related = []analysis.RelatedInformation{{Pos: s.pos, Message: "the " + what + " is used here"}}
	}
	a.diags[o.pos] = d
}
