package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// mask is a value's labels (low 32 bits) and the parameters of its
// function it comes from (bit 32+i for SSA parameter i: the receiver of a
// method is parameter 0).
type mask uint64

const paramShift = 32

func (m mask) labels() model.Label { return model.Label(m & (1<<paramShift - 1)) }
func (m mask) params() mask        { return m &^ (1<<paramShift - 1) }
func paramBit(i int) mask {
	if i < 0 || i >= 31 {
		return 0
	}
	return 1 << (paramShift + i)
}

// key names what a label is attached to: a value (f == -1), or field f of
// the object a pointer value points to.
type key struct {
	v ssa.Value
	f int
}

const whole = -1

// unkeyedEntries is the pseudo-field of a map holding what is stored
// under non-constant keys.
const unkeyedEntries = -3

// unit is a function of the package with its function literals: they
// share one state, and the function's summary.
type unit struct {
	fn     *ssa.Function
	fns    []*ssa.Function
	psinks map[psink]bool
	plist  []psink // psinks in the order found
	// checks401 says the unit compares a response's status with 401, or
	// may (it hands a response to a function it cannot see into, or
	// returns one): its hand-set Authorization headers are answered
	// (model.BearerSink).
	checks401 bool
}

// psink is a parameter reaching a sink (SSA parameter index).
type psink struct {
	param int
	kind  model.SinkKind
	name  string
	pos   token.Pos
}

type hit struct {
	pos    token.Pos
	call   *ssa.CallCommon
	callee *types.Func
	kind   model.SinkKind
	sink   string
	label  model.Label
	source token.Pos
	via    token.Pos
	fn     *ssa.Function
}

// mapKey names an entry of a map made in the function under a constant
// string key.
type mapKey struct {
	m ssa.Value
	k string
}

type engine struct {
	pass *analysis.Pass
	// keyed holds the labels of the entries of maps made by the package
	// (*ssa.MakeMap) under constant keys, so that a lookup of another
	// constant key does not see them; unkeyed (key{m, unkeyedEntries})
	// those stored under computed keys.
	keyed   map[mapKey]mask
	pkg     *ssa.Package
	fl      *fieldLabels
	val     map[key]mask
	origin  map[key]token.Pos
	fields  map[*types.Var]model.Label
	tuples  map[ssa.Value][]mask
	results map[*ssa.Function][]mask
	alias   map[*ssa.FreeVar]ssa.Value
	units   []*unit
	byFn    map[*ssa.Function]*unit
	unitOf  map[*ssa.Function]*unit
	types   map[types.Type]model.Label
	facts   map[*types.Func]*Summary
	info    map[*types.Func]*model.FlowFunc
	ximpls  map[*types.Func][]*types.Func
	// factPkgs are the packages with flow facts (see hasFacts).
	factPkgs map[*types.Package]bool
	impls    map[*types.Func][]*ssa.Function
	changed  bool
	shared   bool // a package-wide field or variable changed
	final    bool
	hits     []hit
	cur      *unit
	calls    map[token.Pos]*ast.CallExpr // by left parenthesis
	// nilTests caches nilTestsOf.
	nilTests map[*ssa.Function][]nilTest
	// callers is the call graph of the units (see callGraph).
	callers map[*unit][]*unit
	// parseCalls caches model.ParseCallLabels.
	parseCalls map[*types.Func]parseCall
	// fillLens holds the constant lengths of the buffers random sources
	// fill, by the call's left parenthesis (see Result.FilledLen).
	fillLens map[token.Pos]int64
}

// parseCall is what model.ParseCallLabels says of a function.
type parseCall struct {
	res    int
	rl, dl model.Label
	dests  []int
	ok     bool
}

func newEngine(pass *analysis.Pass, pkg *ssa.Package, fl *fieldLabels) *engine {
	e := &engine{
		pass: pass, pkg: pkg, fl: fl,
		val: make(map[key]mask), origin: make(map[key]token.Pos), keyed: make(map[mapKey]mask),
		fields: make(map[*types.Var]model.Label), tuples: make(map[ssa.Value][]mask),
		results: make(map[*ssa.Function][]mask), alias: make(map[*ssa.FreeVar]ssa.Value),
		byFn: make(map[*ssa.Function]*unit), unitOf: make(map[*ssa.Function]*unit),
		types: make(map[types.Type]model.Label), facts: make(map[*types.Func]*Summary),
		info: make(map[*types.Func]*model.FlowFunc), ximpls: make(map[*types.Func][]*types.Func),
		impls: make(map[*types.Func][]*ssa.Function), parseCalls: make(map[*types.Func]parseCall),
	}
	var tops []*ssa.Function
	for _, m := range pkg.Members {
		switch m := m.(type) {
		case *ssa.Function:
			tops = append(tops, m)
		case *ssa.Type:
			named, ok := m.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				if fn := e.funcValue(named.Method(i)); fn != nil {
					tops = append(tops, fn)
				}
			}
		}
	}
	sort.Slice(tops, func(i, j int) bool {
		if tops[i].Pos() != tops[j].Pos() {
			return tops[i].Pos() < tops[j].Pos()
		}
		return tops[i].String() < tops[j].String()
	})
	for _, fn := range tops {
		if e.byFn[fn] != nil || fn.Blocks == nil {
			continue
		}
		u := &unit{fn: fn, psinks: make(map[psink]bool)}
		var add func(f *ssa.Function)
		add = func(f *ssa.Function) {
			u.fns = append(u.fns, f)
			e.unitOf[f] = u
			for _, a := range f.AnonFuncs {
				add(a)
			}
		}
		add(fn)
		e.byFn[fn] = u
		e.units = append(e.units, u)
		for i, p := range fn.Params {
			e.val[key{p, whole}] = paramBit(i)
		}
	}
	return e
}

var errorType = types.Universe.Lookup("error").Type()

// maxUnitRounds bounds the iterations of one unit to its own fixed
// point; maxVisits bounds how often a unit is analyzed again because what
// it depends on changed.
const (
	maxUnitRounds = 16
	maxVisits     = 24
)

// solve computes every unit's state to a fixed point with a worklist:
// callees before callers, a unit again when the summary of a function it
// calls changes, every unit again when a package-wide field or variable
// gets a new label. A last round records the flows.
func (e *engine) solve() {
	callers := e.callGraph()
	e.callers = callers
	order := e.calleesFirst(callers)
	queued := make(map[*unit]bool)
	visits := make(map[*unit]int)
	queue := append([]*unit(nil), order...)
	for _, u := range queue {
		queued[u] = true
	}
	push := func(u *unit) {
		if !queued[u] && visits[u] < maxVisits {
			queued[u] = true
			queue = append(queue, u)
		}
	}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		queued[u] = false
		visits[u]++
		before := e.summaryState(u)
		e.shared = false
		for i := 0; i < maxUnitRounds; i++ {
			e.changed = false
			e.analyze(u)
			if !e.changed {
				break
			}
		}
		if e.shared {
			for _, w := range order {
				push(w)
			}
		} else if e.summaryState(u) != before {
			for _, w := range callers[u] {
				push(w)
			}
		}
	}
	e.final = true
	for _, u := range order {
		e.analyze(u)
	}
}

// summaryState is a digest of a unit's summary, to notice changes.
func (e *engine) summaryState(u *unit) [2]mask {
	var m mask
	for _, r := range e.results[u.fn] {
		m = m*31 + r
	}
	return [2]mask{m, mask(len(u.plist))}
}

