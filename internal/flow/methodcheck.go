package flow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/tokenvet/tokenvet/internal/handjwt"
	"github.com/tokenvet/tokenvet/internal/model"
)

// The method check, for jwtalg's keyfuncs across packages: whether a
// function given a golang-jwt token inspects the token's signing method
// before a key is used (Summary.ChecksMethod). It is read off the SSA of
// the function: a value of the token's Method field or its "alg" header
// that is type-asserted (a method), compared with something other than
// "none", "" or nil (switches are comparisons in SSA), used as a map key,
// returned (a helper handing the alg to its caller) or passed to a
// function other than a formatter, through conversions and the Alg()
// method; or the token, or its whole header, handed to a function that
// checks, or might (an interface method, a function value, a function of
// another module, a JWKS library's keyfunc). A function returning keyfuncs
// checks when every keyfunc it returns does (or cannot be known not to).

// methodChecker memoizes the method checks of the package's functions.
type methodChecker struct {
	e    *engine
	memo map[*ssa.Function]bool
	busy map[*ssa.Function]bool
}

func newMethodChecker(e *engine) *methodChecker {
	return &methodChecker{e: e, memo: make(map[*ssa.Function]bool), busy: make(map[*ssa.Function]bool)}
}

// checks reports whether fn, a function of the package, checks the
// method of the tokens it is given, or returns keyfuncs that all do.
func (mc *methodChecker) checks(fn *ssa.Function) bool {
	if v, ok := mc.memo[fn]; ok {
		return v
	}
	if mc.busy[fn] || fn.Blocks == nil {
		return false // recursion: no check until the body says so
	}
	mc.busy[fn] = true
	v := false
	if returnsKeyfunc(fn.Signature) {
		v = mc.returnsChecking(fn)
	} else {
		for _, p := range fn.Params {
			if model.IsTokenType(p.Type()) && mc.tokenChecked(p, 0) {
				v = true
				break
			}
		}
	}
	mc.busy[fn] = false
	mc.memo[fn] = v
	return v
}

// returnsChecking reports whether every keyfunc fn returns checks.
func (mc *methodChecker) returnsChecking(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for _, r := range ret.Results {
			if _, isFunc := r.Type().Underlying().(*types.Signature); isFunc && !mc.valueChecks(r, 0) {
				return false
			}
		}
	}
	return true
}

// valueChecks reports whether the keyfunc value v checks, or cannot be
// known not to.
func (mc *methodChecker) valueChecks(v ssa.Value, depth int) bool {
	if depth > 6 {
		return true
	}
	switch v := v.(type) {
	case *ssa.Const:
		return true // nil
	case *ssa.Function:
		return mc.funcChecks(v)
	case *ssa.MakeClosure:
		return mc.funcChecks(v.Fn.(*ssa.Function))
	case *ssa.ChangeType:
		return mc.valueChecks(v.X, depth+1)
	case *ssa.Phi:
		for _, ed := range v.Edges {
			if !mc.valueChecks(ed, depth+1) {
				return false
			}
		}
		return true
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil && !v.Call.IsInvoke() {
			return mc.funcChecks(callee)
		}
	}
	return true // a parameter, a field, an interface call: unknown
}

// funcChecks reports whether the function f (a keyfunc, a token helper or
// a factory; a method value's wrapper stands for its method) checks, or
// cannot be known not to.
func (mc *methodChecker) funcChecks(f *ssa.Function) bool {
	obj, _ := f.Object().(*types.Func)
	if f.Synthetic != "" && obj != nil && obj.Pkg() == mc.e.pass.Pkg {
		if g := mc.e.funcValue(obj); g != nil {
			f = g
		}
	}
	if mc.e.unitOf[f] != nil {
		return mc.checks(f)
	}
	if obj == nil {
		return true
	}
	return mc.e.importedChecks(obj)
}

