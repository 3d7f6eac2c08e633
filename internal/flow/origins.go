package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// Origins, for hardcodedsecret: the values a key expression may take,
// walked back on the SSA of the packages using a key sink (see
// usesKeySink) through variables, branches, conversions, concatenation,
// closures' cells, the package's functions (into their returns, and from
// their parameters to the arguments of the call being walked, or of every
// call when the walk starts inside the function), fallbacks (cmp.Or, a
// summary's Fallbacks) and the package's own package-level variables,
// down to what the pass judges: constants, calls the walk does not enter,
// field reads, package-level variables and make([]byte, n). A
// configuration read (model.IsConfigGet) is walked to the values the
// package sets for its key on the same instance (model.LookupConfig).

// OriginKind says what an Origin is.
type OriginKind uint8

const (
	// OriginConst: Expr is a constant expression (a literal, a constant,
	// an operation on them).
	OriginConst OriginKind = iota + 1
	// OriginCall: Expr is a call the walk does not enter (a function of
	// another package, a configuration read).
	OriginCall
	// OriginField: Expr is a read of a struct field (*ast.SelectorExpr).
	OriginField
	// OriginGlobal: Expr reads a package-level variable of another
	// package that this package does not assign, or one of this package
	// that nothing assigns (not even a declaration's value).
	OriginGlobal
	// OriginMake: Expr is make([]byte, n).
	OriginMake
	// OriginParam: parameter Index of the function whose results
	// ResultOrigins walks (Expr is nil).
	OriginParam
)

// An Origin is one value a key expression may take (see Result.Origins).
type Origin struct {
	Kind OriginKind
	Expr ast.Expr
	// Alt says the value is one of several the expression may take: one
	// of a branch's, a fallback's argument, one of a function's returns.
	Alt bool
	// Part says the value is only part of the expression's: an operand
	// of a string concatenation (or what one came from).
	Part bool
	// Config is the configuration key whose value the package sets to
	// the constant (viper.SetDefault("jwt_secret", "random") for a key
	// read by viper.GetString("jwt_secret")), or "".
	Config string
	// Field is the struct field a constant was stored into when it was
	// empty (see fieldFallbacks), or nil.
	Field *types.Var
	// Index is the parameter's (OriginParam).
	Index int
}

// OriginOpts tune Result.Origins.
type OriginOpts struct {
	// PEM follows the bytes of a decoded PEM block (model.IsPEMDecode)
	// back to the data decoded.
	PEM bool
	// Keyfunc says the expression is a keyfunc: the walk starts at the
	// first result of the functions it may be (a function or method of
	// the package, a function literal, through variables and
	// conversions), but where they return a non-nil error.
	Keyfunc bool
}

// maxOrigin bounds the steps of an Origins walk.
const maxOrigin = 32

// Origins returns the values expression e (not a constant: the caller
// judges those itself) may take, in a function of a package using a key
// sink, or a package-level variable's initializer of such a package. ok
// is false when the engine kept no SSA for e.
func (r *Result) Origins(e ast.Expr, o OriginOpts) (origins []Origin, ok bool) {
	if !r.Built() || r.kept == nil || r.keyPass == nil || e == nil {
		return nil, false
	}
	r.kept.index()
	ref := r.kept.refs[ast.Unparen(e)]
	if ref == nil || ref.IsAddr {
		return nil, false
	}
	ix := r.kept.originIndex(r.keyPass, r.facts)
	w := &originWalk{ix: ix, opts: o, seen: make(map[originSeen]bool)}
	if !o.Keyfunc {
		w.value(ref.X, ast.Unparen(e), false, 0)
		return w.out, true
	}
	for _, fn := range ix.funcsOf(ref.X, make(map[ssa.Value]bool), 0) {
		for _, r := range successReturns(fn) {
			if len(r.Results) > 0 {
				w.value(r.Results[0], ix.retSyntax(r, 0), false, 1)
			}
		}
	}
	return w.out, true
}