// callGraph returns, for each unit, the units that call it (directly, as
// a method value, or through an interface).
func (e *engine) callGraph() map[*unit][]*unit {
	callers := make(map[*unit][]*unit)
	seen := make(map[[2]*unit]bool)
	add := func(callee, caller *unit) {
		if callee == nil || callee == caller || seen[[2]*unit{callee, caller}] {
			return
		}
		seen[[2]*unit{callee, caller}] = true
		callers[callee] = append(callers[callee], caller)
	}
	var ops []*ssa.Value
	for u, instr := range e.instrs() {
		// A keyfunc used as a value: its key labels
		// are the value's (see keyfuncLabels).
		ops = instr.Operands(ops[:0])
		for _, op := range ops {
			if f, ok := (*op).(*ssa.Function); ok {
				if w := e.byFn[f]; w != nil {
					add(w, u)
				} else if obj, ok := f.Object().(*types.Func); ok && f.Synthetic != "" && obj.Pkg() == e.pass.Pkg {
					add(e.byFn[e.funcValue(obj)], u)
				}
			}
		}
		ci, ok := instr.(ssa.CallInstruction)
		if !ok {
			continue
		}
		c := ci.Common()
		if c.IsInvoke() {
			for _, impl := range e.implsOf(c.Method) {
				add(e.byFn[impl], u)
			}
			continue
		}
		callee := c.StaticCallee()
		if callee == nil {
			continue
		}
		if w := e.byFn[callee]; w != nil {
			add(w, u)
		} else if obj, ok := callee.Object().(*types.Func); ok && callee.Synthetic != "" && obj.Pkg() == e.pass.Pkg {
			add(e.byFn[e.funcValue(obj)], u)
		}
	}
	return callers
}

// calleesFirst orders the units so that a function comes before its
// callers where the call graph allows (postorder of a depth-first walk).
func (e *engine) calleesFirst(callers map[*unit][]*unit) []*unit {
	callees := make(map[*unit][]*unit)
	for _, u := range e.units {
		for _, c := range callers[u] {
			callees[c] = append(callees[c], u)
		}
	}
	var order []*unit
	done := make(map[*unit]bool)
	var visit func(u *unit)
	visit = func(u *unit) {
		if done[u] {
			return
		}
		done[u] = true
		for _, c := range callees[u] {
			visit(c)
		}
		order = append(order, u)
	}
	for _, u := range e.units {
		visit(u)
	}
	return order
}

func (e *engine) analyze(u *unit) {
	e.cur = u
	for _, fn := range u.fns {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				e.transfer(fn, instr)
			}
		}
	}
}

// funcValue is Program.FuncValue, under the shared program's lock.
func (e *engine) funcValue(obj *types.Func) *ssa.Function {
	defer lockProgram(e.pass.Fset)()
	return e.pkg.Prog.FuncValue(obj)
}

// methodValue returns the method m of type t, under the shared program's
// lock, or nil.
func (e *engine) methodValue(t types.Type, m *types.Func) *ssa.Function {
	defer lockProgram(e.pass.Fset)()
	sel := e.pkg.Prog.MethodSets.MethodSet(t).Lookup(m.Pkg(), m.Name())
	if sel == nil {
		return nil
	}
	return e.pkg.Prog.MethodValue(sel)
}

// flowInfo is model.LookupFlow, cached.
func (e *engine) flowInfo(fn *types.Func) *model.FlowFunc {
	if fn == nil {
		return nil
	}
	f, ok := e.info[fn]
	if !ok {
		f = model.LookupFlow(fn)
		e.info[fn] = f
	}
	return f
}

// typeLabel is model.TypeLabel, cached.
func (e *engine) typeLabel(t types.Type) model.Label {
	l, ok := e.types[t]
	if !ok {
		l = model.TypeLabel(t)
		if l == 0 {
			l = e.structLabel(t)
		}
		l |= model.KeyLabel(t)
		e.types[t] = l
	}
	return l
}

// structLabel is fieldLabels.structLabel for this package.
func (e *engine) structLabel(t types.Type) model.Label { return e.fl.structLabel(t) }

func (e *engine) resolveAlias(v ssa.Value) ssa.Value {
	for i := 0; i < 8; i++ {
		fv, ok := v.(*ssa.FreeVar)
		if !ok {
			return v
		}
		b := e.alias[fv]
		if b == nil {
			return v
		}
		v = b
	}
	return v
}

// taint returns the labels of value v.
func (e *engine) taint(v ssa.Value) mask {
	switch v := v.(type) {
	case *ssa.Const, nil:
		return 0
	case *ssa.Function:
		return mask(e.keyfuncLabels(v))
	}
	v = e.resolveAlias(v)
	m := e.val[key{v, whole}]
	if l := e.typeLabel(v.Type()); l != 0 {
		m |= mask(l)
	}
	return m
}

func (e *engine) orig(v ssa.Value) token.Pos {
	if v == nil {
		return token.NoPos
	}
	v = e.resolveAlias(v)
	if p := e.origin[key{v, whole}]; p.IsValid() {
		return p
	}
	if e.typeLabel(v.Type()) != 0 {
		return v.Pos()
	}
	return token.NoPos
}

func (e *engine) add(k key, m mask, from token.Pos) {
	if m == 0 {
		return
	}
	old := e.val[k]
	if old|m == old {
		return
	}
	e.val[k] = old | m
	e.changed = true
	if !e.origin[k].IsValid() && from.IsValid() {
		e.origin[k] = from
	}
}

func (e *engine) set(v ssa.Value, m mask, from token.Pos) { e.add(key{v, whole}, m, from) }

func fieldVar(t types.Type, i int) (*types.Var, *types.Struct) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil, nil
	}
	return st.Field(i), st
}

func (e *engine) root(v ssa.Value) ssa.Value { return e.resolveAlias(v) }

func (e *engine) store(addr ssa.Value, m mask, from token.Pos) {
	if m == 0 {
		return
	}
	if g, ok := e.root(addr).(*ssa.Global); ok {
		m = mask(m.labels()) // parameters are the function's own
		if old := e.val[key{g, whole}]; old|m != old {
			e.shared = true
		}
	}
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		r := e.root(a.X)
		if _, ok := r.(*ssa.Global); ok {
			m = mask(m.labels())
			if old := e.val[key{r, a.Field}]; old|m != old {
				e.shared = true
			}
		}
		e.add(key{r, a.Field}, m, from)
		e.add(key{r, -2}, m, from) // every field, for a load of the whole struct
		if f, _ := fieldVar(a.X.Type(), a.Field); f != nil && m.labels() != 0 {
			if old := e.fields[f]; old|m.labels() != old {
				e.fields[f] = old | m.labels()
				e.changed = true
				e.shared = true
			}
		}
	case *ssa.IndexAddr:
		e.add(key{e.root(a.X), whole}, m, from)
	default:
		e.add(key{e.root(addr), whole}, m, from)
	}
}

func (e *engine) load(addr ssa.Value) (mask, token.Pos) {
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		f, _ := fieldVar(a.X.Type(), a.Field)
		if f != nil {
			if l := e.fl.label(f); l != 0 {
				return mask(l), a.Pos()
			}
		}
		r := e.root(a.X)
		k := key{r, a.Field}
		m := e.val[k]
		from := e.origin[k]
		if f != nil {
			m |= mask(e.fields[f])
			if l := model.ClaimsLabel(e.taint(a.X).labels(), a.X.Type(), f.Name()); l != 0 {
				m |= mask(l)
				if !from.IsValid() {
					from = e.orig(a.X)
				}
			}
		}
		if e.typeLabel(a.X.Type()) == 0 {
			m |= e.taint(a.X).params()
		}
		return m, from
	case *ssa.IndexAddr:
		r := e.root(a.X)
		m := e.val[key{r, whole}] | e.taint(a.X)
		from := e.origin[key{r, whole}]
		if !from.IsValid() {
			from = e.orig(a.X)
		}
		if im := guessable(e.taint(a.Index)); im != 0 && e.taint(a.X).params() == 0 {
			// An element picked by a predictable index (see Index).
			m |= im
			if !from.IsValid() {
				from = e.orig(a.Index)
			}
		}
		return m, from
	}
	r := e.root(addr)
	m := e.val[key{r, whole}] | e.val[key{r, -2}] | e.taint(addr)
	from := e.origin[key{r, whole}]
	if !from.IsValid() {
		from = e.origin[key{r, -2}]
	}
	if !from.IsValid() {
		from = e.orig(addr)
	}
	// A whole struct of a source type loaded through a pointer.
	if p, ok := addr.Type().Underlying().(*types.Pointer); ok {
		if l := e.typeLabel(p.Elem()); l != 0 {
			m |= mask(l)
		}
	}
	return m, from
}

