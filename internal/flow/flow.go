// Package flow is tokenvet's flow engine: an analyzer, required by the
// passes that follow token values, that labels the values of a package
// (an access token, an Authorization header, a client secret, ...; see
// model.Label) where they appear and follows them to where they go.
//
// It follows values through assignments, string concatenation, fmt and
// strings functions, conversions, struct fields (field-sensitive: a
// token's Expiry is not secret, its AccessToken is), slices, maps,
// channels, closures, method values, returns and calls. Calls of the
// package's own functions and of functions of other packages of the
// analyzed module are applied through one Summary fact per function:
// which result carries which label, which parameter reaches which result,
// which parameter reaches which kind of sink. Interface calls resolve to
// the package's implementations.
//
// The Summary is the suite's one function fact. Passes register a
// Summarizer (see Register) that the engine calls on every package, so
// that what they know of a function travels in it too: jwtverify's parse
// summaries (Summary.Parse), jwtclaims' claim checks (Summary.Claims),
// jwtleeway's configured durations (Summary.Var, on package-level
// variables), hardcodedsecret's hard-coded keys of other packages
// (VarSummary.Hardcoded, the model.Hardcoded and HardcodedFallback labels
// on a key helper's result, and the parameters a Getenv-like helper returns as its
// fallback, Summary.Fallbacks).
//
// Summaries also carry what jwtalg needs of a keyfunc of another package:
// the kinds of the keys it returns (key labels on its results, see
// model.KeyLabels) and whether it checks the token's signing method
// (Summary.ChecksMethod, see methodcheck.go). For the package itself,
// Result.ChecksMethod gives the same check for each keyfunc declared or
// written as a literal, Result.TokenChecked for each token a call returns
// (its method checked after a parse), and Result.FuncValues says which
// functions a keyfunc variable or field may hold.
//
// The results of the model's token parses carry parse labels
// (model.ParseLabels: an unverified token, its claims, a verified
// token), and Result.UsesOf says where a parse's token or claims go in
// its function (uses.go): jwtverify and jwtclaims judge those uses
// instead of following variables through the syntax.
//
// For hardcodedsecret, in a package using a key sink of the model, the
// engine keeps the SSA of the functions it followed, and Result.Origins
// walks a key back to the values it may take (see origins.go).
// Result.Reaching gives the definitions reaching a read of a local
// variable in a function whose SSA is kept (see reaching.go).
//
// The engine works on SSA, built only for packages that use a source of
// the model, a token parse, a function with a summary or a key sink, or
// that export a function returning text read from configuration (for
// hardcodedsecret's summaries of its fallbacks, see configHelpers): a
// package that touches no token pays a scan of its identifiers and
// nothing else.
package flow

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/lazyinspect"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
	"github.com/tokenvet/tokenvet/internal/variant"
)

// Analyzer computes the flows of a package. Its result is a *Result.
var Analyzer = &analysis.Analyzer{
	Name:       "tokenflow",
	Doc:        "follows token values from their sources to their sinks (tokenvet's flow engine; reports nothing)",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	// The passes' Summarizers use the inspector and the index.
	Requires:  []*analysis.Analyzer{lazyinspect.Analyzer, resolve.Analyzer},
	FactTypes: []analysis.Fact{new(Summary), new(hasSummaries), new(hasParsers)},
}

// Summary is what a function does with labelled values, for its callers:
// the one fact of the flow engine.
type Summary struct {
	// Results holds, per result, the labels it carries from sources
	// inside the function (nil when none does).
	Results []model.Label
	// Flows are the parameters that reach a result.
	Flows []ParamFlow
	// Sinks are the parameters that reach a sink.
	Sinks []ParamSink
	// Parse says the function behaves like a token parse (see
	// ParseSummary), or is nil.
	Parse *ParseSummary
	// Claims says the function checks claims by hand or returns
	// unverified ones (see ClaimSummary), or is nil.
	Claims *ClaimSummary
	// ChecksMethod says, for jwtalg, that the function, given a
	// golang-jwt token, checks its signing method (or hands the token to
	// a function that does or might), or, for a function returning
	// keyfuncs, that every keyfunc it returns does (see methodcheck.go).
	// A function of the module without it is known not to check.
	ChecksMethod bool
	// Var is the summary of a package-level variable (the one kind of
	// object with a Summary that is not a function), or nil.
	Var *VarSummary
	// Fallbacks are the parameters the function returns as they are
	// (through a conversion at most) as its first result on one of
	// several paths: the fallback of func Getenv(key, fallback string)
	// string, which hardcodedsecret follows to a constant argument (a
	// hard-coded fallback key; its Summarizer sets it). Unlike Flows, a
	// parameter only part of the result (prefix + p) or transformed is
	// not one.
	Fallbacks []int
}

// VarSummary is what is known of a package-level variable.
type VarSummary struct {
	// Duration is the value of a time.Duration variable initialized to a
	// constant and never assigned again in its package (jwtleeway's
	// leeway read from a configuration package); IsDuration says it is
	// known (a zero Duration is a value, and gob drops zero values).
	Duration   time.Duration
	IsDuration bool
	// Hardcoded says the variable, of a string or []byte type, is
	// initialized to a non-empty constant and never assigned again (nor
	// its address taken) in its package: hardcodedsecret's var JwtSigKey
	// = []byte("...") of a configuration package, reported where another
	// package uses it as a key (its Summarizer sets it).
	Hardcoded bool
}

// ParamFlow says parameter Param (the receiver is -1) reaches result
// Result.
type ParamFlow struct{ Param, Result int }

// ParamSink says parameter Param (the receiver is -1) reaches a sink of
// kind Kind: the call of Name, Line lines below the function's name (in
// File, which may differ for a sink reached through another function of
// the same package), at column Col.
type ParamSink struct {
	Param int
	Kind  model.SinkKind
	Name  string
	File  string
	Line  int
	Col   int
}

// AFact implements analysis.Fact.
func (*Summary) AFact() {}

func (s *Summary) String() string {
	var parts []string
	for i, l := range s.Results {
		// The parse labels are shown by the passes' own views of
		// Summary.Parse.
		if l&^(model.KeyLabels|model.ParseLabels) != 0 {
			parts = append(parts, fmt.Sprintf("result %d: %s", i, (l&^(model.KeyLabels|model.ParseLabels)).Names()))
		}
		if l&model.KeyLabels != 0 {
			kinds, _ := model.KeyFamilies(l)
			if l&model.KeyOther != 0 {
				kinds = append(kinds, "other")
			}
			parts = append(parts, fmt.Sprintf("result %d: keys(%s)", i, strings.Join(kinds, ",")))
		}
	}
	for _, f := range s.Flows {
		parts = append(parts, fmt.Sprintf("%s -> result %d", paramName(f.Param), f.Result))
	}
	for _, k := range s.Sinks {
		parts = append(parts, fmt.Sprintf("%s -> %s %s", paramName(k.Param), k.Kind, k.Name))
	}
	if s.ChecksMethod {
		parts = append(parts, "checks method")
	}
	if s.Parse != nil {
		parts = append(parts, s.Parse.String())
	}
	if s.Claims != nil {
		parts = append(parts, s.Claims.String())
	}
	if s.Var != nil && s.Var.IsDuration {
		parts = append(parts, "duration "+s.Var.Duration.String())
	}
	if s.Var != nil && s.Var.Hardcoded {
		parts = append(parts, "hard-coded")
	}
	for _, p := range s.Fallbacks {
		parts = append(parts, "returns "+paramName(p))
	}
	return "flow(" + strings.Join(parts, "; ") + ")"
}