// ResultOrigins returns the values the first result of fn, a function of
// the package whose SSA the engine kept (a configuration helper, see
// configHelpers, or a function it followed in a package using a key
// sink), may take on its returns but those returning a non-nil error: as
// Origins, but a parameter of fn is an OriginParam, not its callers'
// arguments. ok is false when the engine kept no SSA for fn.
func (r *Result) ResultOrigins(fn *types.Func) (origins []Origin, ok bool) {
	if !r.Built() || r.kept == nil || r.keyPass == nil || fn == nil {
		return nil, false
	}
	r.kept.index()
	ix := r.kept.originIndex(r.keyPass, r.facts)
	sf := ix.byObj[fn]
	if sf == nil {
		return nil, false
	}
	w := &originWalk{ix: ix, seen: make(map[originSeen]bool), params: sf}
	rets := successReturns(sf)
	for _, ret := range rets {
		if len(ret.Results) > 0 {
			w.value(ret.Results[0], ix.retSyntax(ret, 0), len(rets) > 1, 1)
		}
	}
	return w.out, true
}

// configHelpers returns the exported functions (not methods) of the
// package, outside generated and test files, whose first result is text
// and which read configuration (model.ReadsConfiguration): the engine
// follows them so that hardcodedsecret's summaries can tell a constant
// fallback among their results (s := os.Getenv("K"); if s == "" { s =
// "dev" }; return s). Only those functions' bodies are walked.
func configHelpers(pass *analysis.Pass) map[*ast.FuncDecl]bool {
	if inGOROOT(pass) {
		return nil
	}
	var out map[*ast.FuncDecl]bool
	info := pass.TypesInfo
	for d := range handWrittenDecls(pass) {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || !fd.Name.IsExported() || fd.Type.Results == nil || astutil.InTestFile(pass, fd.Pos()) {
			continue
		}
		fn, ok := info.Defs[fd.Name].(*types.Func)
		if !ok || !astutil.IsText(fn.Signature().Results().At(0).Type()) || astutil.TakesTesting(fn.Signature()) {
			continue
		}
		reads := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && !reads {
				if f, ok := typeutil.Callee(info, c).(*types.Func); ok && model.ReadsConfiguration(f) {
					reads = true
				}
			}
			return !reads
		})
		if reads {
			if out == nil {
				out = make(map[*ast.FuncDecl]bool)
			}
			out[fd] = true
		}
	}
	return out
}

// releaseBut drops the instructions of the functions fns but those in
// keep (see engine.release).
func releaseBut(fset *token.FileSet, fns, keep []*ssa.Function) {
	kept := make(map[*ssa.Function]bool, len(keep))
	for _, fn := range keep {
		kept[fn] = true
	}
	defer lockProgram(fset)()
	for _, fn := range fns {
		if !kept[fn] {
			fn.Blocks, fn.Locals, fn.Recover, fn.Params, fn.FreeVars = nil, nil, nil, nil, nil
		}
	}
}

// originIdx indexes the kept functions for Origins walks.
type originIdx struct {
	*valueIdx
	facts *Facts
	// callers maps a function to its static calls in kept functions
	// outside tests.
	callers map[*ssa.Function][]ssa.CallInstruction
	// globals maps the package's package-level variables to the values
	// its initialization stores into them; initRHS to their
	// initializers (one per variable); written are the variables the
	// package assigns elsewhere (astutil.Written), computed when a walk
	// first reaches one of them.
	globals map[*types.Var][]ssa.Value
	initRHS map[*types.Var]ast.Expr
	written map[*types.Var]bool
	kept    map[*ssa.Function]bool
	// byObj maps the kept functions' objects to them.
	byObj map[*types.Func]*ssa.Function
	// fieldStores are the stores into each field in kept functions.
	fieldStores map[*types.Var][]*ssa.Store
	// configSets are the calls setting a configuration value.
	configSets []*ssa.CallCommon
}