// importedChecks reports whether a function of another package checks, or
// cannot be known not to: a library keyfunc does; another library function
// does not; a function of the module says so in its summary; one of
// another module cannot be known.
func (e *engine) importedChecks(obj *types.Func) bool {
	obj = obj.Origin()
	if model.IsLibraryKeyfunc(obj) {
		return true
	}
	if model.FuncName(obj) != "" {
		return false
	}
	if recv := obj.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return true
	}
	if obj.Pkg() == e.pass.Pkg {
		return false // a function without a body here
	}
	if !ModulePackage(e.pass, obj.Pkg()) {
		return true
	}
	s := e.fact(obj)
	return s != nil && s.ChecksMethod
}

// ModulePackage reports whether pkg, another package than the one of
// pass, belongs to the module under analysis, whose packages are all
// followed in every driver: a function of it whose summary does not say
// ChecksMethod is known not to check. Token libraries do not belong to
// it, nor do other modules.
func ModulePackage(pass *analysis.Pass, pkg *types.Package) bool {
	path := pkg.Path()
	if model.IsTokenPackage(path) {
		return false
	}
	if m := pass.Module; m != nil && m.Path != "" {
		return inModule(path, m.Path)
	}
	// No module information (GOPATH-style test data): packages whose
	// first path element is not a domain are the program's.
	first, _, _ := strings.Cut(path, "/")
	if !strings.Contains(first, ".") {
		return true
	}
	return pathPrefix(path, 3) == pathPrefix(pass.Pkg.Path(), 3)
}

func pathPrefix(path string, n int) string {
	parts := strings.SplitN(path, "/", n+1)
	if len(parts) > n {
		parts = parts[:n]
	}
	return strings.Join(parts, "/")
}

// tokenChecked reports whether the token value tok has its method
// checked.
func (mc *methodChecker) tokenChecked(tok ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, r := range referrers(tok) {
		switch r := r.(type) {
		case *ssa.FieldAddr:
			if mc.fieldChecked(tok.Type(), r.X.Type(), r.Field, r, true) {
				return true
			}
		case *ssa.Field:
			if mc.fieldChecked(tok.Type(), r.X.Type(), r.Field, r, false) {
				return true
			}
		case *ssa.Phi, *ssa.ChangeType:
			if mc.tokenChecked(r.(ssa.Value), depth+1) {
				return true
			}
		case ssa.CallInstruction:
			c := r.Common()
			if c.Value == tok {
				continue
			}
			for i, a := range c.Args {
				if a == tok && mc.delegates(c, i) {
					return true
				}
			}
		}
	}
	return false
}

// fieldChecked reports whether the field f of a token (through a pointer
// if addr) read at v is its method or alg header, checked.
func (mc *methodChecker) fieldChecked(tokType, xType types.Type, f int, v ssa.Value, addr bool) bool {
	fv, _ := fieldVar(xType, f)
	if fv == nil {
		return false
	}
	var vals []ssa.Value
	if addr {
		for _, r := range referrers(v) {
			if ld, ok := r.(*ssa.UnOp); ok && ld.Op == token.MUL {
				vals = append(vals, ld)
			}
		}
	} else {
		vals = []ssa.Value{v}
	}
	switch model.LookupTokenField(tokType, fv.Name()) {
	case model.MethodField:
		for _, x := range vals {
			if mc.algChecked(x, true, 0) {
				return true
			}
		}
	case model.HeaderField:
		for _, x := range vals {
			for _, r := range referrers(x) {
				switch r := r.(type) {
				case *ssa.Lookup:
					if s, ok := constString(r.Index); ok && s == "alg" && r.X == x {
						if mc.algChecked(r, false, 0) {
							return true
						}
					}
				case ssa.CallInstruction:
					// The whole header handed over.
					if c := r.Common(); c.Value != x && !mc.formats(c) {
						return true
					}
				}
			}
		}
	}
	return false
}

