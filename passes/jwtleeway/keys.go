package jwtleeway

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/model"
)

// keySourceFor says who minted the tokens a leeway option or call at cur
// applies to: the parses the option reaches, or, when it reaches none
// (go-jose ValidateWithLeeway, jwx jwt.Validate, options handed to code of
// another package), the verifying calls of the same function. It returns
// the node that shows the key.
func (a *analyzer) keySourceFor(cur inspector.Cursor, call *ast.CallExpr) (model.KeySource, ast.Node) {
	idxs := a.optParses[call]
	if len(idxs) == 0 {
		for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			fd := c.Node()
			for i, p := range a.parses {
				if fd.Pos() <= p.call.Pos() && p.call.End() <= fd.End() {
					idxs = append(idxs, i)
				}
			}
			break
		}
	}
	best := model.UnknownKey
	var where ast.Node
	for _, i := range idxs {
		src, n := a.parseKeySource(a.parses[i])
		if src == model.ForeignKey {
			return src, n
		}
		if src > best {
			best, where = src, n
		}
	}
	return best, where
}

// parseKeySource classifies the key of one verifying call: its key or
// keyfunc argument, and the key options it is made with.
func (a *analyzer) parseKeySource(p parseCall) (model.KeySource, ast.Node) {
	best := model.UnknownKey
	var where ast.Node
	note := func(src model.KeySource, n ast.Node) bool {
		if src > best {
			best, where = src, n
		}
		return src == model.ForeignKey
	}
	if i := model.VerifyKeyArg(p.fn); i >= 0 && i < len(p.call.Args) {
		arg := p.call.Args[i]
		var src model.KeySource
		if _, isFunc := types.Unalias(a.pass.TypesInfo.TypeOf(arg)).Underlying().(*types.Signature); isFunc {
			src = a.keyfuncSource(arg)
		} else {
			src = a.exprKeySource(arg, 0)
		}
		if note(src, arg) {
			return best, where
		}
	}
	for _, o := range p.opts.List {
		if o.Func == nil {
			continue
		}
		k, ok := model.LookupKeyOption(o.Func)
		if !ok {
			continue
		}
		if k.Set {
			if note(model.ForeignKey, o.Call) {
				return best, where
			}
			continue
		}
		src := model.UnknownKey
		if k.Key >= 0 && k.Key < len(o.Call.Args) {
			src = a.exprKeySource(o.Call.Args[k.Key], 0)
		}
		if src == model.UnknownKey && k.Alg >= 0 && k.Alg < len(o.Call.Args) {
			src = a.algSource(o.Call.Args[k.Alg])
		}
		if note(src, o.Call) {
			return best, where
		}
	}
	return best, where
}

// keyfuncSource classifies a keyfunc by what it returns; a keyfunc of a
// JWKS library (MicahParks keyfunc) is foreign.
func (a *analyzer) keyfuncSource(e ast.Expr) model.KeySource {
	if t := a.pass.TypesInfo.TypeOf(e); model.KeySourceOfType(t) == model.ForeignKey {
		return model.ForeignKey
	}
	fns, _ := a.resolver.FuncValues(e)
	best := model.UnknownKey
	for _, f := range fns {
		var body *ast.BlockStmt
		switch f := f.(type) {
		case *types.Func:
			if model.IsForeignKeyFunc(f) {
				return model.ForeignKey
			}
			if fd := a.resolver.FuncDecl(f); fd != nil {
				body = fd.Body
			}
		case *ast.FuncLit:
			body = f.Body
		}
		if body == nil {
			continue
		}
		for _, r := range returns(body) {
			if len(r.Results) == 0 {
				continue
			}
			src := a.exprKeySource(r.Results[0], 0)
			if src == model.ForeignKey {
				return src
			}
			if src > best {
				best = src
			}
		}
	}
	return best
}

// returns lists the return statements of a function body, not those of
// function literals inside it.
func returns(body *ast.BlockStmt) []*ast.ReturnStmt {
	var rs []*ast.ReturnStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			rs = append(rs, n)
		}
		return true
	})
	return rs
}

// exprKeySource classifies a key expression by its type, or, when that is
// an interface, by the values of the variable it names.
func (a *analyzer) exprKeySource(e ast.Expr, depth int) model.KeySource {
	if depth > 3 {
		return model.UnknownKey
	}
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		return model.UnknownKey
	}
	if src := model.KeySourceOfType(a.pass.TypesInfo.TypeOf(e)); src != model.UnknownKey {
		return src
	}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		return a.exprKeySource(x.X, depth+1)
	case *ast.Ident, *ast.SelectorExpr:
		vals, _ := a.resolver.Values(x)
		best := model.UnknownKey
		for _, v := range vals {
			src := a.exprKeySource(v, depth+1)
			if src == model.ForeignKey {
				return src
			}
			if src > best {
				best = src
			}
		}
		return best
	}
	return model.UnknownKey
}

// algSource classifies a signature algorithm argument: a constant
// ("HS256", jwa.HS256 in jwx v1/v2), or a call or name whose function or
// object is named after the algorithm (jwa.HS256() in v3).
func (a *analyzer) algSource(e ast.Expr) model.KeySource {
	e = ast.Unparen(e)
	if tv, ok := a.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return model.AlgKeySource(constant.StringVal(tv.Value))
	}
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if fn, ok := typeutil.Callee(a.pass.TypesInfo, call).(*types.Func); ok {
			return model.AlgKeySource(fn.Name())
		}
	}
	if obj := a.objectOf(e); obj != nil && obj.Pkg() != nil && obj.Pkg() != a.pass.Pkg {
		return model.AlgKeySource(obj.Name())
	}
	return model.UnknownKey
}