// funcsOf returns the kept functions value v may be: a function, a
// closure (of a literal, or bound to a method value), through
// conversions, branches and local cells.
func (ix *originIdx) funcsOf(v ssa.Value, seen map[ssa.Value]bool, depth int) []*ssa.Function {
	v = ix.resolve(v)
	if v == nil || seen[v] || depth > maxOrigin {
		return nil
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Function:
		if ix.kept[v] {
			return []*ssa.Function{v}
		}
		// A bound method's wrapper: the method.
		if obj, ok := v.Object().(*types.Func); ok && v.Synthetic != "" {
			if m := ix.byObj[obj]; m != nil {
				return []*ssa.Function{m}
			}
		}
	case *ssa.MakeClosure:
		return ix.funcsOf(v.Fn, seen, depth+1)
	case *ssa.ChangeType:
		return ix.funcsOf(v.X, seen, depth+1)
	case *ssa.MakeInterface:
		return ix.funcsOf(v.X, seen, depth+1)
	case *ssa.Phi:
		var out []*ssa.Function
		for _, ed := range v.Edges {
			out = append(out, ix.funcsOf(ed, seen, depth+1)...)
		}
		return out
	case *ssa.UnOp:
		if a, ok := ix.resolve(v.X).(*ssa.Alloc); ok && v.Op == token.MUL && !ix.escaped[a] {
			var out []*ssa.Function
			for _, s := range ix.stores[a] {
				out = append(out, ix.funcsOf(s, seen, depth+1)...)
			}
			return out
		}
	}
	return nil
}

// retSyntax returns the expression of result i of return r, or nil.
func (ix *originIdx) retSyntax(r *ssa.Return, i int) ast.Expr {
	if rs := ix.rets[r.Pos()]; rs != nil && len(rs.Results) == len(r.Results) {
		return ast.Unparen(rs.Results[i])
	}
	return nil
}

// originIndex builds the index once.
func (k *kept) originIndex(pass *analysis.Pass, facts *Facts) *originIdx {
	k.originOnce.Do(func() {
		ix := &originIdx{valueIdx: k.values(pass), facts: facts,
			callers: make(map[*ssa.Function][]ssa.CallInstruction),
			globals: make(map[*types.Var][]ssa.Value), initRHS: make(map[*types.Var]ast.Expr),
			kept: make(map[*ssa.Function]bool, len(k.fns)), byObj: make(map[*types.Func]*ssa.Function),
			fieldStores: make(map[*types.Var][]*ssa.Store)}
		info := pass.TypesInfo
		for _, in := range info.InitOrder {
			if len(in.Lhs) == 1 {
				ix.initRHS[in.Lhs[0]] = in.Rhs
			}
		}
		for _, fn := range k.fns {
			ix.kept[fn] = true
			if obj, ok := fn.Object().(*types.Func); ok {
				ix.byObj[obj] = fn
			}
		}
		for _, fn := range k.fns {
			top := fn
			for top.Parent() != nil {
				top = top.Parent()
			}
			test := fn.Syntax() != nil && astutil.InTestFile(pass, fn.Syntax().Pos()) || astutil.TakesTesting(top.Signature)
			pkgInit := fn.Pkg != nil && fn.Pkg.Members["init"] == fn // the package-level variables' initialization
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch instr := instr.(type) {
					case *ssa.Store:
						if fa, ok := instr.Addr.(*ssa.FieldAddr); ok && !test {
							if f, _ := fieldVar(fa.X.Type(), fa.Field); f != nil {
								ix.fieldStores[f] = append(ix.fieldStores[f], instr)
							}
						}
						if g, ok := instr.Addr.(*ssa.Global); ok && pkgInit {
							if v, ok := g.Object().(*types.Var); ok {
								ix.globals[v] = append(ix.globals[v], instr.Val)
							}
						}
					}
					if ci, ok := instr.(ssa.CallInstruction); ok && !test {
						if c := ci.Common(); !c.IsInvoke() {
							if callee := c.StaticCallee(); callee != nil {
								ix.callers[callee] = append(ix.callers[callee], ci)
								if configSetter(callee.Object()) {
									ix.configSets = append(ix.configSets, c)
								}
							}
						}
					}
				}
			}
		}
		k.origins = ix
	})
	return k.origins
}

// syntax returns the expression of value v: one its debug references
// name (but a variable's identifier or an assignment's left-hand side),
// else hint, else the value of an assignment of it, else a variable's
// identifier naming it. A constant's must have a constant value.
func (ix *originIdx) syntax(v ssa.Value, hint ast.Expr) ast.Expr {
	info := ix.pass.TypesInfo
	_, isConst := v.(*ssa.Const)
	good := func(e ast.Expr) bool {
		if e == nil {
			return false
		}
		if !isConst {
			return true
		}
		tv, ok := info.Types[e]
		return ok && tv.Value != nil
	}
	refs := ix.byVal[v]
	for _, ref := range refs {
		if _, ok := ref.Expr.(*ast.Ident); !ok && !ix.lhs[ref.Expr] && good(ref.Expr) {
			return ref.Expr
		}
	}
	if good(hint) {
		return hint
	}
	for _, ref := range refs {
		if ix.lhs[ref.Expr] && good(ix.rhs[ref.Expr]) {
			return ix.rhs[ref.Expr]
		}
	}
	if !isConst {
		for _, ref := range refs {
			if id, ok := ref.Expr.(*ast.Ident); ok && !ix.lhs[id] {
				return id
			}
		}
	}
	return nil
}