func constString(v ssa.Value) (string, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// isStringish reports whether t is text: a string, or a slice of bytes
// or runes.
func isStringish(t types.Type) bool {
	if astutil.IsText(t) {
		return true
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Rune
}

func (e *engine) transfer(fn *ssa.Function, instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		e.store(in.Addr, e.taint(in.Val), e.orig(in.Val))
		if fa, ok := in.Addr.(*ssa.FieldAddr); ok {
			if f, _ := fieldVar(fa.X.Type(), fa.Field); model.MarksRefreshable(fa.X.Type(), f) && !isZeroConst(in.Val) {
				// A token given a refresh token or an expiry can be
				// refreshed.
				e.add(key{e.root(fa.X), whole}, mask(model.RefreshableToken), in.Pos())
			}
		}
	case *ssa.UnOp:
		switch in.Op {
		case token.MUL:
			m, from := e.load(in.X)
			e.set(in, m, from)
		case token.ARROW:
			e.set(in, e.taint(in.X), e.orig(in.X))
		}
	case *ssa.Field:
		f, _ := fieldVar(in.X.Type(), in.Field)
		if f != nil {
			if l := e.fl.label(f); l != 0 {
				e.set(in, mask(l), in.Pos())
				return
			}
			e.set(in, mask(e.fields[f]), e.orig(in.X))
			e.set(in, mask(model.ClaimsLabel(e.taint(in.X).labels(), in.X.Type(), f.Name())), e.orig(in.X))
		}
		if e.typeLabel(in.X.Type()) == 0 {
			e.set(in, e.taint(in.X), e.orig(in.X))
		}
	case *ssa.Index:
		e.set(in, e.taint(in.X), e.orig(in.X))
		if e.taint(in.X).params() == 0 {
			// An element picked by a predictable index, out of the
			// package's own letters, not out of what the caller gave.
			e.set(in, guessable(e.taint(in.Index)), e.orig(in.Index))
		}
	case *ssa.Lookup:
		m := e.taint(in.X)
		if mm, ok := e.root(in.X).(*ssa.MakeMap); ok {
			// A map of this package looked up under a constant key: its
			// entry, and what was stored under computed keys.
			if k, isConst := constString(in.Index); isConst {
				m = e.keyed[mapKey{mm, k}] | e.val[key{mm, unkeyedEntries}] | mask(e.typeLabel(in.X.Type()))
			}
		}
		if _, isMap := in.X.Type().Underlying().(*types.Map); isMap {
			if m.labels()&model.Headers != 0 {
				// One header: a credential if its constant name says so,
				// nothing if its name is computed (see model.CallLabel).
				k, _ := constString(in.Index)
				m = m&^mask(model.Headers) | mask(model.HeaderKeyLabel(k))
			}
			e.set(in, m, e.orig(in.X))
		}
	case *ssa.Slice:
		if _, isPtr := in.X.Type().Underlying().(*types.Pointer); isPtr {
			r := e.root(in.X)
			e.set(in, e.val[key{r, whole}]|e.taint(in.X), e.origin[key{r, whole}])
			return
		}
		if isStringish(in.X.Type()) && redacts(in) {
			return
		}
		e.set(in, e.taint(in.X), e.orig(in.X))
	case *ssa.BinOp:
		switch in.Op {
		case token.ADD:
			e.set(in, e.taint(in.X), e.orig(in.X))
			e.set(in, e.taint(in.Y), e.orig(in.Y))
		case token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			// Arithmetic on a predictable number is predictable (a
			// letter index: r.Int63() % n, cache & mask).
			e.set(in, guessable(e.taint(in.X)), e.orig(in.X))
			e.set(in, guessable(e.taint(in.Y)), e.orig(in.Y))
		case token.EQL, token.NEQ:
			e.check401(fn, in)
		}
	case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface,
		*ssa.SliceToArrayPointer, *ssa.MultiConvert, *ssa.TypeAssert:
		// The value itself, in another type.
		x := instr.Operands(nil)[0]
		e.set(instr.(ssa.Value), e.taint(*x), e.orig(*x))
	case *ssa.Phi:
		for _, ed := range in.Edges {
			e.set(in, e.taint(ed), e.orig(ed))
		}
	case *ssa.Extract:
		if ts, ok := e.tuples[in.Tuple]; ok {
			if in.Index < len(ts) {
				e.set(in, ts[in.Index], e.origin[key{in.Tuple, whole}])
			}
		} else if in.Index == 0 {
			e.set(in, e.taint(in.Tuple), e.orig(in.Tuple))
		}
	case *ssa.Call:
		e.call(fn, &in.Call, in)
	case *ssa.Go:
		e.call(fn, &in.Call, nil)
	case *ssa.Defer:
		e.call(fn, &in.Call, nil)
	case *ssa.MakeClosure:
		anon := in.Fn.(*ssa.Function)
		e.set(in, mask(e.keyfuncLabels(anon)), token.NoPos)
		for i, b := range in.Bindings {
			if i < len(anon.FreeVars) && e.alias[anon.FreeVars[i]] == nil {
				e.alias[anon.FreeVars[i]] = b
				e.changed = true
			}
		}
	case *ssa.MapUpdate:
		r := e.root(in.Map)
		m := e.taint(in.Value)
		e.add(key{r, whole}, m, e.orig(in.Value))
		if k, isConst := constString(in.Key); isConst {
			if old := e.keyed[mapKey{r, k}]; old|m != old {
				e.keyed[mapKey{r, k}] = old | m
				e.changed = true
			}
		} else {
			e.add(key{r, unkeyedEntries}, m, e.orig(in.Value))
		}
	case *ssa.Next:
		rng, ok := in.Iter.(*ssa.Range)
		if !ok {
			return
		}
		m := e.taint(rng.X)
		k := m
		v := m
		if _, isMap := rng.X.Type().Underlying().(*types.Map); isMap {
			k = m &^ mask(model.Headers)
			if m.labels()&model.Headers != 0 && keyScreened(in) {
				// A loop over headers that compares each name with a
				// credential header's (to skip or mask it) or looks it
				// up in a set of names: what it logs is screened.
				v = m &^ mask(model.Headers)
			}
		} else {
			k = 0 // a string's byte index
		}
		e.setTuple(in, []mask{0, k, v}, e.orig(rng.X))
	case *ssa.Send:
		e.add(key{e.root(in.Chan), whole}, e.taint(in.X), e.orig(in.X))
	case *ssa.Return:
		for _, r := range in.Results {
			if model.IsResponseType(r.Type()) {
				// The caller may check the response.
				e.noteCheck401()
			}
		}
		rs := e.results[fn]
		if rs == nil {
			rs = make([]mask, len(in.Results))
			e.results[fn] = rs
		}
		refused, refusedFrom := false, token.NoPos
		for _, r := range in.Results {
			if _, isConst := r.(*ssa.Const); !isConst && types.Identical(r.Type(), errorType) {
				refused, refusedFrom = e.refusedBranch(fn, in.Block())
				break
			}
		}
		for i, r := range in.Results {
			m := e.taint(r)
			if keyResult(r.Type()) && !isNilConst(r) {
				// A key of an unknown kind, beside the known ones or
				// as a keyfunc's key (see keyfuncLabels).
				if l := m.labels() & model.KeyLabels; l != 0 && !e.keysKnown(r, 0) || l == 0 && keyfuncShaped(fn.Signature) {
					m |= mask(model.KeyOther)
				}
			}
			if _, isConst := r.(*ssa.Const); refused && !isConst && types.Identical(r.Type(), errorType) {
				// An error returned where a token was refused (its
				// own sentinel instead of the library's error).
				m |= mask(model.TokenError)
				if !e.orig(r).IsValid() && i < len(rs) && !e.origin[key{fn, i}].IsValid() {
					e.origin[key{fn, i}] = refusedFrom
				}
			}
			if i < len(rs) && rs[i]|m != rs[i] {
				rs[i] |= m
				e.changed = true
				if p := e.orig(r); p.IsValid() && !e.origin[key{fn, i}].IsValid() {
					e.origin[key{fn, i}] = p
				}
			}
		}
	case *ssa.Panic:
		e.sinkHit(fn, nil, in.Pos(), nil, model.PanicSink, "panic", e.taint(in.X), e.orig(in.X), token.NoPos)
	}
}

// refusedBranch reports whether block b runs only where a token
// verification failed: it is dominated by the branch of an if testing a
// TokenError value against nil (err != nil: the then-branch; err == nil:
// the else-branch). It returns where the tested error comes from.
func (e *engine) refusedBranch(fn *ssa.Function, b *ssa.BasicBlock) (bool, token.Pos) {
	for _, t := range e.nilTestsOf(fn) {
		if t.branch.Dominates(b) && e.taint(t.x).labels()&model.TokenError != 0 {
			return true, e.orig(t.x)
		}
	}
	return false, token.NoPos
}

// nilTest is an if of a function testing an error against nil: branch
// runs when x is not nil.
type nilTest struct {
	x      ssa.Value
	branch *ssa.BasicBlock
}

// branchCompare returns the == or != comparison block b ends branching
// on (its Succs[0] is taken when it holds), or nil.
func branchCompare(b *ssa.BasicBlock) *ssa.BinOp {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 {
		return nil
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return nil
	}
	bin, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || bin.Op != token.NEQ && bin.Op != token.EQL {
		return nil
	}
	return bin
}

// nilTestsOf returns the error-against-nil tests of fn, computed once.
func (e *engine) nilTestsOf(fn *ssa.Function) []nilTest {
	if ts, ok := e.nilTests[fn]; ok {
		return ts
	}
	var ts []nilTest
	for _, p := range fn.Blocks {
		bin := branchCompare(p)
		if bin == nil {
			continue
		}
		x := bin.X
		if c, ok := x.(*ssa.Const); ok && c.IsNil() {
			x = bin.Y
		} else if c, ok := bin.Y.(*ssa.Const); !ok || !c.IsNil() {
			continue
		}
		if !types.Identical(x.Type(), errorType) {
			continue
		}
		succ := p.Succs[0]
		if bin.Op == token.EQL {
			succ = p.Succs[1]
		}
		ts = append(ts, nilTest{x: x, branch: succ})
	}
	if e.nilTests == nil {
		e.nilTests = make(map[*ssa.Function][]nilTest)
	}
	e.nilTests[fn] = ts
	return ts
}

func (e *engine) setTuple(v ssa.Value, ms []mask, from token.Pos) {
	old := e.tuples[v]
	if old == nil {
		old = make([]mask, len(ms))
		e.tuples[v] = old
	}
	for i, m := range ms {
		if i < len(old) && old[i]|m != old[i] {
			old[i] |= m
			e.changed = true
			if from.IsValid() && !e.origin[key{v, whole}].IsValid() {
				e.origin[key{v, whole}] = from
			}
		}
	}
}

// keyScreened reports whether the key of a range over a map (the Next
// instruction) is compared with a credential header's name (k ==
// "Authorization", strings.EqualFold(k, "authorization"), a switch) or
// looked up in a map (a set of names to redact), directly or after a
// normalization (strings.ToLower(k), http.CanonicalHeaderKey(k)).
func keyScreened(next *ssa.Next) bool {
	for _, r := range *next.Referrers() {
		ex, ok := r.(*ssa.Extract)
		if ok && ex.Index == 1 && screened(ex, 2) {
			return true
		}
	}
	return false
}

func screened(k ssa.Value, depth int) bool {
	for _, r := range *k.Referrers() {
		switch r := r.(type) {
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				continue
			}
			other := r.X
			if other == k {
				other = r.Y
			}
			if c, ok := constString(other); ok && model.HeaderKeyLabel(c) != 0 {
				return true
			}
		case *ssa.Lookup:
			if r.Index == k {
				return true
			}
		case *ssa.Call:
			sc := r.Call.StaticCallee()
			if sc == nil {
				continue
			}
			callee, _ := sc.Object().(*types.Func)
			if callee == nil {
				continue
			}
			switch model.HeaderNameFunc(callee) {
			case model.CompareName:
				for _, a := range r.Call.Args {
					if c, ok := constString(a); ok && model.HeaderKeyLabel(c) != 0 {
						return true
					}
				}
			case model.NormalizeName:
				if depth > 0 && screened(r, depth-1) {
					return true
				}
			}
		}
	}
	return false
}