func paramName(i int) string {
	if i < 0 {
		return "receiver"
	}
	return fmt.Sprintf("param %d", i)
}

func (s *Summary) empty() bool {
	if s == nil {
		return true
	}
	for _, l := range s.Results {
		if l != 0 {
			return false
		}
	}
	return len(s.Flows) == 0 && len(s.Sinks) == 0 && !s.ChecksMethod && s.Parse == nil && s.Claims == nil && s.Var == nil && len(s.Fallbacks) == 0
}

// carries reports whether the summary says more than which keys the
// function returns (see model.KeyLabels), which only jwtalg reads, and
// whether it checks a token's method: what makes an importer worth
// following.
func (s *Summary) carries() bool {
	for _, l := range s.Results {
		if l&^(model.KeyLabels|model.HardcodedLabels|model.ParseLabels) != 0 {
			return true
		}
	}
	return len(s.Flows) > 0 || len(s.Sinks) > 0
}

// hasSummaries is a package fact: the package has functions with a
// Summary. An importer is followed when it calls one whose results carry
// labels, or when it exports a helper handing its parameter to one that
// logs (see relevant).
type hasSummaries struct{}

func (*hasSummaries) AFact()         {}
func (*hasSummaries) String() string { return "hasSummaries" }

// Flow is a labelled value reaching a sink.
type Flow struct {
	// Pos is where the value reaches the sink: the sink's call, or the
	// call of a function whose summary says its argument reaches one.
	Pos token.Pos
	// Call is the call at Pos (nil for panic).
	Call *ssa.CallCommon
	// Callee is the function called at Pos, or nil.
	Callee *types.Func
	// Kind is the kind of sink; Sink names the sink function ("log.Printf",
	// "panic").
	Kind model.SinkKind
	Sink string
	// Label is what reaches the sink.
	Label model.Label
	// Source is where the value got its label (NoPos if unknown).
	Source token.Pos
	// Via is the sink inside the called function when Pos is the call of
	// a function that reaches it (NoPos otherwise).
	Via token.Pos
	// Fn is the function containing Pos.
	Fn *ssa.Function
}

// Result is the flow engine's result for a package. It holds no SSA
// (but for the flows' Call and Fn, and the functions that parse tokens
// and their callers, for UsesOf): the package's SSA is dropped once the
// flows are known, so a run does not keep every package's SSA alive.
type Result struct {
	// Flows are the labelled values reaching sinks, in position order.
	Flows []*Flow
	built bool
	exprs map[ast.Expr]exprLabel
	funcs map[ast.Expr][]FuncValue
	keys  map[ast.Expr]model.Label
	// checks holds, for each function of the package (declaration or
	// literal) given a token or returning keyfuncs, whether it checks
	// the token's signing method (see methodcheck.go).
	checks map[ast.Node]bool
	// tokChecks holds, for each call of the package returning a token,
	// whether each token result's method is checked (see TokenChecked).
	tokChecks map[callResult]bool
	// algChecks holds, for each header alg the package reads, whether it
	// is checked (see AlgChecked).
	algChecks map[token.Pos]bool
	// facts reads the engine's facts of other packages; states holds
	// what each Summarizer returned for its pass; summaries are the
	// package's functions' summaries.
	facts     *Facts
	states    map[string]any
	summaries map[types.Object]*Summary
	// sinks are the parameters reaching sinks of the functions of the
	// package and of those it uses from other packages.
	sinks map[*types.Func][]ParamSink
	// fillLens holds the lengths of the buffers random sources fill
	// (see FilledLen).
	fillLens map[token.Pos]int64
	// kept is the SSA kept for UsesOf, and in a package using a key
	// sink for Origins (keyPass is then its pass).
	kept    *kept
	keyPass *analysis.Pass
}

// ParamSinks returns the parameters of fn (a function of the package, or
// one of another package it uses) that reach a sink of kind kind: what
// fn's summary says.
func (r *Result) ParamSinks(fn *types.Func, kind model.SinkKind) []ParamSink {
	if !r.Built() || fn == nil {
		return nil
	}
	var out []ParamSink
	for _, s := range r.sinks[fn.Origin()] {
		if s.Kind == kind {
			out = append(out, s)
		}
	}
	return out
}

// SummaryOf returns the summary of function fn, of this package or
// another (nil when it has none: nothing labelled reaches its results or
// a sink, or its package was not followed).
func (r *Result) SummaryOf(fn *types.Func) *Summary {
	if r == nil || fn == nil {
		return nil
	}
	fn = fn.Origin()
	if s, ok := r.summaries[fn]; ok {
		return s
	}
	if r.facts != nil && fn.Pkg() != nil {
		return r.facts.Summary(fn)
	}
	return nil
}

// FilledLen returns the length of the buffer the random source call fills
// (rand.Read(b) of b := make([]byte, 8), or of an array sliced whole),
// when the engine followed the call and the length is a constant.
func (r *Result) FilledLen(call *ast.CallExpr) (int64, bool) {
	if !r.Built() || call == nil {
		return 0, false
	}
	n, ok := r.fillLens[call.Lparen]
	return n, ok
}

// Summaries returns the summaries of the package's functions: what the
// engine exports as their facts.
func (r *Result) Summaries() map[types.Object]*Summary { return r.summaries }

// Facts reads the engine's facts of the package's imports.
func (r *Result) Facts() *Facts { return r.facts }

// State returns what the Summarizer registered under name returned for
// the package (nil for none, or for a skipped test variant).
func (r *Result) State(name string) any { return r.states[name] }

// ChecksMethod reports whether fn, a function declaration or literal of
// the package given a golang-jwt token (or returning keyfuncs), checks the
// token's signing method (Summary.ChecksMethod's rule, methodcheck.go);
// ok is false when the engine did not follow fn.
func (r *Result) ChecksMethod(fn ast.Node) (checks, ok bool) {
	if !r.Built() {
		return false, false
	}
	checks, ok = r.checks[fn]
	return checks, ok
}

// callResult names result i of a call.
type callResult struct {
	lparen token.Pos // the call's
	i      int
}

// TokenChecked reports whether result i of call, a golang-jwt token, has
// its signing method checked by the function that made the call (the rule
// of ChecksMethod, applied to that value); ok is false when the engine did
// not follow the call's function.
func (r *Result) TokenChecked(call *ast.CallExpr, i int) (checks, ok bool) {
	if !r.Built() {
		return false, false
	}
	checks, ok = r.tokChecks[callResult{call.Lparen, i}]
	return checks, ok
}