// conversionArg returns the operand of e when e is a conversion, else e
// (an implicit conversion has the syntax of its operand).
func (ix *originIdx) conversionArg(e ast.Expr) ast.Expr {
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 && ix.pass.TypesInfo.Types[c.Fun].IsType() {
		return ast.Unparen(c.Args[0])
	}
	return e
}

// isMake reports whether c calls the builtin make.
func (ix *originIdx) isMake(c *ast.CallExpr) bool {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := ix.pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok && b.Name() == "make"
}

// argSyntax returns the expression of argument i of call c (ce its
// syntax), or nil (a receiver, a variadic parameter's packed slice).
func argSyntax(ce *ast.CallExpr, c *ssa.CallCommon, i int) ast.Expr {
	if ce == nil {
		return nil
	}
	sig := c.Signature()
	j := i
	if sig.Recv() != nil {
		j--
	}
	if j < 0 || sig.Variadic() && !ce.Ellipsis.IsValid() && j >= sig.Params().Len()-1 || j >= len(ce.Args) {
		return nil
	}
	return ast.Unparen(ce.Args[j])
}

type originSeen struct {
	v         ssa.Value
	call      *ssa.CallCommon
	alt, part bool
}

type originFrame struct {
	callee *ssa.Function
	call   *ssa.CallCommon
	expr   *ast.CallExpr
}

type originWalk struct {
	ix   *originIdx
	opts OriginOpts
	// frames are the calls entered, innermost last: a parameter read
	// in one is that call's argument.
	frames []originFrame
	// config is the configuration key whose set value is walked;
	// field the field whose fallback is.
	config string
	field  *types.Var
	// params is the function whose parameters are origins
	// (ResultOrigins), or nil.
	params *ssa.Function
	// part says a concatenation's operand is walked.
	part bool
	seen map[originSeen]bool
	out  []Origin
}

func (w *originWalk) add(o Origin) {
	o.Config, o.Field = w.config, w.field
	o.Part = o.Part || w.part
	for _, x := range w.out {
		if x == o {
			return
		}
	}
	w.out = append(w.out, o)
}

