package jwtleeway

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/keysource"
)

// keySourceFor says who minted the tokens a leeway option or call at cur
// applies to: the parses the option reaches, or, when it reaches none
// (go-jose ValidateWithLeeway, jwx jwt.Validate, options handed to code of
// another package), the verifying calls of the same function. The key of
// each parse is classified by internal/keysource.
func (a *analyzer) keySourceFor(cur inspector.Cursor, call *ast.CallExpr) keysource.Key {
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
	return best
}