// AlgChecked reports whether the header alg read at e is checked by the
// function reading it: compared with something other than "none" or "",
// switched on, used as a map key, returned, or passed to a function other
// than a formatter or a signer, through conversions and local values. e
// is a read of a JWS header's alg (a call of a library's header method
// or a library's header field, model.IsHeaderAlgSource and
// IsHeaderAlgField) or of a header decoded by hand (a field tagged
// json:"alg", hdr["alg"]); ok is false when the engine did not follow e.
func (r *Result) AlgChecked(e ast.Expr) (checks, ok bool) {
	if !r.Built() {
		return false, false
	}
	var at token.Pos
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		at = e.Lparen
	case *ast.SelectorExpr:
		at = e.Sel.Pos()
	case *ast.IndexExpr:
		at = e.Lbrack
	default:
		return false, false
	}
	checks, ok = r.algChecks[at]
	return checks, ok
}

// exprLabel is what the engine knows of one expression's value.
type exprLabel struct {
	label  model.Label
	source token.Pos
}

// Built reports whether the engine followed the package (it uses a source
// or a function with a summary).
func (r *Result) Built() bool { return r != nil && r.built }

// LabelOf returns the labels the value of expression e carries, or 0. The
// file argument is the file holding e (kept for callers; expressions are
// unique across files).
func (r *Result) LabelOf(file *ast.File, e ast.Expr) model.Label {
	if !r.Built() {
		return 0
	}
	return r.exprs[ast.Unparen(e)].label
}

// SourceOf returns where the value of expression e got its labels, or
// NoPos.
func (r *Result) SourceOf(file *ast.File, e ast.Expr) token.Pos {
	if !r.Built() {
		return token.NoPos
	}
	return r.exprs[ast.Unparen(e)].source
}

// SinkPos returns the position of a summary's sink: the line relative to
// the function fn's name, in the summary's file.
func SinkPos(fset *token.FileSet, fn *types.Func, s ParamSink) token.Pos {
	if !fn.Pos().IsValid() {
		return token.NoPos
	}
	f := fset.File(fn.Pos())
	if f == nil {
		return token.NoPos
	}
	line := fset.Position(fn.Pos()).Line + s.Line
	if s.File != "" && s.File != f.Name() {
		// Another file of the package: not loaded here.
		return token.NoPos
	}
	if line < 1 || line > f.LineCount() {
		return token.NoPos
	}
	pos := f.LineStart(line)
	if s.Col > 1 && int(pos)+s.Col-1 < f.Base()+f.Size() {
		pos += token.Pos(s.Col - 1)
	}
	return pos
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{facts: &Facts{pass}}
	if variant.Skip(pass) {
		return res, nil
	}
	summaries := make(map[types.Object]*Summary)
	res.summaries = summaries
	fl := newFieldLabels(pass)
	r := relevant(pass, fl)
	keys := usesKeySink(pass)
	helpers := configHelpers(pass)
	if r == notRelevant && (keys || len(helpers) > 0) && !generated(pass) {
		r = keyRelevant
	}
	var usesKept []*ssa.Function // the SSA kept for UsesOf alone
	if r != notRelevant {
		pkg := buildSSA(pass, fl, r == guessRelevant || r == keyRelevant, helpers)
		e := newEngine(pass, pkg, fl)
		e.solve()
		res.built = true
		res.Flows = e.flows()
		res.exprs = e.exprLabels()
		res.funcs, res.keys = e.keyfuncExprs()
		res.sinks = make(map[*types.Func][]ParamSink)
		for fn, s := range e.facts {
			// The functions of other packages the package's followed
			// functions call.
			if s != nil && len(s.Sinks) > 0 {
				res.sinks[fn.Origin()] = s.Sinks
			}
		}
		carries := false
		mc := newMethodChecker(e)
		for _, u := range e.units {
			for _, f := range u.fns {
				if syn := f.Syntax(); syn != nil && (takesToken(f.Signature) || returnsKeyfunc(f.Signature)) {
					if res.checks == nil {
						res.checks = make(map[ast.Node]bool)
					}
					res.checks[syn] = mc.checks(f)
				}
			}
			obj, _ := u.fn.Object().(*types.Func)
			if obj == nil {
				continue
			}
			s := e.summaryFact(u)
			if len(s.Sinks) > 0 {
				res.sinks[obj] = s.Sinks
			}
			if takesToken(obj.Signature()) || returnsKeyfunc(obj.Signature()) {
				s.ChecksMethod = mc.checks(u.fn)
			}
			if !s.empty() {
				summaries[obj] = s
				carries = carries || s.carries()
			}
		}
		res.tokChecks = e.tokenResultChecks(mc)
		res.algChecks = e.algValueChecks(mc)
		res.fillLens = e.fillLens
		keptFns := e.keepForUses()
		usesKept = keptFns
		if keys || len(helpers) > 0 {
			// hardcodedsecret walks its keys' origins (Origins), and
			// its summaries the results of configuration helpers
			// (ResultOrigins).
			keptFns = nil
			for _, u := range e.units {
				keptFns = append(keptFns, u.fns...)
			}
			res.keyPass = pass
		}
		res.kept = &kept{fns: keptFns}
		e.release(keptFns)
		if carries {
			pass.ExportPackageFact(new(hasSummaries))
		}
	}
	parsers := false
	for _, name := range summarizerNames {
		local, state := summarizers[name](pass, res)
		if state != nil {
			if res.states == nil {
				res.states = make(map[string]any)
			}
			res.states[name] = state
		}
		for fn, s := range local {
			if old := summaries[fn]; old != nil {
				old.merge(s)
			} else {
				summaries[fn] = s
			}
			parsers = parsers || s.Parse != nil
		}
	}
	if parsers {
		pass.ExportPackageFact(new(hasParsers))
	}
	if res.keyPass != nil && !keys {
		// Kept for the summaries only: release what UsesOf does not
		// need.
		releaseBut(pass.Fset, res.kept.fns, usesKept)
		res.kept, res.keyPass = &kept{fns: usesKept}, nil
	}
	for fn, s := range summaries {
		pass.ExportObjectFact(fn, s)
	}
	res.summaries = summaries
	return res, nil
}

// relevant reports whether the package uses a source of the model, a
// sink that asks for it (model.FollowsSink: a token verification, whose
// callers' parameters must reach their summaries), or a function of
// another package of the module whose results carry labels: only then is
// SSA built. A package with none of them has no labelled value; its
// functions get no summary, so a parameter that reaches a sink or a
// result through such a package is not followed (the cost of following
// every package of a module would be paid by every user).
//
// Predictable values (math/rand, a clock: model.Guessable) are
// everywhere, for jitter, back-off, sampling and timestamps: they make a
// package relevant (guessRelevant) only where it also has a place that
// needs an unguessable value and reports them (model.UnguessableSinkLabels:
// not a clock reading at a cookie value), or a function
// returning text made from math/rand (a helper other packages may use
// for a token).
func relevant(pass *analysis.Pass, fl *fieldLabels) relevance {
	if generated(pass) {
		return notRelevant
	}
	if len(fl.local) > 0 {
		return fullRelevant
	}
	if model.ImportsTokenLibrary(pass.Pkg) && declaresKeyfunc(pass) {
		return fullRelevant
	}
	t := newTriggers(pass, fl)
	weak, usesSink := false, false
	var guess, sinks model.Label // predictable sources used; labels their sinks report
	for _, obj := range pass.TypesInfo.Uses {
		switch tr := t.of(obj); tr {
		case strongTrigger:
			return fullRelevant
		case weakTrigger:
			weak = true
		default:
			guess |= tr.label()
		}
		if fn, ok := obj.(*types.Func); ok && !usesSink {
			if s := model.LookupSink(fn); s != nil && !model.IsUnguessableKind(s.Kind) {
				usesSink = true
			}
		}
		sinks |= model.UnguessableSinkLabels(obj)
	}
	if weak && (labelsSomething(pass, fl) || weakRelevant(pass)) {
		return fullRelevant
	}
	if (usesSink || len(t.withSummaries) > 0) && !isStd(pass.Pkg) && exportsSinkHelper(pass) {
		return fullRelevant
	}
	pred := guess&model.Predictable != 0
	if guess&sinks != 0 || pred && (secretFieldBeside(pass, t) || returnsPredictable(pass, t)) {
		return guessRelevant
	}
	return notRelevant
}