// algChecked reports whether v, a token's method (isMethod) or alg, is
// checked.
func (mc *methodChecker) algChecked(v ssa.Value, isMethod bool, depth int) bool {
	if depth > 6 {
		return false
	}
	for _, r := range referrers(v) {
		switch r := r.(type) {
		case *ssa.TypeAssert:
			if isMethod {
				return true
			}
			if mc.algChecked(r, false, depth+1) {
				return true
			}
		case *ssa.Extract:
			if r.Index == 0 && mc.algChecked(r, isMethod, depth+1) {
				return true
			}
		case *ssa.BinOp:
			if r.Op != token.EQL && r.Op != token.NEQ {
				continue
			}
			other := r.X
			if other == v {
				other = r.Y
			}
			if s, ok := constString(other); ok && s == "" {
				continue
			}
			if !mc.isNone(other) && !isNilConst(other) {
				return true
			}
		case *ssa.Lookup:
			if r.Index == v {
				return true
			}
		case *ssa.Return:
			return true
		case *ssa.Phi, *ssa.ChangeType, *ssa.Convert, *ssa.MakeInterface, *ssa.ChangeInterface:
			if mc.algChecked(r.(ssa.Value), isMethod, depth+1) {
				return true
			}
		case ssa.CallInstruction:
			c := r.Common()
			if c.IsInvoke() && c.Value == v {
				// t.Method.Alg(): the alg's name.
				if isMethod && model.IsSigningMethodAlg(c.Method.Name()) && len(c.Args) == 0 {
					if call, ok := r.(*ssa.Call); ok && mc.algChecked(call, false, depth+1) {
						return true
					}
				}
				continue
			}
			if c.Value == v {
				continue
			}
			if !mc.formats(c) && !mc.algSink(c) {
				return true
			}
		}
	}
	return false
}

// isNone reports whether v stands for the "none" algorithm: the string
// "none", a none signing method, or its Alg().
func (mc *methodChecker) isNone(v ssa.Value) bool {
	if s, ok := constString(v); ok {
		return s == "none"
	}
	switch v := v.(type) {
	case *ssa.MakeInterface:
		return mc.isNone(v.X)
	case *ssa.UnOp:
		if g, ok := v.X.(*ssa.Global); ok && v.Op == token.MUL {
			return model.LookupNone(g.Object()) != 0
		}
	case *ssa.Const:
		return false
	case *ssa.Call:
		if v.Call.IsInvoke() && model.IsSigningMethodAlg(v.Call.Method.Name()) {
			return mc.isNone(v.Call.Value)
		}
	}
	return false
}

// formats reports whether the call only formats, logs or records its
// arguments.
func (mc *methodChecker) formats(c *ssa.CallCommon) bool {
	fn := calledFunc(c)
	return fn != nil && model.ChecksNoArgument(fn)
}

// algSink reports whether the call is one that takes an alg to sign or
// verify with (not a check).
func (mc *methodChecker) algSink(c *ssa.CallCommon) bool {
	fn := calledFunc(c)
	return fn != nil && model.AlgSinkArg(fn) >= 0
}

// delegates reports whether the call, receiving the token as argument i,
// checks its method, or might.
func (mc *methodChecker) delegates(c *ssa.CallCommon, i int) bool {
	if mc.formats(c) {
		return false
	}
	if c.IsInvoke() {
		return true
	}
	f := c.StaticCallee()
	if f == nil {
		return true // a function value
	}
	if f.Parent() != nil || mc.e.unitOf[f] != nil {
		if f.Parent() != nil {
			// A literal: its parameter (its free variables follow
			// the token only through the enclosing function).
			if i < len(f.Params) && mc.tokenChecked(f.Params[i], 1) {
				return true
			}
			return false
		}
	}
	obj, _ := f.Object().(*types.Func)
	if obj == nil {
		return true
	}
	obj = obj.Origin()
	if model.IsLibraryKeyfunc(obj) {
		return true
	}
	if model.FuncName(obj) != "" {
		return false // another library function: it does not check for us
	}
	sig := obj.Signature()
	pi := i
	if sig.Recv() != nil {
		pi-- // the receiver is argument 0 of a static method call
		if pi < 0 {
			return true
		}
	}
	if n := sig.Params().Len(); n == 0 || !model.IsTokenType(sig.Params().At(min(pi, n-1)).Type()) {
		return true // takes it as something else: cannot tell
	}
	if mc.e.unitOf[f] != nil {
		return mc.checks(f)
	}
	return mc.e.importedChecks(obj)
}