// value walks v, whose expression may be hint; alt says v is one of
// several values.
func (w *originWalk) value(v ssa.Value, hint ast.Expr, alt bool, depth int) {
	if v == nil || depth > maxOrigin {
		return
	}
	v = w.ix.resolve(v)
	k := originSeen{v: v, alt: alt, part: w.part}
	if n := len(w.frames); n > 0 {
		k.call = w.frames[n-1].call
	}
	if w.seen[k] {
		return
	}
	w.seen[k] = true
	syn := w.ix.syntax(v, hint)
	switch v := v.(type) {
	case *ssa.Const:
		if syn != nil {
			w.add(Origin{Kind: OriginConst, Expr: syn, Alt: alt})
		}
	case *ssa.Phi:
		var edges []ssa.Value
		for _, ed := range v.Edges {
			if ed != v && !slices.Contains(edges, ed) {
				edges = append(edges, ed)
			}
		}
		several := alt || len(edges) > 1
		for _, ed := range edges {
			w.value(ed, nil, several, depth+1)
		}
	case *ssa.ChangeType:
		w.value(v.X, w.ix.conversionArg(syn), alt, depth+1)
	case *ssa.Convert:
		w.value(v.X, w.ix.conversionArg(syn), alt, depth+1)
	case *ssa.MakeInterface:
		w.value(v.X, syn, alt, depth+1)
	case *ssa.ChangeInterface:
		w.value(v.X, syn, alt, depth+1)
	case *ssa.Slice:
		if c, ok := syn.(*ast.CallExpr); ok && w.ix.isMake(c) {
			// make([]byte, n) of a constant n: a slice of a new array.
			w.add(Origin{Kind: OriginMake, Expr: c, Alt: alt})
		} else if v.Low == nil && v.High == nil && v.Max == nil {
			w.value(v.X, syn, alt, depth+1)
		}
	case *ssa.BinOp:
		if v.Op != token.ADD || !isStringish(v.Type()) {
			return
		}
		be, _ := syn.(*ast.BinaryExpr)
		for i, op := range []ssa.Value{v.X, v.Y} {
			var h ast.Expr
			if be != nil {
				h = ast.Unparen([]ast.Expr{be.X, be.Y}[i])
			}
			if c, ok := op.(*ssa.Const); ok {
				if s := w.ix.syntax(c, h); s != nil {
					w.add(Origin{Kind: OriginConst, Expr: s, Alt: alt, Part: true})
				}
				continue
			}
			old := w.part
			w.part = true
			w.value(op, h, alt, depth+1)
			w.part = old
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			w.load(v, syn, alt, depth)
		}
	case *ssa.Field:
		if sel, ok := syn.(*ast.SelectorExpr); ok {
			w.add(Origin{Kind: OriginField, Expr: sel, Alt: alt})
		}
		if f, _ := fieldVar(v.X.Type(), v.Field); f != nil {
			w.fieldFallbacks(f, depth)
		}
	case *ssa.Parameter:
		w.param(v, alt, depth)
	case *ssa.Extract:
		if c, ok := v.Tuple.(*ssa.Call); ok {
			w.call(c.Common(), v.Index, alt, depth)
		}
	case *ssa.Call:
		w.call(v.Common(), 0, alt, depth)
	case *ssa.MakeSlice:
		if c, ok := syn.(*ast.CallExpr); ok && w.ix.isMake(c) {
			w.add(Origin{Kind: OriginMake, Expr: c, Alt: alt})
		}
	}
}

// load walks a load through its address: a local cell's stores, a
// package-level variable, a field.
func (w *originWalk) load(v *ssa.UnOp, syn ast.Expr, alt bool, depth int) {
	switch a := w.ix.resolve(v.X).(type) {
	case *ssa.Alloc:
		stores := w.ix.stores[a]
		if w.ix.escaped[a] {
			return
		}
		several := alt || len(stores) > 1
		for _, s := range stores {
			w.value(s, nil, several, depth+1)
		}
	case *ssa.Global:
		obj, ok := a.Object().(*types.Var)
		if !ok {
			return
		}
		if w.ix.written == nil {
			w.ix.written = astutil.Written(w.ix.pass.TypesInfo, astutil.NonTestFiles(w.ix.pass)...)
		}
		if w.ix.written[obj] {
			// The package assigns it (or takes its address): its
			// value is not known.
			return
		}
		if obj.Pkg() != w.ix.pass.Pkg {
			if syn != nil {
				w.add(Origin{Kind: OriginGlobal, Expr: syn, Alt: alt})
			}
			return
		}
		stores := w.ix.globals[obj]
		if len(stores) == 0 {
			if syn != nil {
				w.add(Origin{Kind: OriginGlobal, Expr: syn, Alt: alt})
			}
			return
		}
		for _, s := range stores {
			w.value(s, w.ix.initRHS[obj], alt, depth+1)
		}
	case *ssa.FieldAddr:
		if w.opts.PEM {
			if c := pemDecode(a.X); c != nil {
				ce := w.ix.calls[c.Pos()]
				w.value(c.Args[0], argSyntax(ce, c, 0), alt, depth+1)
				return
			}
		}
		if sel, ok := syn.(*ast.SelectorExpr); ok {
			w.add(Origin{Kind: OriginField, Expr: sel, Alt: alt})
		}
		if f, _ := fieldVar(a.X.Type(), a.Field); f != nil {
			w.fieldFallbacks(f, depth)
		}
	}
}

// fieldFallbacks walks, as fallbacks, the values the kept functions store
// into field f when it is empty (if c.Secret == "" { c.Secret = "dev" }):
// a store in a block only reached when a comparison of a read of f with
// "" (or of its length with 0) says so.
func (w *originWalk) fieldFallbacks(f *types.Var, depth int) {
	for _, st := range w.ix.fieldStores[f] {
		if emptyGuarded(st.Block(), f) {
			old := w.field
			w.field = f
			w.value(st.Val, nil, true, depth+1)
			w.field = old
		}
	}
}