// secretFields reports whether the package uses a string field whose
// name says it holds a secret the program issues (model.IsSecretField:
// user.ResetToken = ...).
func secretFields(pass *analysis.Pass) bool {
	for id, obj := range pass.TypesInfo.Uses {
		if v, ok := obj.(*types.Var); ok && v.IsField() && model.IsSecretName(id.Name) && model.IsSecretField(v) {
			return true
		}
	}
	return false
}

// secretFieldBeside reports whether a declaration of the package (a
// function, or a variable whose initializer holds function literals)
// both uses a predictable source and a field whose name says it holds a
// secret the program issues (secretFields): a field of a CLI's
// credentials in a package that samples with math/rand elsewhere does not
// make it worth following.
func secretFieldBeside(pass *analysis.Pass, t *triggers) bool {
	if !secretFields(pass) {
		return false
	}
	for d := range handWrittenDecls(pass) {
		pred, secret := false, false
		ast.Inspect(d, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return !(pred && secret)
			}
			obj := pass.TypesInfo.Uses[id]
			if obj == nil {
				return true
			}
			if v, ok := obj.(*types.Var); ok && v.IsField() && model.IsSecretName(id.Name) && model.IsSecretField(v) {
				secret = true
			} else if t.of(obj) == predTrigger {
				pred = true
			}
			return !(pred && secret)
		})
		if pred && secret {
			return true
		}
	}
	return false
}

// relevance says whether, and for what, the engine follows a package.
type relevance uint8

const (
	notRelevant relevance = iota
	// fullRelevant: the package uses a token.
	fullRelevant
	// guessRelevant: only predictable values (see relevant).
	guessRelevant
	// keyRelevant: only a key sink, for hardcodedsecret's reaching
	// definitions (see Reaching).
	keyRelevant
)

// returnsPredictable reports whether a function of the package (outside
// generated files) uses a predictable source and returns text
// (guessableResult): a helper whose result may become a token (or a
// token itself: generateResetToken).
func returnsPredictable(pass *analysis.Pass, t *triggers) bool {
	for d := range handWrittenDecls(pass) {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if !ok || !guessableResult(fn.Signature()) {
			continue
		}
		found := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && !found {
				if obj := pass.TypesInfo.Uses[id]; obj != nil && t.of(obj) == predTrigger {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// guessableResult reports whether a function returns text or bytes (a
// string, a byte or rune slice, a byte array such as a UUID): what a
// token is made of. A jitter helper returns a number or a duration.
func guessableResult(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		t := v.Type()
		if isStringish(t) {
			return true
		}
		if a, ok := t.Underlying().(*types.Array); ok {
			if b, ok := a.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return true
			}
		}
	}
	return false
}

// unguessableUses returns the labels reported at the places of the
// package that need an unguessable value (model.UnguessableSinkLabels),
// with model.Generated for a field whose name says it holds a secret
// (secretFields).
func unguessableUses(pass *analysis.Pass) model.Label {
	var l model.Label
	for _, obj := range pass.TypesInfo.Uses {
		l |= model.UnguessableSinkLabels(obj)
	}
	if l&model.Generated != model.Generated && secretFields(pass) {
		l |= model.Generated
	}
	return l
}

// A trigger is a use that makes the engine follow a package, or build a
// file's function bodies.
type trigger uint8

const (
	noTrigger trigger = iota
	// weakTrigger: a weak source (see weakRelevant).
	weakTrigger
	// strongTrigger: a source, a function of the module whose results
	// carry labels, or a sink that asks to be followed.
	strongTrigger
	// predTrigger: a source of predictable values (math/rand, a short
	// read, a function of the module returning one); idTrigger: a unique
	// ID generator (xid); clockTrigger: a clock read. See relevant.
	predTrigger
	idTrigger
	clockTrigger
)

// label returns the label of a predictable source trigger, or 0.
func (tr trigger) label() model.Label {
	switch tr {
	case predTrigger:
		return model.Predictable
	case idTrigger:
		return model.UniqueID
	case clockTrigger:
		return model.TimeDerived
	}
	return 0
}

type triggers struct {
	pass          *analysis.Pass
	fl            *fieldLabels
	withSummaries map[*types.Package]bool
	// withParsers are the imports with parse summaries (hasParsers).
	withParsers map[*types.Package]bool
	short       int8 // shortBuffers: 0 unknown, 1 yes, -1 no
}

// shortBuffers reports whether the package makes a byte buffer of a
// constant length below model.MinRandomBytes (make([]byte, 8), [8]byte):
// only then is crypto/rand.Read a source (of a too short token).
func (t *triggers) shortBuffers() bool {
	if t.short == 0 {
		t.short = -1
		info := t.pass.TypesInfo
		short := func(e ast.Expr) bool {
			tv, ok := info.Types[e]
			if !ok || tv.Value == nil {
				return false
			}
			n, exact := constant.Int64Val(constant.ToInt(tv.Value))
			return exact && n < model.MinRandomBytes
		}
		for _, f := range t.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "make" && len(n.Args) >= 2 && isByteSlice(info.TypeOf(n.Args[0])) && short(n.Args[1]) {
						t.short = 1
					}
				case *ast.ArrayType:
					if n.Len != nil && isByte(info.TypeOf(n.Elt)) && short(n.Len) {
						t.short = 1
					}
				}
				return t.short < 0
			})
		}
	}
	return t.short > 0
}

// importsPath reports whether pkg imports the package of that path.
func importsPath(pkg *types.Package, path string) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

func isByte(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.Byte
}

func isByteSlice(t types.Type) bool {
	s, ok := t.(*types.Slice)
	return ok && isByte(s.Elem())
}

func newTriggers(pass *analysis.Pass, fl *fieldLabels) *triggers {
	t := &triggers{pass: pass, fl: fl, withSummaries: make(map[*types.Package]bool), withParsers: make(map[*types.Package]bool)}
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasSummaries)) {
			t.withSummaries[imp] = true
		}
		if pass.ImportPackageFact(imp, new(hasParsers)) {
			t.withParsers[imp] = true
		}
	}
	return t
}