// redacts reports whether a slice expression of a string keeps only part
// of it: a bounded prefix (s[:8]) or a suffix counted from the end
// (s[len(s)-4:]), the usual ways to show a secret partially.
func redacts(s *ssa.Slice) bool {
	if s.High != nil {
		return true
	}
	if b, ok := s.Low.(*ssa.BinOp); ok && b.Op == token.SUB {
		if c, ok := b.X.(*ssa.Call); ok {
			if bi, ok := c.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" {
				return true
			}
		}
	}
	return false
}

// calledFunc returns the function a call calls: the interface method of
// an invocation, the static callee's object otherwise (nil for a dynamic
// call, a builtin or a function literal).
func calledFunc(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if callee := c.StaticCallee(); callee != nil {
		fn, _ := callee.Object().(*types.Func)
		return fn
	}
	return nil
}

// callArgs returns the receiver (or nil) and the arguments of a call,
// and the arguments in the order of the callee's SSA parameters.
func callArgs(c *ssa.CallCommon) (recv ssa.Value, args, ssaArgs []ssa.Value) {
	if c.IsInvoke() {
		return c.Value, c.Args, append([]ssa.Value{c.Value}, c.Args...)
	}
	if c.Signature().Recv() != nil && len(c.Args) > 0 {
		return c.Args[0], c.Args[1:], c.Args
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok {
		if fn, ok := mc.Fn.(*ssa.Function); ok && strings.HasSuffix(fn.Name(), "$bound") && len(mc.Bindings) == 1 {
			return mc.Bindings[0], c.Args, c.Args
		}
	}
	return nil, c.Args, c.Args
}

func (e *engine) call(fn *ssa.Function, c *ssa.CallCommon, v ssa.Value) {
	recv, args, ssaArgs := callArgs(c)
	sig := c.Signature()
	out := make([]mask, sig.Results().Len())
	outFrom := make([]token.Pos, len(out))
	put := func(i int, m mask, from token.Pos) {
		if i < len(out) && m != 0 {
			out[i] |= m
			if !outFrom[i].IsValid() {
				outFrom[i] = from
			}
		}
	}
	defer func() {
		if v == nil {
			return
		}
		if len(out) == 1 {
			e.set(v, out[0], outFrom[0])
		} else if len(out) > 1 {
			first := token.NoPos
			for _, f := range outFrom {
				if f.IsValid() {
					first = f
					break
				}
			}
			e.setTuple(v, out, first)
		}
	}()

	if b, ok := c.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "append":
			for _, a := range c.Args {
				put(0, e.taint(a), e.orig(a))
			}
		case "copy":
			if len(c.Args) == 2 {
				e.add(key{e.root(c.Args[0]), whole}, e.taint(c.Args[1]), e.orig(c.Args[1]))
			}
		case "print", "println":
			// The builtins write to the standard error.
			for _, a := range c.Args {
				e.sinkHit(fn, c, c.Pos(), nil, model.StderrSink, b.Name(), e.taint(a), e.orig(a), token.NoPos)
			}
		}
		return
	}

	callee := c.StaticCallee()
	obj := calledFunc(c)
	info := e.flowInfo(obj)
	if info != nil && info.Sanitizer {
		return
	}
	e.handsResponse(c, callee, obj, args)

	// Function literals of this unit, called directly.
	if callee != nil && callee.Parent() != nil && e.unitOf[callee] == e.cur {
		for i, p := range callee.Params {
			if i < len(c.Args) {
				e.set(p, e.taint(c.Args[i]), e.orig(c.Args[i]))
			}
		}
		for i, m := range e.results[callee] {
			put(i, m, e.origin[key{callee, i}])
		}
		return
	}
	// Functions of this package.
	if callee != nil && e.byFn[callee] != nil {
		e.applyLocal(fn, c, e.byFn[callee], ssaArgs, put)
		return
	}
	// Method values and promoted methods: wrappers of a method of this
	// package.
	if callee != nil && callee.Synthetic != "" && obj != nil && obj.Pkg() == e.pass.Pkg {
		if u := e.byFn[e.funcValue(obj)]; u != nil {
			if recv != nil {
				ssaArgs = append([]ssa.Value{recv}, args...)
			}
			e.applyLocal(fn, c, u, ssaArgs, put)
			return
		}
	}
	if c.IsInvoke() {
		for _, impl := range e.implsOf(c.Method) {
			e.applyLocal(fn, c, e.byFn[impl], ssaArgs, put)
		}
		for _, impl := range e.importedImpls(c.Method) {
			e.applyFact(fn, c, impl, e.fact(impl), recv, args, put)
		}
	}
	if obj == nil || obj.Pkg() == nil {
		return
	}
	if obj.Pkg() == e.pass.Pkg && !c.IsInvoke() {
		return
	}

	// The model.
	modelled := false
	keyOf := func(i int) (string, bool) {
		if i < len(args) {
			return constString(args[i])
		}
		return "", false
	}
	var recvMask mask
	if recv != nil {
		recvMask = e.taint(recv)
	}
	if info.IsSource() {
		if l := info.Label(recvMask.labels(), keyOf); l != 0 {
			put(0, mask(l), c.Pos())
		}
		if i, short, l, long, reader := info.Fill(); i >= 0 && i < len(args) && (reader < 0 || reader < len(args) && isCryptoReader(args[reader])) {
			n, known := constLen(args[i])
			if known {
				if e.fillLens == nil {
					e.fillLens = make(map[token.Pos]int64)
				}
				e.fillLens[c.Pos()] = n
			}
			switch {
			case short == 0:
				e.fill(args[i], mask(l), c.Pos())
			case known && n < short:
				if !cipherNonce(args[i]) {
					e.fill(args[i], mask(l), c.Pos())
				}
			default:
				e.fill(args[i], mask(long), c.Pos())
			}
		}
		modelled = true
	}
	if info != nil && info.TokenErr >= 0 {
		// A token verification: its error says the token was refused.
		put(info.TokenErr, mask(model.TokenError), c.Pos())
	}
	if obj.Pkg() != e.pass.Pkg {
		e.parseLabels(c, obj, recv, recvMask, args, put)
	}
	if info != nil && info.WrapsErr {
		m, from := e.wrappedErrs(args)
		put(0, m, from)
	}
	argMask := func(skip map[int]bool) (mask, token.Pos) {
		var m mask
		from := token.NoPos
		for i, a := range args {
			am, af := e.argTaint(obj, args, i, a)
			m |= am
			if !from.IsValid() {
				from = af
			}
		}
		return m, from
	}
	var prop model.Propagation
	if info != nil {
		prop = info.Prop
	}
	// A propagator's error result does not carry the value
	// (json.Marshal(v) returns v's bytes, not v in its error).
	isErr := func(i int) bool { return types.Identical(sig.Results().At(i).Type(), errorType) }
	switch prop {
	case model.FromArgs:
		m, from := argMask(nil)
		for i := range out {
			if !isErr(i) {
				put(i, m, from)
			}
		}
		modelled = true
	case model.FromRecv:
		for i := range out {
			if !isErr(i) {
				put(i, recvMask, e.orig(recv))
			}
		}
		modelled = true
	case model.IntoRecv:
		if recv != nil {
			m, from := argMask(nil)
			e.store(recv, m, from)
			e.add(key{e.root(recv), whole}, m, from)
		}
		modelled = true
	case model.IntoFirst:
		if len(args) > 0 {
			var m mask
			from := token.NoPos
			for i := 1; i < len(args); i++ {
				am, af := e.argTaint(obj, args, i, args[i])
				m |= am
				if !from.IsValid() {
					from = af
				}
			}
			w := args[0]
			if mi, ok := w.(*ssa.MakeInterface); ok {
				w = mi.X
			}
			e.add(key{e.root(w), whole}, m, from)
		}
		modelled = true
	case model.FromAll:
		m, from := argMask(nil)
		for i := range out {
			if isErr(i) {
				continue
			}
			put(i, m|recvMask, from)
			if recv != nil {
				put(i, recvMask, e.orig(recv))
			}
		}
		modelled = true
	}
	if info != nil && info.Sink != nil {
		e.modelSink(fn, c, obj, info.Sink, recv, args)
		modelled = true
	}
	if modelled {
		return
	}
	if sum := e.fact(obj); sum != nil {
		e.applyFact(fn, c, obj, sum, recv, args, put)
		return
	}
	// An unmodelled method that renders its receiver.
	if recv != nil && len(args) == 0 && (obj.Name() == "String" || obj.Name() == "Error" || obj.Name() == "Bytes") {
		put(0, recvMask, e.orig(recv))
	}
}