// emptyGuarded reports whether block b is only reached when field f is
// empty: a dominator of b ends in an If on f == "" (len(f) == 0) whose
// true successor dominates b, or on f != "" whose false one does.
func emptyGuarded(b *ssa.BasicBlock, f *types.Var) bool {
	for d := b.Idom(); d != nil; d = d.Idom() {
		cmp := branchCompare(d)
		if cmp == nil || !emptyTest(cmp, f) {
			continue
		}
		succ := d.Succs[0]
		if cmp.Op == token.NEQ {
			succ = d.Succs[1]
		}
		if succ.Dominates(b) && len(succ.Preds) == 1 {
			return true
		}
	}
	return false
}

// emptyTest reports whether cmp compares a read of field f with "", or
// its length with 0.
func emptyTest(cmp *ssa.BinOp, f *types.Var) bool {
	for _, pair := range [][2]ssa.Value{{cmp.X, cmp.Y}, {cmp.Y, cmp.X}} {
		x, k := pair[0], pair[1]
		c, ok := k.(*ssa.Const)
		if !ok || c.Value == nil {
			continue
		}
		if call, ok := x.(*ssa.Call); ok {
			if b, ok := call.Call.Value.(*ssa.Builtin); ok && b.Name() == "len" && len(call.Call.Args) == 1 && c.Value.Kind() == constant.Int && constant.Sign(c.Value) == 0 {
				x = call.Call.Args[0]
			} else {
				continue
			}
		} else if s, ok := constString(c); !ok || s != "" {
			continue
		}
		if readsField(x, f) {
			return true
		}
	}
	return false
}

// readsField reports whether v is a read of field f.
func readsField(v ssa.Value, f *types.Var) bool {
	switch v := v.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			g, _ := fieldVar(fa.X.Type(), fa.Field)
			return g == f
		}
	case *ssa.Field:
		g, _ := fieldVar(v.X.Type(), v.Field)
		return g == f
	}
	return false
}

// pemDecode returns the call decoding the PEM block v is the result of,
// or nil.
func pemDecode(v ssa.Value) *ssa.CallCommon {
	if x, ok := v.(*ssa.Extract); ok && x.Index == 0 {
		v = x.Tuple
	}
	c, ok := v.(*ssa.Call)
	if !ok || len(c.Call.Args) < 1 {
		return nil
	}
	callee := c.Call.StaticCallee()
	if callee == nil {
		return nil
	}
	if fn, ok := callee.Object().(*types.Func); ok && model.IsPEMDecode(fn) {
		return c.Common()
	}
	return nil
}

// param walks parameter p: the argument of the call entered, or of every
// static call of its function outside tests when the walk started in it.
func (w *originWalk) param(p *ssa.Parameter, alt bool, depth int) {
	fn := p.Parent()
	i := -1
	for j, q := range fn.Params {
		if q == p {
			i = j
		}
	}
	if i < 0 || fn.Signature.Variadic() {
		return
	}
	if len(w.frames) == 0 && fn == w.params {
		w.add(Origin{Kind: OriginParam, Index: i, Alt: alt})
		return
	}
	if n := len(w.frames); n > 0 {
		f := w.frames[n-1]
		if f.callee != fn {
			return
		}
		w.frames = w.frames[:n-1]
		if i < len(f.call.Args) {
			w.value(f.call.Args[i], argSyntax(f.expr, f.call, i), alt, depth+1)
		}
		w.frames = append(w.frames, f)
		return
	}
	for _, ci := range w.ix.callers[fn] {
		c := ci.Common()
		if i < len(c.Args) {
			w.value(c.Args[i], argSyntax(w.ix.calls[c.Pos()], c, i), alt, depth+1)
		}
	}
}