// of classifies a used object.
func (t *triggers) of(obj types.Object) trigger {
	if obj.Pkg() == nil {
		return noTrigger
	}
	if obj.Pkg() == t.pass.Pkg {
		switch obj := obj.(type) {
		case *types.Var:
			if obj.IsField() && t.fl.local[obj] != 0 {
				return strongTrigger
			}
		case *types.TypeName:
			// A struct of the package with a token field, used whole.
			if t.fl.structLabel(obj.Type()) != 0 {
				return strongTrigger
			}
		}
		return noTrigger
	}
	if t.withParsers[obj.Pkg()] {
		if fn, ok := obj.(*types.Func); ok {
			var sum Summary
			if t.pass.ImportObjectFact(fn.Origin(), &sum) && sum.Parse != nil {
				// A parse helper: jwtverify asks where its token and
				// claims go (Result.UsesOf).
				return strongTrigger
			}
		}
	}
	if t.withSummaries[obj.Pkg()] {
		if fn, ok := obj.(*types.Func); ok {
			var sum Summary
			if t.pass.ImportObjectFact(fn.Origin(), &sum) {
				var all model.Label
				for _, l := range sum.Results {
					all |= l
				}
				// Key labels are for jwtalg, Hardcoded for
				// hardcodedsecret, parse labels for jwtverify and jwtclaims:
				// a caller of a key loader, of a function returning a
				// constant or of a parse helper is not followed for them.
				all &^= model.KeyLabels | model.HardcodedLabels | model.ParseLabels
				switch {
				case all&^model.RandLabels != 0:
					return strongTrigger
				case all&model.Predictable != 0:
					return predTrigger
				case all&model.UniqueID != 0:
					return idTrigger
				case all&model.TimeDerived != 0:
					return clockTrigger
				}
			}
		}
	}
	if fn, ok := obj.(*types.Func); ok {
		if _, _, _, _, ok := model.ParseCallLabels(fn); ok {
			// A parse: jwtverify and jwtclaims ask where its token and
			// claims go (Result.UsesOf).
			return strongTrigger
		}
	}
	if !model.FlowPackage(obj.Pkg().Path()) && !t.fl.pkgHasTags(obj.Pkg()) {
		return noTrigger
	}
	switch obj := obj.(type) {
	case *types.Func:
		if model.FollowsSink(obj) || model.IsHeaderAlgSource(obj) {
			// A header's alg read: jwtalg asks whether it is checked
			// (Result.AlgChecked).
			return strongTrigger
		}

		if l := model.GuessableSource(obj); l&model.Predictable != 0 {
			if model.ShortReadSource(obj) && !t.shortBuffers() || model.ReadsCryptoReader(obj) && !importsPath(t.pass.Pkg, "crypto/rand") {
				return noTrigger
			}
			return predTrigger
		} else if l&model.UniqueID != 0 {
			// IDs and timestamps are everywhere: followed only where a
			// place needs an unguessable value.
			return idTrigger
		} else if l&model.TimeDerived != 0 {
			return clockTrigger
		} else if l != 0 {
			// A crypto/rand value: what it clears is followed only where
			// a predictable value is.
			return noTrigger
		}
		if model.IsSourceCall(obj) {
			if !model.IsKeyedSource(obj) {
				return strongTrigger
			}
			return weakTrigger
		}
	case *types.Var:
		if model.IsHeaderAlgFieldVar(obj) {
			return strongTrigger
		}
		if obj.IsField() {
			if l := t.fl.label(obj); l == model.Headers || l == model.URLQuery {
				return weakTrigger
			} else if l != 0 {
				return strongTrigger
			}
		}
	case *types.TypeName:
		if model.TypeLabel(obj.Type()) != 0 || t.fl.structLabel(obj.Type()) != 0 {
			return strongTrigger
		}
	}
	return noTrigger
}