// parseLabels labels what a call of obj, a function of another package,
// yields of a parsed token (model.ParseLabels): the result and claims
// destinations of a modelled parse (model.ParseCallLabels), and the
// claims read by a method of a parsed token (model.ClaimsLabel).
func (e *engine) parseLabels(c *ssa.CallCommon, obj *types.Func, recv ssa.Value, recvMask mask, args []ssa.Value, put func(int, mask, token.Pos)) {
	pc, cached := e.parseCalls[obj]
	if !cached {
		pc.res, pc.rl, pc.dests, pc.dl, pc.ok = model.ParseCallLabels(obj)
		e.parseCalls[obj] = pc
	}
	res, rl, dests, dl, ok := pc.res, pc.rl, pc.dests, pc.dl, pc.ok
	if !ok {
		if recvMask.labels()&model.ParseLabels == 0 {
			return
		}
		if recv == nil || obj.Signature().Results().Len() == 0 || types.Identical(obj.Signature().Results().At(0).Type(), errorType) {
			return
		}
		if l := model.ClaimsLabel(recvMask.labels(), recv.Type(), obj.Name()); l != 0 {
			put(0, mask(l), e.orig(recv))
		}
		return
	}
	if res >= 0 {
		put(res, mask(rl), c.Pos())
	}
	sig := obj.Signature()
	for _, d := range dests {
		end := d + 1
		if sig.Variadic() && d == sig.Params().Len()-1 {
			end = len(args)
		}
		for j := d; j < end && j < len(args); j++ {
			w := args[j]
			if mi, ok := w.(*ssa.MakeInterface); ok {
				w = mi.X
			}
			switch w.Type().Underlying().(type) {
			case *types.Pointer, *types.Map:
				// &claims, or a map the parse fills in (jwt.MapClaims{}).
				e.add(key{e.root(w), whole}, mask(dl), c.Pos())
			}
		}
	}
}

// guessable keeps only the predictable labels of m (model.Guessable):
// an index or an arithmetic operand passes them on, not a secret's.
func guessable(m mask) mask { return m & mask(model.Guessable) }

// fill labels the buffer b a source call reads into: the slice, or the
// array it slices.
func (e *engine) fill(b ssa.Value, m mask, from token.Pos) {
	if s, ok := b.(*ssa.Slice); ok {
		if _, isPtr := s.X.Type().Underlying().(*types.Pointer); isPtr {
			b = s.X
		}
	}
	e.add(key{e.root(b), whole}, m, from)
}

// isCryptoReader reports whether v is crypto/rand.Reader.
func isCryptoReader(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	ld, ok := v.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	g, ok := ld.X.(*ssa.Global)
	return ok && model.IsCryptoReader(g.Object())
}

// cipherNonce reports whether the buffer b (a slice, or the array it
// slices) is also given to a cipher as its nonce or IV
// (model.IsCipherNonceUse).
func cipherNonce(b ssa.Value) bool {
	vals := []ssa.Value{b}
	if s, ok := b.(*ssa.Slice); ok {
		vals = append(vals, s.X)
		for _, r := range *s.X.Referrers() {
			if rs, ok := r.(*ssa.Slice); ok && rs != s {
				vals = append(vals, rs)
			}
		}
	}
	for _, v := range vals {
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			call, ok := r.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if fn := calledFunc(call.Common()); fn != nil && model.IsCipherNonceUse(fn) {
				return true
			}
		}
	}
	return false
}

