package jwtleeway

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/keysource"
	"github.com/tokenvet/tokenvet/internal/model"
)

// keySourceFor says who minted the tokens a leeway option or call at cur
// applies to: the parses the option reaches, or, when it reaches none
// (go-jose ValidateWithLeeway, jwx jwt.Validate, options handed to code of
// another package), the verifying calls of the same function, then the
// verifying call of the function of the package that returned the claims
// validated (c, err := v.parse(raw); c.ValidateWithLeeway(e, 0)). The key
// of each parse is classified by internal/keysource. A jwx jwt.Validate
// given the leeway option with a non-empty jwt.WithIssuer, in a package
// that signs no token, re-validates a token of that issuer: another
// machine minted it (external is then the WithIssuer call).
func (a *analyzer) keySourceFor(cur inspector.Cursor, call *ast.CallExpr) (key keysource.Key, external *ast.CallExpr) {
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
	var best keysource.Key
	for _, i := range idxs {
		p := a.parses[i]
		if k := a.keys.Verify(p.call, p.fn, p.opts); k.Source > best.Source {
			best = k
		}
	}
	if best.Source != model.UnknownKey {
		return best, nil
	}
	// claims.ValidateWithLeeway(e, 0) on claims a helper verified.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if k := a.keys.Claims(sel.X); k.Source > best.Source {
			best = k
		}
	}
	if best.Source != model.UnknownKey {
		return best, nil
	}
	return best, a.externalIssuer(cur)
}

// externalIssuer returns the jwt.WithIssuer option, with a non-empty
// constant or variable argument, of the claims validation call (jwx
// jwt.Validate) the option at cur is passed to, when the package signs no
// token with a private key.
func (a *analyzer) externalIssuer(cur inspector.Cursor) *ast.CallExpr {
	v, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(a.pass.TypesInfo, v).(*types.Func)
	if !model.IsClaimsCheck(fn) || a.keys.SignedHere(model.AnyKind) != nil {
		return nil
	}
	for _, arg := range v.Args {
		o, ok := ast.Unparen(arg).(*ast.CallExpr)
		if !ok || len(o.Args) != 1 {
			continue
		}
		ofn, _ := typeutil.Callee(a.pass.TypesInfo, o).(*types.Func)
		if model.LookupClaimsEffect(ofn) != model.IssuerCheck {
			continue
		}
		if tv, ok := a.pass.TypesInfo.Types[o.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "" {
			continue
		}
		return o
	}
	return nil
}