// tokenResultChecks applies the method check to the token results of the
// calls of the package's followed functions (see Result.TokenChecked).
func (e *engine) tokenResultChecks(mc *methodChecker) map[callResult]bool {
	var out map[callResult]bool
	for _, instr := range e.instrs() {
		call, ok := instr.(*ssa.Call)
		if !ok || !call.Pos().IsValid() {
			continue
		}
		record := func(i int, v ssa.Value) {
			if out == nil {
				out = make(map[callResult]bool)
			}
			k := callResult{call.Pos(), i}
			out[k] = out[k] || v != nil && mc.tokenChecked(v, 0)
		}
		if tup, ok := call.Type().(*types.Tuple); ok {
			for i := range tup.Len() {
				if model.IsTokenType(tup.At(i).Type()) {
					record(i, nil) // a result never read is not checked
				}
			}
			for _, r := range referrers(call) {
				if x, ok := r.(*ssa.Extract); ok && x.Index < tup.Len() && model.IsTokenType(tup.At(x.Index).Type()) {
					record(x.Index, x)
				}
			}
		} else if model.IsTokenType(call.Type()) {
			record(0, call)
		}
	}
	return out
}

// algValueChecks applies the alg check to the header algs the package's
// followed functions read: a JWS header's Algorithm (a library's header
// field or method, model.IsHeaderAlgField, model.IsHeaderAlgSource), and
// the "alg" of a header decoded by hand (a field tagged json:"alg", or
// hdr["alg"] of a map). See Result.AlgChecked.
func (e *engine) algValueChecks(mc *methodChecker) map[token.Pos]bool {
	var out map[token.Pos]bool
	record := func(at token.Pos, v ssa.Value) {
		if out == nil {
			out = make(map[token.Pos]bool)
		}
		out[at] = out[at] || mc.algChecked(v, false, 0)
	}
	info := e.pass.TypesInfo
	for _, instr := range e.instrs() {
		switch instr := instr.(type) {
		case *ssa.Call:
			if fn := calledFunc(instr.Common()); fn != nil && model.IsHeaderAlgSource(fn) {
				if _, ok := instr.Type().(*types.Tuple); !ok {
					record(instr.Pos(), instr)
					continue
				}
				for _, r := range referrers(instr) {
					if x, ok := r.(*ssa.Extract); ok && x.Index == 0 {
						record(instr.Pos(), x)
					}
				}
			}
		case *ssa.DebugRef:
			if instr.IsAddr {
				continue
			}
			switch x := instr.Expr.(type) {
			case *ast.SelectorExpr:
				field, tag := handjwt.FieldTag(info, x)
				if field != nil && (model.IsHeaderAlgField(info.TypeOf(x.X), x.Sel.Name) || handjwt.IsHeaderField(field, tag, model.AlgHeader)) {
					record(x.Sel.Pos(), instr.X)
				}
			case *ast.IndexExpr:
				if _, ok := info.TypeOf(x.X).Underlying().(*types.Map); !ok {
					continue
				}
				if tv := info.Types[x.Index]; tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == model.AlgHeader {
					record(x.Lbrack, instr.X)
				}
			}
		}
	}
	return out
}

func referrers(v ssa.Value) []ssa.Instruction {
	if rs := v.Referrers(); rs != nil {
		return *rs
	}
	return nil
}