// constLen returns the length of a byte slice when it is a constant: a
// make([]byte, n), or a slice of a whole array (b[:]).
func constLen(v ssa.Value) (int64, bool) {
	switch v := v.(type) {
	case *ssa.MakeSlice:
		if c, ok := v.Len.(*ssa.Const); ok && c.Value != nil {
			return constant.Int64Val(constant.ToInt(c.Value))
		}
	case *ssa.Slice:
		// b[:], and make([]byte, 8), which SSA builds as new([8]byte)[:8].
		p, ok := v.X.Type().Underlying().(*types.Pointer)
		if !ok || v.Max != nil {
			return 0, false
		}
		if v.Low != nil {
			if c, ok := v.Low.(*ssa.Const); !ok || c.Value == nil || constant.Sign(c.Value) != 0 {
				return 0, false
			}
		}
		if v.High != nil {
			if c, ok := v.High.(*ssa.Const); ok && c.Value != nil {
				return constant.Int64Val(constant.ToInt(c.Value))
			}
			return 0, false
		}
		if a, ok := p.Elem().Underlying().(*types.Array); ok {
			return a.Len(), true
		}
	}
	return 0, false
}

// wrappedErrs returns what the error arguments of an error-wrapping call
// (fmt.Errorf, errors.Join) pass to its result: their model.ErrorLabels and
// the parameters they come from. Other arguments (a name quoted in the
// message) pass nothing: the call is an error sink for them.
func (e *engine) wrappedErrs(args []ssa.Value) (mask, token.Pos) {
	var m mask
	from := token.NoPos
	for _, a := range args {
		elems := variadicElems(a)
		if elems == nil {
			elems = []ssa.Value{a}
		}
		for _, el := range elems {
			x := el
			switch c := el.(type) {
			case *ssa.MakeInterface:
				x = c.X
			case *ssa.ChangeInterface:
				x = c.X
			}
			if !types.Implements(x.Type(), errorType.Underlying().(*types.Interface)) {
				continue
			}
			em := e.taint(el) & (mask(model.ErrorLabels) | ^mask(1<<paramShift-1))
			if em != 0 && !from.IsValid() {
				from = e.orig(el)
			}
			m |= em
		}
	}
	return m, from
}

// isZeroConst reports whether v is a constant zero value ("", a zero
// time.Time{}).
func isZeroConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok {
		return false
	}
	if c.Value == nil {
		return true
	}
	return c.Value.Kind() == constant.String && constant.StringVal(c.Value) == ""
}

// argTaint returns the labels of argument i of a call of fn, leaving out
// the elements of a printf-style variadic argument formatted with %T or %p.
func (e *engine) argTaint(fn *types.Func, args []ssa.Value, i int, a ssa.Value) (mask, token.Pos) {
	fi := -1
	if info := e.flowInfo(fn); info != nil {
		fi = info.Format
	}
	sig := fn.Type().(*types.Signature)
	if fi < 0 || !sig.Variadic() || i != sig.Params().Len()-1 || fi >= len(args) {
		return e.taint(a), e.orig(a)
	}
	format, ok := constString(args[fi])
	elems := variadicElems(a)
	if !ok || elems == nil {
		return e.taint(a), e.orig(a)
	}
	verbs := formatVerbs(format)
	var m mask
	from := token.NoPos
	for j, el := range elems {
		if j < len(verbs) && (verbs[j] == 'T' || verbs[j] == 'p') {
			continue
		}
		m |= e.taint(el)
		if !from.IsValid() {
			from = e.orig(el)
		}
	}
	return m, from
}

// variadicElems returns the values stored into the elements of a
// variadic argument built by the compiler (a slice of a new array), or
// nil.
func variadicElems(v ssa.Value) []ssa.Value {
	s, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	arr, ok := alloc.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Array)
	if !ok {
		return nil
	}
	elems := make([]ssa.Value, arr.Len())
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			return nil
		}
		n, _ := constant.Int64Val(idx.Value)
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok && st.Addr == ia && int(n) < len(elems) {
				elems[n] = st.Val
			}
		}
	}
	for _, el := range elems {
		if el == nil {
			return nil
		}
	}
	return elems
}

// formatVerbs returns the verb of each argument of a printf format, in
// order (explicit argument indexes give up: nil).
func formatVerbs(format string) []rune {
	var verbs []rune
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.ContainsRune("+-# 0123456789.*", rune(format[i])) {
			if format[i] == '*' {
				verbs = append(verbs, '*')
			}
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '[' {
			return nil
		}
		if format[i] == '%' {
			continue
		}
		verbs = append(verbs, rune(format[i]))
	}
	return verbs
}

func (e *engine) modelSink(fn *ssa.Function, c *ssa.CallCommon, obj *types.Func, s *model.Sink, recv ssa.Value, args []ssa.Value) {
	kind := s.Kind
	if s.Writer > 0 {
		if s.Writer-1 >= len(args) {
			return
		}
		stream := stdStream(args[s.Writer-1])
		if stream == nil {
			return
		}
		if kind == model.StdoutSink && model.IsStderr(stream) {
			kind = model.StderrSink
		}
	}
	if s.Key > 0 {
		// A header set: the Authorization header only.
		if k, ok := keyArg(args, s.Key-1); !ok || !model.IsBearerHeader(k) {
			return
		}
	}
	name := model.DisplayName(obj)
	for i, a := range args {
		if !s.SinkArg(i) {
			continue
		}
		m, from := e.argTaint(obj, args, i, a)
		if kind == model.BearerSink {
			m |= e.tokenParams(a, 0)
		}
		e.sinkHit(fn, c, c.Pos(), obj, kind, name, m, from, token.NoPos)
	}
	if s.Recv && recv != nil {
		e.sinkHit(fn, c, c.Pos(), obj, kind, name, e.taint(recv), e.orig(recv), token.NoPos)
	}
	if s.Status > 0 && s.Status-1 < len(args) {
		// Only the parameters count: a status carries no token.
		if p := e.taint(args[s.Status-1]).params(); p != 0 {
			e.sinkHit(fn, c, c.Pos(), obj, model.StatusSink, name, p, token.NoPos, token.NoPos)
		}
	}
}

func keyArg(args []ssa.Value, i int) (string, bool) {
	if i >= len(args) {
		return "", false
	}
	return constString(args[i])
}

// tokenParams returns the parameters of an expiring token type
// (*oauth2.Token) whose access token v is read from, maybe concatenated
// or formatted ("Bearer "+tok.AccessToken): the field's label replaces
// the token's parameter in its load (see load), but a hand-set
// Authorization header is judged at the callers, from where the token
// they pass comes from.
func (e *engine) tokenParams(v ssa.Value, depth int) mask {
	if depth > 4 {
		return 0
	}
	param := func(x ssa.Value, field int) mask {
		f, _ := fieldVar(x.Type(), field)
		if f == nil || model.TokenFieldRole(x.Type(), f.Name()) != model.TokenAccess {
			return 0
		}
		if _, ok := e.root(x).(*ssa.Parameter); !ok {
			return 0
		}
		return e.taint(x).params()
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return e.tokenParams(v.X, depth+1) | e.tokenParams(v.Y, depth+1)
		}
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			return param(fa.X, fa.Field)
		}
	case *ssa.Field:
		return param(v.X, v.Field)
	case *ssa.MakeInterface:
		return e.tokenParams(v.X, depth+1)
	case *ssa.Call:
		if f, ok := v.Call.Value.(*ssa.Function); ok {
			if obj, _ := f.Object().(*types.Func); obj != nil && model.LookupPropagation(obj) == model.FromArgs {
				var m mask
				for _, a := range v.Call.Args {
					for _, x := range append(variadicElems(a), a) {
						m |= e.tokenParams(x, depth+1)
					}
				}
				return m
			}
		}
	}
	return 0
}

// check401 notes a comparison of a response's status: b compares it with
// 401 (resp.StatusCode == http.StatusUnauthorized, a switch case). The
// unit checks for 401; the response's parameters reach a 401 check.
func (e *engine) check401(fn *ssa.Function, b *ssa.BinOp) {
	if e.cur == nil {
		return
	}
	var resp ssa.Value
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		c, ok := pair[1].(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
			continue
		}
		if n, exact := constant.Int64Val(c.Value); !exact || n != model.UnauthorizedStatus {
			continue
		}
		switch x := pair[0].(type) {
		case *ssa.UnOp:
			if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
				if f, _ := fieldVar(fa.X.Type(), fa.Field); f != nil && model.IsResponseStatus(fa.X.Type(), f.Name()) {
					resp = fa.X
				}
			}
		case *ssa.Field:
			if f, _ := fieldVar(x.X.Type(), x.Field); f != nil && model.IsResponseStatus(x.X.Type(), f.Name()) {
				resp = x.X
			}
		}
	}
	if resp == nil {
		return
	}
	e.noteCheck401()
	if p := e.taint(resp).params(); p != 0 {
		e.sinkHit(fn, nil, b.Pos(), nil, model.UnauthorizedCheck, "StatusCode", p, token.NoPos, token.NoPos)
	}
}