// neededFuncs returns the function declarations whose bodies the engine
// builds: those on a call path through a source. Seeds are the
// declarations that use a source (or a function with labelled results, or
// a followed sink, or a protocol field); their callers are needed (they
// receive labelled results), and the functions any needed one refers to
// (they receive labelled arguments: for an interface method, every method
// of that name). A struct field of the package written by a needed
// function makes the functions reading it seeds. The configuration
// helpers (helpers, see configHelpers) are needed with what they call,
// not their callers. The other declarations are given to SSA without
// bodies: their functions exist, have no summary, and are not followed.
// Neither are generated files'.
//
// A use of a predictable source (predTrigger, idTrigger, clockTrigger)
// seeds its function only in a package with a place that reports its
// label (unguessableUses: a clock reading is no finding as a cookie
// value), or when the function returns text made from math/rand (a
// helper): the jitter of a retry loop, and the timestamps of a package
// that sets cookies, are not followed. onlyGuess (the
// package uses no token, see relevant) leaves out the exported logging
// and text helpers, which only tokens make worth following.
func neededFuncs(pass *analysis.Pass, fl *fieldLabels, onlyGuess bool, helpers map[*ast.FuncDecl]bool) map[*ast.FuncDecl]bool {
	t := newTriggers(pass, fl)
	info := pass.TypesInfo
	keyUses := keySinkUses(pass)
	sinkLabels, sinksKnown := model.Label(0), false
	type declInfo struct {
		seed    bool
		guess   model.Label // the predictable sources it uses (trigger.label)
		helper  bool        // logs, prints or passes on a string it is given
		callees []*ast.FuncDecl
		writes  []*types.Var // fields of the package assigned
		reads   []*types.Var // fields of the package read
	}
	declOf := make(map[*types.Func]*ast.FuncDecl)
	methodsNamed := make(map[string][]*ast.FuncDecl)
	var decls []*ast.FuncDecl
	for d := range handWrittenDecls(pass) {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		decls = append(decls, fd)
		if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
			declOf[fn] = fd
		}
		if fd.Recv != nil {
			methodsNamed[fd.Name.Name] = append(methodsNamed[fd.Name.Name], fd)
		}
	}
	infos := make(map[*ast.FuncDecl]*declInfo, len(decls))
	callers := make(map[*ast.FuncDecl][]*ast.FuncDecl)
	readers := make(map[*types.Var][]*ast.FuncDecl)
	for _, fd := range decls {
		di := &declInfo{}
		infos[fd] = di
		seen := make(map[*ast.FuncDecl]bool)
		ast.Inspect(fd, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := info.Uses[id]
			if obj == nil {
				if v, ok := info.Defs[id].(*types.Var); ok && v.IsField() && fl.local[v] != 0 {
					di.seed = true
				}
				return true
			}
			if !di.seed && (keyfuncDecl(info, fd) || keyUses[obj] || len(keyUses) > 0 && configSetter(obj)) {
				// A key sink: hardcodedsecret walks its key's origins
				// (see Origins), which may be a configuration value
				// the package sets.
				di.seed = true
			}
			if !di.seed {
				switch tr := t.of(obj); tr {
				case noTrigger:
				case predTrigger, idTrigger, clockTrigger:
					di.guess |= tr.label()
				default:
					di.seed = true
				}
			}
			if fn, ok := obj.(*types.Func); ok && !di.helper && fn.Pkg() != pass.Pkg && printsOrWritesStatus(fn) {
				di.helper = true
			}
			switch obj := obj.(type) {
			case *types.Func:
				if obj.Pkg() != pass.Pkg {
					return true
				}
				var targets []*ast.FuncDecl
				if recv := obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
					targets = methodsNamed[obj.Name()]
				} else if d := declOf[obj.Origin()]; d != nil {
					targets = []*ast.FuncDecl{d}
				}
				for _, g := range targets {
					if g != fd && !seen[g] {
						seen[g] = true
						di.callees = append(di.callees, g)
						callers[g] = append(callers[g], fd)
					}
				}
			case *types.Var:
				if obj.IsField() && obj.Pkg() == pass.Pkg {
					// Reads and writes are not told apart: a field
					// mentioned in a needed function connects all.
					di.writes = append(di.writes, obj)
					di.reads = append(di.reads, obj)
				}
			}
			return true
		})
		if !di.seed && di.guess != 0 {
			if !sinksKnown {
				sinkLabels, sinksKnown = unguessableUses(pass), true
			}
			if di.guess&sinkLabels != 0 {
				di.seed = true
			} else if fn, ok := info.Defs[fd.Name].(*types.Func); ok && di.guess&model.Predictable != 0 && guessableResult(fn.Signature()) {
				di.seed = true
			}
		}
		for _, v := range di.reads {
			readers[v] = append(readers[v], fd)
		}
		if !di.helper {
			if fn, ok := info.Defs[fd.Name].(*types.Func); ok && passesOnText(fn.Signature()) {
				di.helper = true
			}
		}
	}
	needed := make(map[*ast.FuncDecl]bool)
	upward := make(map[*ast.FuncDecl]bool) // callers were added
	var queue []*ast.FuncDecl
	var up []*ast.FuncDecl
	for _, fd := range decls {
		switch {
		case infos[fd].seed:
			needed[fd] = true
			queue = append(queue, fd)
			up = append(up, fd)
		case infos[fd].helper && fd.Name.IsExported() && !onlyGuess:
			// An exported helper other packages may hand a token to.
			needed[fd] = true
			queue = append(queue, fd)
		}
	}
	for _, fd := range decls {
		if helpers[fd] && !needed[fd] {
			// A configuration helper: its callees are needed, not its
			// callers.
			needed[fd] = true
			queue = append(queue, fd)
		}
	}
	if len(keyUses) > 0 || len(helpers) > 0 {
		// hardcodedsecret follows a package-level variable read into a
		// key to the functions of the package its initializer calls
		// (var key = defaultKey()): their local variables' reaching
		// definitions are needed.
		for _, fd := range initCallees(pass, declOf) {
			if !needed[fd] {
				needed[fd] = true
				queue = append(queue, fd)
			}
		}
	}
	fieldDone := make(map[*types.Var]bool)
	for len(queue) > 0 || len(up) > 0 {
		for len(up) > 0 {
			fd := up[0]
			up = up[1:]
			if upward[fd] {
				continue
			}
			upward[fd] = true
			for _, c := range callers[fd] {
				if !needed[c] {
					needed[c] = true
					queue = append(queue, c)
				}
				up = append(up, c)
			}
		}
		for len(queue) > 0 {
			fd := queue[0]
			queue = queue[1:]
			di := infos[fd]
			for _, g := range di.callees {
				if !needed[g] {
					needed[g] = true
					queue = append(queue, g)
				}
			}
			for _, v := range di.writes {
				if fieldDone[v] {
					continue
				}
				fieldDone[v] = true
				for _, r := range readers[v] {
					if !needed[r] {
						needed[r] = true
						queue = append(queue, r)
					}
					up = append(up, r)
				}
			}
		}
	}
	return needed
}

// configSetter reports whether obj is a function of the model setting a
// configuration value or default (viper.SetDefault).
func configSetter(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	role, _ := model.LookupConfig(fn)
	return role == model.ConfigSet
}

// printsOrWritesStatus reports whether fn logs or prints (a sink of the model) or
// writes an HTTP status (a helper calling it may write the status it is
// given: tokenrefresh).
func printsOrWritesStatus(fn *types.Func) bool {
	f := model.LookupFlow(fn)
	return f != nil && f.Sink != nil && (f.Sink.Kind == model.LogSink || f.Sink.Kind == model.StdoutSink || f.Sink.Status > 0)
}

// passesOnText reports whether a function takes and returns text (a
// string or byte slice): it may hand a token given to it back (a header
// value built from it).
func passesOnText(sig *types.Signature) bool {
	in, out := false, false
	for v := range sig.Params().Variables() {
		in = in || isStringish(v.Type())
	}
	for v := range sig.Results().Variables() {
		out = out || isStringish(v.Type())
	}
	return in && out
}

// stripBodies returns a shallow copy of f whose function declarations
// not in keep have no bodies (f itself, shared with other passes, is not
// changed), or f if all are kept.
func stripBodies(f *ast.File, keep map[*ast.FuncDecl]bool) *ast.File {
	all := true
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !keep[fd] {
			all = false
			break
		}
	}
	if all {
		return f
	}
	nf := *f
	nf.Decls = make([]ast.Decl, len(f.Decls))
	for i, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !keep[fd] {
			c := *fd
			c.Body = nil
			nf.Decls[i] = &c
		} else {
			nf.Decls[i] = d
		}
	}
	return &nf
}