// call walks result idx of call c: a fallback's arguments, a kept
// function's returns (but those returning a non-nil error), another
// package's function's fallback parameters (its summary's Fallbacks);
// what it does not enter is an OriginCall.
func (w *originWalk) call(c *ssa.CallCommon, idx int, alt bool, depth int) {
	if c.IsInvoke() {
		return
	}
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return
	}
	ce := w.ix.calls[c.Pos()]
	callee := c.StaticCallee()
	var obj *types.Func
	if callee != nil {
		obj, _ = callee.Object().(*types.Func)
	}
	if obj != nil && model.IsFallback(obj) {
		w.args(c, ce, nil, depth)
		return
	}
	if obj != nil && model.IsConfigGet(obj) {
		w.configValues(c, alt, depth)
		return
	}
	if callee != nil && w.ix.kept[callee] {
		rets := successReturns(callee)
		several := alt || len(rets) > 1
		w.frames = append(w.frames, originFrame{callee: callee, call: c, expr: ce})
		for _, r := range rets {
			if idx < len(r.Results) {
				w.value(r.Results[idx], w.ix.retSyntax(r, idx), several, depth+1)
			}
		}
		w.frames = w.frames[:len(w.frames)-1]
		return
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != w.ix.pass.Pkg {
		if s := w.ix.facts.Summary(obj.Origin()); s != nil && len(s.Fallbacks) > 0 {
			w.args(c, ce, s.Fallbacks, depth)
		}
	}
	if ce != nil {
		w.add(Origin{Kind: OriginCall, Expr: ce, Alt: alt})
	}
}

// configValues walks the values the package sets (model.LookupConfig's
// ConfigSet: argument 1 under the key argument 0) for the key the
// configuration read c reads, on the same instance: the package's (a
// function) or the same variable, field or value (a method).
func (w *originWalk) configValues(c *ssa.CallCommon, alt bool, depth int) {
	recv := 0
	if c.Signature().Recv() != nil {
		recv = 1
	}
	if len(c.Args) <= recv {
		return
	}
	key, ok := constString(c.Args[recv])
	if !ok {
		return
	}
	inst := instance(c, recv)
	for _, s := range w.ix.configSets {
		srecv := 0
		if s.Signature().Recv() != nil {
			srecv = 1
		}
		if srecv != recv || len(s.Args) < srecv+2 || instance(s, srecv) != inst {
			continue
		}
		k, ok := constString(s.Args[srecv])
		if !ok || !strings.EqualFold(k, key) {
			continue
		}
		old := w.config
		w.config = k
		w.value(s.Args[srecv+1], argSyntax(w.ix.calls[s.Pos()], s, srecv+1), alt, depth+1)
		w.config = old
	}
}

// instance returns what identifies the configuration a call is made on:
// nil for a function (the package's instance); for a method, the
// variable, field or value of its receiver.
func instance(c *ssa.CallCommon, recv int) any {
	if recv == 0 {
		return nil
	}
	v := c.Args[0]
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		switch a := u.X.(type) {
		case *ssa.Global:
			return a
		case *ssa.FieldAddr:
			if f, _ := fieldVar(a.X.Type(), a.Field); f != nil {
				return f
			}
		}
		return u.X
	}
	return v
}

// args walks the arguments of call c (ce its syntax) with index in only
// (all when only is nil; a variadic parameter's elements each), as
// fallbacks.
func (w *originWalk) args(c *ssa.CallCommon, ce *ast.CallExpr, only []int, depth int) {
	sig := c.Signature()
	recv := 0
	if sig.Recv() != nil {
		recv = 1
	}
	for i, arg := range c.Args {
		if only != nil && !slices.Contains(only, i-recv) {
			continue
		}
		if sig.Variadic() && i-recv == sig.Params().Len()-1 && (ce == nil || !ce.Ellipsis.IsValid()) {
			for k, el := range variadicElems(arg) {
				var h ast.Expr
				if j := i - recv + k; ce != nil && j < len(ce.Args) {
					h = ast.Unparen(ce.Args[j])
				}
				w.value(el, h, true, depth+1)
			}
			continue
		}
		w.value(arg, argSyntax(ce, c, i), true, depth+1)
	}
}

// successReturns returns fn's returns but those returning a non-nil
// error as the last of several results.
func successReturns(fn *ssa.Function) []*ssa.Return {
	res := fn.Signature.Results()
	errLast := res.Len() >= 2 && types.Identical(res.At(res.Len()-1).Type(), errorType)
	var out []*ssa.Return
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if errLast && !isNilConst(r.Results[len(r.Results)-1]) {
			continue
		}
		out = append(out, r)
	}
	return out
}