// handsResponse notes a response handed to a function the engine cannot
// see into (of another package, without a summary; an interface
// method): it may check it for 401. What a function of the package, or
// one with a summary, does with it is known (UnauthorizedCheck).
func (e *engine) handsResponse(c *ssa.CallCommon, callee *ssa.Function, obj *types.Func, args []ssa.Value) {
	hands := false
	for _, a := range args {
		hands = hands || model.IsResponseType(a.Type())
	}
	if !hands {
		return
	}
	if callee != nil && (e.byFn[callee] != nil || callee.Parent() != nil && e.unitOf[callee] == e.cur) {
		return
	}
	if obj != nil && !c.IsInvoke() && obj.Pkg() != nil && obj.Pkg() != e.pass.Pkg && e.fact(obj) != nil {
		return
	}
	e.noteCheck401()
}

// noteCheck401 says the current unit checks a response for 401.
func (e *engine) noteCheck401() {
	if e.cur != nil && !e.cur.checks401 {
		e.cur.checks401 = true
		e.changed = true
	}
}

// stdStream returns os.Stdout or os.Stderr if v is one of them, or nil.
func stdStream(v ssa.Value) types.Object {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	ld, ok := v.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return nil
	}
	g, ok := ld.X.(*ssa.Global)
	if !ok || !model.IsStdStream(g.Object()) {
		return nil
	}
	return g.Object()
}

// sinkHit records a value m reaching a sink at pos: a flow if it carries
// labels (recorded in the final round), a summary sink for the
// parameters it comes from.
func (e *engine) sinkHit(fn *ssa.Function, c *ssa.CallCommon, pos token.Pos, callee *types.Func, kind model.SinkKind, name string, m mask, from, via token.Pos) {
	if m == 0 {
		return
	}
	// A crypto/rand value alone is no flow: it only clears a
	// predictable one it is mixed with (model.StrongRandom).
	if l := m.labels() & model.ReportedLabels(kind); l&^model.StrongRandom != 0 && e.final {
		e.hits = append(e.hits, hit{pos: pos, call: c, callee: callee, kind: kind, sink: name, label: l, source: from, via: via, fn: fn})
	}
	if p := m.params(); p != 0 && e.cur != nil {
		sinkAt := via
		if !sinkAt.IsValid() {
			sinkAt = e.callStart(pos)
		}
		for i := 0; i < 31; i++ {
			if p&paramBit(i) == 0 {
				continue
			}
			ps := psink{param: i, kind: kind, name: name, pos: sinkAt}
			if !e.cur.psinks[ps] {
				e.cur.psinks[ps] = true
				e.cur.plist = append(e.cur.plist, ps)
				e.changed = true
			}
		}
	}
}

// applyLocal applies what a function of this package does to a call of it.
func (e *engine) applyLocal(fn *ssa.Function, c *ssa.CallCommon, u *unit, ssaArgs []ssa.Value, put func(int, mask, token.Pos)) {
	if u == nil {
		return
	}
	argAt := func(i int) ssa.Value {
		if i < len(ssaArgs) {
			return ssaArgs[i]
		}
		return nil
	}
	for j, m := range e.results[u.fn] {
		if l := m.labels(); l != 0 {
			put(j, mask(l), e.sourceThrough(c, u.fn, j))
		}
		for i := 0; i < 31; i++ {
			if m&paramBit(i) != 0 {
				if a := argAt(i); a != nil {
					put(j, e.taint(a), e.orig(a))
				}
			}
		}
	}
	for _, ps := range u.plist {
		if ps.kind == model.BearerSink && u.checks401 {
			continue
		}
		if a := argAt(ps.param); a != nil {
			if ps.kind == model.UnauthorizedCheck {
				e.noteCheck401()
			}
			e.sinkHit(fn, c, c.Pos(), u.fn.Object().(*types.Func), ps.kind, ps.name, e.taint(a), e.orig(a), ps.pos)
		}
	}
}

// sourceThrough returns the source of result j of a local function, or the
// call's position.
func (e *engine) sourceThrough(c *ssa.CallCommon, fn *ssa.Function, j int) token.Pos {
	if p := e.origin[key{fn, j}]; p.IsValid() {
		return p
	}
	return c.Pos()
}

func (e *engine) fact(obj *types.Func) *Summary {
	if s, ok := e.facts[obj]; ok {
		return s
	}
	var s *Summary
	if obj.Pkg() != e.pass.Pkg {
		f := new(Summary)
		if e.pass.ImportObjectFact(obj.Origin(), f) {
			s = f
		}
	}
	e.facts[obj] = s
	return s
}

func (e *engine) applyFact(fn *ssa.Function, c *ssa.CallCommon, obj *types.Func, s *Summary, recv ssa.Value, args []ssa.Value, put func(int, mask, token.Pos)) {
	argAt := func(p int) ssa.Value {
		if p < 0 {
			return recv
		}
		if p < len(args) {
			return args[p]
		}
		return nil
	}
	for j, l := range s.Results {
		put(j, mask(l), c.Pos())
	}
	for _, f := range s.Flows {
		if a := argAt(f.Param); a != nil {
			put(f.Result, e.taint(a), e.orig(a))
		}
	}
	for _, k := range s.Sinks {
		if a := argAt(k.Param); a != nil {
			if k.Kind == model.UnauthorizedCheck {
				e.noteCheck401()
			}
			e.sinkHit(fn, c, c.Pos(), obj, k.Kind, k.Name, e.taint(a), e.orig(a), SinkPos(e.pass.Fset, obj, k))
		}
	}
}

// implsOf returns the methods of this package's types that implement the
// interface method m.
func (e *engine) implsOf(m *types.Func) []*ssa.Function {
	if fs, ok := e.impls[m]; ok {
		return fs
	}
	var fs []*ssa.Function
	recv := m.Type().(*types.Signature).Recv()
	if recv != nil {
		if iface, ok := recv.Type().Underlying().(*types.Interface); ok {
			implementers(e.pass.Pkg.Scope(), iface, func(t types.Type) {
				if f := e.methodValue(t, m); f != nil && e.byFn[f] != nil {
					fs = append(fs, f)
				}
			})
		}
	}
	e.impls[m] = fs
	return fs
}

// implementers calls f with each named type of scope, or the pointer to
// it, that implements iface (the type itself when both do).
func implementers(scope *types.Scope, iface *types.Interface, f func(types.Type)) {
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if types.Implements(t, iface) {
				f(t)
				break
			}
		}
	}
}

// importedImpls returns the methods with a summary, of the types of the
// packages of the analyzed module that this package imports, that
// implement the interface method m.
func (e *engine) importedImpls(m *types.Func) []*types.Func {
	if fs, ok := e.ximpls[m]; ok {
		return fs
	}
	var fs []*types.Func
	recv := m.Type().(*types.Signature).Recv()
	iface, _ := recv.Type().Underlying().(*types.Interface)
	if iface != nil && e.pass.Module != nil && e.pass.Module.Path != "" {
		for _, imp := range e.pass.Pkg.Imports() {
			if !inModule(imp.Path(), e.pass.Module.Path) || !e.pass.ImportPackageFact(imp, new(hasSummaries)) && !e.hasFacts(imp) {
				continue
			}
			implementers(imp.Scope(), iface, func(t types.Type) {
				obj, _, _ := types.LookupFieldOrMethod(t, true, m.Pkg(), m.Name())
				if impl, ok := obj.(*types.Func); ok && e.fact(impl) != nil {
					fs = append(fs, impl)
				}
			})
		}
	}
	e.ximpls[m] = fs
	return fs
}

// hasFacts reports whether any object fact of the flow engine was
// imported from package pkg (a package whose functions have summaries but
// none with labelled results has no hasSummaries fact).
func (e *engine) hasFacts(pkg *types.Package) bool {
	if v, ok := e.factPkgs[pkg]; ok {
		return v
	}
	if e.factPkgs == nil {
		e.factPkgs = make(map[*types.Package]bool)
		for _, f := range e.pass.AllObjectFacts() {
			if f.Object.Pkg() != nil {
				e.factPkgs[f.Object.Pkg()] = true
			}
		}
	}
	return e.factPkgs[pkg]
}