// weakRelevant decides for a package whose only sources are weak ones: a
// header, query or form value looked up by key, or a request's whole
// header set. Those are everywhere in HTTP code; they carry a secret only
// under a credential key (the package then spells one: "Authorization",
// "access_token"), or when the whole header set is ranged over or handed
// to a function (a header dump).
func weakRelevant(pass *analysis.Pass) bool {
	found := false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					if v, err := strconvUnquote(n.Value); err == nil && model.IsSecretKey(v) {
						found = true
					}
				}
			case *ast.RangeStmt:
				found = model.IsHeaderSet(pass.TypesInfo.TypeOf(n.X))
			case *ast.CallExpr:
				if _, isSel := n.Fun.(*ast.SelectorExpr); isSel {
					// A method of the header set itself (h.Get) is not a dump.
					if sel := n.Fun.(*ast.SelectorExpr); model.IsHeaderSet(pass.TypesInfo.TypeOf(sel.X)) {
						return true
					}
				}
				for _, a := range n.Args {
					if model.IsHeaderSet(pass.TypesInfo.TypeOf(a)) {
						found = true
					}
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// shared is the SSA program of one run, shared by the packages analyzed
// in it (one file set): the packages they import are created once, from
// types alone, not once per importer. mu guards the program's package
// table while a package is created and built.
type shared struct {
	mu      sync.Mutex
	prog    *ssa.Program
	created map[*types.Package]bool
}

var programs sync.Map // *token.FileSet -> *shared

// lockProgram locks the shared program of fset, for a look-up of its
// members while other packages are created, and returns the unlock.
func lockProgram(fset *token.FileSet) func() {
	v, ok := programs.Load(fset)
	if !ok {
		return func() {}
	}
	sh := v.(*shared)
	sh.mu.Lock()
	return sh.mu.Unlock
}

// buildSSA builds the package's SSA with debug information (for the
// labels of expressions) in the run's shared program, creating its
// imports from types alone.
func buildSSA(pass *analysis.Pass, fl *fieldLabels, onlyGuess bool, helpers map[*ast.FuncDecl]bool) *ssa.Package {
	needed := neededFuncs(pass, fl, onlyGuess, helpers)
	files := make([]*ast.File, len(pass.Files))
	for i, f := range pass.Files {
		files[i] = stripBodies(f, needed)
	}
	v, _ := programs.LoadOrStore(pass.Fset, &shared{prog: ssa.NewProgram(pass.Fset, ssa.GlobalDebug), created: make(map[*types.Package]bool)})
	sh := v.(*shared)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	prog := sh.prog
	if sh.created[pass.Pkg] {
		// Created from types as another package's import (the fact order
		// makes this impossible in one run): build in a program of its own.
		prog = ssa.NewProgram(pass.Fset, ssa.GlobalDebug)
		for _, p := range pass.Pkg.Imports() {
			prog.CreatePackage(p, nil, nil, true)
		}
	} else {
		for _, p := range pass.Pkg.Imports() {
			if !sh.created[p] {
				sh.created[p] = true
				prog.CreatePackage(p, nil, nil, true)
			}
		}
		sh.created[pass.Pkg] = true
	}
	pkg := prog.CreatePackage(pass.Pkg, files, pass.TypesInfo, false)
	pkg.Build()
	return pkg
}

// fieldLabels knows which struct fields are sources: the model's fields,
// and fields tagged with a protocol JSON name, in this package (including
// anonymous struct types) and in the packages it uses.
type fieldLabels struct {
	pass  *analysis.Pass
	local map[*types.Var]model.Label
	pkgs  map[*types.Package]map[*types.Var]model.Label
}

func newFieldLabels(pass *analysis.Pass) *fieldLabels {
	fl := &fieldLabels{pass: pass, local: make(map[*types.Var]model.Label), pkgs: make(map[*types.Package]map[*types.Var]model.Label)}
	// The struct types are in the type-checker's record of type
	// expressions: no walk of the syntax, no inspector.
	for e := range pass.TypesInfo.Types {
		st, ok := e.(*ast.StructType)
		if !ok {
			continue
		}
		for _, field := range st.Fields.List {
			if field.Tag == nil {
				continue
			}
			tag, err := strconvUnquote(field.Tag.Value)
			if err != nil {
				continue
			}
			if l := model.TagLabel(tag); l != 0 {
				for _, name := range field.Names {
					if v, ok := pass.TypesInfo.Defs[name].(*types.Var); ok && tokenValued(v.Type()) {
						fl.local[v] = l
					}
				}
			}
		}
	}
	return fl
}

func strconvUnquote(s string) (string, error) {
	v := constant.MakeFromLiteral(s, token.STRING, 0)
	if v.Kind() != constant.String {
		return "", fmt.Errorf("bad tag")
	}
	return constant.StringVal(v), nil
}

// pkgHasTags reports whether pkg declares a struct field with a protocol
// tag (scanning its named types once).
func (fl *fieldLabels) pkgHasTags(pkg *types.Package) bool {
	return len(fl.ofPkg(pkg)) > 0
}

func (fl *fieldLabels) ofPkg(pkg *types.Package) map[*types.Var]model.Label {
	if m, ok := fl.pkgs[pkg]; ok {
		return m
	}
	// Protocol tags count in the module's and libraries' packages; the
	// standard library has only the model's fields.
	tags := !isStd(pkg)
	var m map[*types.Var]model.Label
	if tags || model.FlowPackage(pkg.Path()) {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			st, ok := tn.Type().Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := 0; i < st.NumFields(); i++ {
				var l model.Label
				if tags && tokenValued(st.Field(i).Type()) {
					l = model.TagLabel(st.Tag(i))
				}
				if l == 0 {
					l = model.SourceFieldLabel(tn, st.Field(i).Name())
				}
				if l != 0 {
					if m == nil {
						m = make(map[*types.Var]model.Label)
					}
					m[st.Field(i)] = l
				}
			}
		}
	}
	fl.pkgs[pkg] = m
	return m
}

// label returns the label a read of field f yields.
func (fl *fieldLabels) label(f *types.Var) model.Label {
	if l, ok := fl.local[f]; ok {
		return l
	}
	if f.Pkg() == nil || f.Pkg() == fl.pass.Pkg {
		return 0
	}
	return fl.ofPkg(f.Pkg())[f]
}

func isStd(pkg *types.Package) bool {
	path := pkg.Path()
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// sortFlows orders flows by position, then sink and label, so that the
// result is deterministic.
func sortFlows(fs []*Flow) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Pos != b.Pos {
			return a.Pos < b.Pos
		}
		if a.Sink != b.Sink {
			return a.Sink < b.Sink
		}
		return a.Label < b.Label
	})
}

// handWrittenDecls yields the declarations of the package's files but
// generated ones (an ORM's, protobuf's): the engine does not follow
// generated code, which is large, and where a flow is nobody's to fix.
func handWrittenDecls(pass *analysis.Pass) iter.Seq[ast.Decl] {
	return func(yield func(ast.Decl) bool) {
		for _, f := range pass.Files {
			if ast.IsGenerated(f) {
				continue
			}
			for _, d := range f.Decls {
				if !yield(d) {
					return
				}
			}
		}
	}
}

// generated reports whether every file of the package is generated (// Code
// generated ... DO NOT EDIT.): an ORM's or an API's generated code does
// not log tokens of its own, and following it (dex's storage/ent/db, 65
// files) costs more than the rest of the module. Its types' secret fields
// are still known to the packages that use them.
func generated(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if !ast.IsGenerated(f) {
			return false
		}
	}
	return len(pass.Files) > 0
}