func inModule(path, mod string) bool {
	return path == mod || strings.HasPrefix(path, mod+"/")
}

// summaryFact returns the summary of a unit's function for its callers.
func (e *engine) summaryFact(u *unit) *Summary {
	s := &Summary{}
	fn := u.fn
	obj, _ := fn.Object().(*types.Func)
	isMethod := obj != nil && obj.Type().(*types.Signature).Recv() != nil
	typesIndex := func(i int) int {
		if isMethod {
			return i - 1
		}
		return i
	}
	rs := e.results[fn]
	for j, m := range rs {
		l := m.labels()
		if l&(model.KeyLabels&^model.KeyOther) == 0 {
			l &^= model.KeyOther // no key: nothing to say
		}
		if l != 0 {
			if s.Results == nil {
				s.Results = make([]model.Label, len(rs))
			}
			s.Results[j] = l
		}
		for i := 0; i < 31; i++ {
			if m&paramBit(i) != 0 {
				s.Flows = append(s.Flows, ParamFlow{Param: typesIndex(i), Result: j})
			}
		}
	}
	if obj != nil && obj.Pos().IsValid() {
		base := e.pass.Fset.Position(obj.Pos())
		for _, ps := range u.plist {
			if ps.kind == model.BearerSink && u.checks401 {
				continue
			}
			p := e.pass.Fset.Position(ps.pos)
			file := ""
			if p.Filename != base.Filename {
				file = p.Filename
			}
			s.Sinks = append(s.Sinks, ParamSink{Param: typesIndex(ps.param), Kind: ps.kind, Name: ps.name, File: file, Line: p.Line - base.Line, Col: p.Column})
		}
	}
	return s
}

// callStart returns the start of the call whose left parenthesis is at
// pos (an SSA call's position), or pos.
func (e *engine) callStart(pos token.Pos) token.Pos {
	if e.calls == nil {
		e.calls = make(map[token.Pos]*ast.CallExpr)
		for _, f := range e.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					e.calls[c.Lparen] = c
				}
				return true
			})
		}
	}
	if c := e.calls[pos]; c != nil {
		return c.Pos()
	}
	return pos
}

// flows turns the final round's hits into flows: one per call, sink and
// argument position, at the call's start.
func (e *engine) flows() []*Flow {
	if len(e.hits) == 0 {
		return nil
	}
	type fkey struct {
		pos  token.Pos
		sink string
	}
	seen := make(map[fkey]*Flow)
	var out []*Flow
	for _, h := range e.hits {
		if u := e.unitOf[h.fn]; h.kind == model.BearerSink && u != nil && u.checks401 {
			// The response is checked for 401 (see check401).
			continue
		}
		pos := e.callStart(h.pos)
		k := fkey{pos, h.sink}
		if f := seen[k]; f != nil {
			f.Label |= h.label
			continue
		}
		f := &Flow{Pos: pos, Call: h.call, Callee: h.callee, Kind: h.kind, Sink: h.sink, Label: h.label, Source: h.source, Via: h.via, Fn: h.fn}
		seen[k] = f
		out = append(out, f)
	}
	sortFlows(out)
	return out
}

// instrs yields the instructions of the package's followed functions
// (with their unit), in order.
func (e *engine) instrs() iter.Seq2[*unit, ssa.Instruction] {
	return func(yield func(*unit, ssa.Instruction) bool) {
		for _, u := range e.units {
			for _, fn := range u.fns {
				for _, b := range fn.Blocks {
					for _, instr := range b.Instrs {
						if !yield(u, instr) {
							return
						}
					}
				}
			}
		}
	}
}

// exprLabels returns the labels of the package's expressions that carry
// one, from the SSA's debug references.
func (e *engine) exprLabels() map[ast.Expr]exprLabel {
	m := make(map[ast.Expr]exprLabel)
	for _, instr := range e.instrs() {
		ref, ok := instr.(*ssa.DebugRef)
		if !ok {
			continue
		}
		var l model.Label
		var src token.Pos
		if ref.IsAddr {
			ms, from := e.load(ref.X)
			l, src = ms.labels(), from
		} else {
			l, src = e.taint(ref.X).labels(), e.orig(ref.X)
		}
		if l != 0 {
			old := m[ref.Expr]
			m[ref.Expr] = exprLabel{label: old.label | l, source: cmpOr(old.source, src)}
		}
	}
	return m
}

func cmpOr(a, b token.Pos) token.Pos {
	if a.IsValid() {
		return a
	}
	return b
}

// release drops the bodies of the package's functions but keep (see
// keepForUses) once the flows and expression labels are known: the run's shared program keeps the
// functions (other packages call them) but not their instructions.
func (e *engine) release(keep []*ssa.Function) {
	defer lockProgram(e.pass.Fset)()
	kept := make(map[*ssa.Function]bool, len(keep))
	for _, fn := range keep {
		kept[fn] = true
	}
	for _, u := range e.units {
		for _, fn := range u.fns {
			if kept[fn] {
				continue // for Result.UsesOf
			}
			// Parameters and free variables list the instructions
			// that use them.
			fn.Blocks, fn.Locals, fn.Recover, fn.Params, fn.FreeVars = nil, nil, nil, nil, nil
		}
	}
	e.val, e.origin, e.tuples, e.results, e.nilTests = nil, nil, nil, nil, nil
}

// keyResult reports whether a value of type t may be a keyfunc's key: an
// empty interface (any, crypto.PublicKey).
func keyResult(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.Empty()
}

// keysKnown reports whether every value a returned key v may be is a
// key known by its labels: a key put in the interface here (labelled by
// its type), a constant, or the result of a call whose labels say what
// its keys are; not another value put in the interface (a []byte), one
// read from memory (a field, a map, a global: what other functions
// stored there may be of any kind) or a parameter.
func (e *engine) keysKnown(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.MakeInterface:
		if _, isConst := v.X.(*ssa.Const); isConst {
			return true // jwt.UnsafeAllowNoneSignatureType: reported on its own
		}
		return e.taint(v.X).labels()&model.KeyLabels != 0
	case *ssa.ChangeInterface:
		return e.keysKnown(v.X, depth+1)
	case *ssa.Phi:
		for _, ed := range v.Edges {
			if !e.keysKnown(ed, depth+1) {
				return false
			}
		}
		return true
	case *ssa.Call, *ssa.Extract:
		return e.taint(v).labels()&model.KeyLabels != 0
	}
	return false
}

func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

// keyfuncLabels returns the key labels of a keyfunc used as a value (a
// function, a function literal, a method value): those of the keys it
// returns, so that a keyfunc passed around or returned by a factory
// carries them. A keyfunc of another package without a summary (a
// library's, one of an unfollowed package) returns keys of unknown kinds.
// Other functions have none.
func (e *engine) keyfuncLabels(f *ssa.Function) model.Label {
	if !keyfuncShaped(f.Signature) {
		return 0
	}
	if f.Synthetic != "" {
		// A method value's wrapper: the method's labels.
		obj, ok := f.Object().(*types.Func)
		if !ok {
			return model.KeyOther
		}
		if obj.Pkg() != e.pass.Pkg {
			return e.importedKeyfuncLabels(obj)
		}
		if f = e.funcValue(obj); f == nil {
			return model.KeyOther // an interface's method
		}
	}
	if e.unitOf[f] != nil {
		if rs := e.results[f]; len(rs) > 0 {
			return rs[0].labels() & model.KeyLabels
		}
		return 0
	}
	obj, ok := f.Object().(*types.Func)
	if !ok || obj.Pkg() == e.pass.Pkg {
		return model.KeyOther
	}
	return e.importedKeyfuncLabels(obj)
}

func (e *engine) importedKeyfuncLabels(obj *types.Func) model.Label {
	if s := e.fact(obj); s != nil && len(s.Results) > 0 && s.Results[0]&model.KeyLabels != 0 {
		return s.Results[0] & model.KeyLabels
	}
	return model.KeyOther
}