// labelsSomething reports whether a source call or field read of the
// package can yield a label: a keyed source called with a constant key
// that yields one (r.Header.Get("Authorization"), not
// r.Header.Get("Content-Type") nor a computed name) or used as a value,
// and a labelled field read other than as the receiver of a method that
// passes nothing on (r.Header.Set(...), r.Header.Get(...), whose call is
// judged as a source itself). Packages that read only other headers are
// most HTTP packages: they are not followed.
func labelsSomething(pass *analysis.Pass, fl *fieldLabels) bool {
	info := pass.TypesInfo
	found := false
	for _, f := range pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			parent := ast.Node(nil)
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.Ident:
				fn, ok := info.Uses[n].(*types.Func)
				if !ok || !model.IsSourceCall(fn) || model.GuessableSource(fn) != 0 {
					// weakrand's sources label no token.
					return true
				}
				// The function's name: called (judged by its key) or
				// used as a value.
				call := callOf(stack, n)
				if call == nil {
					found = true
					return false
				}
				key := func(i int) (string, bool) {
					if i >= len(call.Args) {
						return "", false
					}
					tv := info.Types[call.Args[i]]
					if tv.Value == nil || tv.Value.Kind() != constant.String {
						return "", false
					}
					return constant.StringVal(tv.Value), true
				}
				if model.CallLabel(fn, 0, key) != 0 {
					found = true
				}
			case *ast.SelectorExpr:
				v, ok := info.Uses[n.Sel].(*types.Var)
				if !ok || !v.IsField() || fl.label(v) == 0 {
					return true
				}
				if p, ok := parent.(*ast.SelectorExpr); ok && p.X == n {
					if sel := info.Selections[p]; sel != nil && sel.Kind() == types.MethodVal {
						m := sel.Obj().(*types.Func)
						// A sink that does not send its receiver
						// (r.Header.Set's Authorization value) passes
						// nothing of it on either.
						if sk := model.LookupSink(m); model.LookupPropagation(m) == model.Clean && (sk == nil || !sk.Recv) {
							return true
						}
					}
				}
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// callOf returns the call whose function is the identifier id (f(...),
// x.f(...)), the top of stack, or nil.
func callOf(stack []ast.Node, id *ast.Ident) *ast.CallExpr {
	i := len(stack) - 2
	var fun ast.Node = id
	if i >= 0 {
		if sel, ok := stack[i].(*ast.SelectorExpr); ok && sel.Sel == id {
			fun = sel
			i--
		}
	}
	if i >= 0 {
		if call, ok := stack[i].(*ast.CallExpr); ok && call.Fun == fun {
			return call
		}
	}
	return nil
}

// loggable reports whether a parameter of type t is what a logging
// helper takes: a string or bytes, an interface (any, fmt.Stringer), or a
// slice of them (args ...any). A request or a config struct passed to a
// method that logs one of its fields is not a logging helper.
func loggable(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	return isStringish(t) || types.IsInterface(t)
}

// helperKind reports whether a sink of kind k makes a logging helper (see
// exportsSinkHelper).
func helperKind(k model.SinkKind) bool {
	return k == model.LogSink || k == model.StdoutSink || k == model.StderrSink
}

// exportsSinkHelper reports whether an exported function or method of the
// package passes one of its parameters straight to a logging or printing
// sink of the model, or to another package's function whose summary says
// it does (a logging helper: func Debug(msg string, v any) {
// log.Printf(...) }), or an integer parameter to the status of an HTTP
// response (a status helper, for tokenrefresh): its summary is what its
// callers in other packages need. Errors made of parameters (fmt.Errorf("bad name %q", name)) are
// in nearly every package: they do not count, or every package would be
// followed.
func exportsSinkHelper(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Signature()
			params := make(map[types.Object]bool)
			statuses := make(map[types.Object]bool) // integer parameters
			for i := 0; i < sig.Params().Len(); i++ {
				if p := sig.Params().At(i); loggable(p.Type()) {
					params[p] = true
				} else if isInteger(p.Type()) {
					statuses[p] = true
				}
			}
			if len(params) == 0 && len(statuses) == 0 {
				continue
			}
			found := false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || found {
					return !found
				}
				callee, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
				if callee == nil {
					return true
				}
				// sent reports whether argument i reaches the sink;
				// status whether it is the status of an HTTP response.
				var sent, status func(i int) bool
				if sk := model.LookupSink(callee); sk != nil {
					sent = func(i int) bool { return helperKind(sk.Kind) && sk.Writer == 0 && sk.SinkArg(i) }
					status = func(i int) bool { return sk.Status == i+1 }
				} else {
					s := new(Summary)
					if callee.Pkg() == pass.Pkg || !pass.ImportObjectFact(callee.Origin(), s) {
						return true
					}
					sent = func(i int) bool {
						for _, k := range s.Sinks {
							if k.Param == i && helperKind(k.Kind) {
								return true
							}
						}
						return false
					}
					status = func(i int) bool {
						for _, k := range s.Sinks {
							if k.Param == i && k.Kind == model.StatusSink {
								return true
							}
						}
						return false
					}
				}
				np := callee.Signature().Params().Len()
				for i, a := range call.Args {
					if callee.Signature().Variadic() && i >= np-1 {
						i = np - 1
					}
					id, ok := ast.Unparen(a).(*ast.Ident)
					if !ok {
						continue
					}
					if p := pass.TypesInfo.Uses[id]; params[p] && sent(i) || statuses[p] && status(i) {
						found = true
					}
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// isInteger reports whether t is an integer type (an HTTP status).
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// tokenValued reports whether a field of type t can hold a token: a
// string or bytes (or a pointer to one). A field tagged "id_token" that
// is a map, a slice of names or a duration is a claims request, a
// configuration list or a lifespan, not a token (authelia).
func tokenValued(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		return b.Info()&types.IsString != 0
	}
	return isStringish(t)
}

// structLabel returns the labels of the secret fields of a named struct
// type of the module or a library outside the standard library (through
// one pointer): a whole value of it printed (%v, %+v, slog.Any) prints
// them, unless the type renders itself (String, GoString, Format,
// LogValue, Error, zap's MarshalLogObject, zerolog's
// MarshalZerologObject), which may redact. A parsed *jwt.Token printed
// whole prints its Raw.
func (fl *fieldLabels) structLabel(t types.Type) model.Label {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || (isStd(n.Obj().Pkg()) && n.Obj().Pkg() != fl.pass.Pkg) {
		return 0
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return 0
	}
	var l model.Label
	for i := 0; i < st.NumFields(); i++ {
		l |= fl.label(st.Field(i))
	}
	if l == 0 {
		return 0
	}
	ms := types.NewMethodSet(types.NewPointer(n))
	for _, m := range []string{"String", "GoString", "Format", "LogValue", "Error", "MarshalLogObject", "MarshalZerologObject"} {
		if ms.Lookup(n.Obj().Pkg(), m) != nil {
			return 0
		}
	}
	return l
}

// keyfuncShaped reports whether sig is a keyfunc's: it takes a token of
// a token library and returns a key (an empty interface) first.
func keyfuncShaped(sig *types.Signature) bool {
	if sig.Results().Len() == 0 || !keyResult(sig.Results().At(0).Type()) || sig.Params().Len() == 0 {
		return false
	}
	for v := range sig.Params().Variables() {
		if model.IsTokenType(v.Type()) {
			return true
		}
	}
	return false
}

// takesToken reports whether sig takes a token of a token library.
func takesToken(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if model.IsTokenType(v.Type()) {
			return true
		}
	}
	return false
}

// returnsKeyfunc reports whether sig returns a keyfunc (a factory).
func returnsKeyfunc(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if s, ok := v.Type().Underlying().(*types.Signature); ok && keyfuncShaped(s) {
			return true
		}
	}
	return false
}

// keyfuncDecl reports whether fd declares a keyfunc or a keyfunc
// factory: jwtalg reads the key labels of their results (see
// model.KeyLabels), so their bodies are built (a factory returning
// another package's keyfunc by name names no token, the only other
// trigger such functions have) and they get summaries.
func keyfuncDecl(info *types.Info, fd *ast.FuncDecl) bool {
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok || fd.Body == nil {
		return false
	}
	return keyfuncShaped(fn.Signature()) || returnsKeyfunc(fn.Signature())
}

// declaresKeyfunc reports whether the package declares a keyfunc or a
// keyfunc factory (see keyfuncDecl).
func declaresKeyfunc(pass *analysis.Pass) bool {
	for d := range handWrittenDecls(pass) {
		if fd, ok := d.(*ast.FuncDecl); ok && keyfuncDecl(pass.TypesInfo, fd) {
			return true
		}
	}
	return false
}
