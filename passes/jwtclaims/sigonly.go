package jwtclaims

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/model"
)

// checkSignatureOnly reports a signature-only verification (go-oidc
// KeySet.VerifySignature, go-jose JSONWebSignature.Verify) whose payload
// is unmarshalled into claims carrying exp that are used while neither
// exp is read nor a validation method called on them.
func (a *analyzer) checkSignatureOnly(cur inspector.Cursor, call *ast.CallExpr) {
	fn := a.callee(call)
	idx := model.SignatureOnlyPayload(fn)
	if idx < 0 {
		return
	}
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || idx >= len(as.Lhs) {
		return
	}
	payload := a.varOf(as.Lhs[idx])
	fcur, ok := enclosingFunc(cur)
	if payload == nil || !ok {
		return
	}
	for c := range fcur.Preorder((*ast.CallExpr)(nil)) {
		dec := c.Node().(*ast.CallExpr)
		data, dest, ok := model.PayloadDecoder(a.callee(dec))
		if !ok || dest >= len(dec.Args) || !a.mentions(dec.Args[data], []*types.Var{payload}) {
			continue
		}
		claims := a.varOf(dec.Args[dest])
		if claims == nil || !hasExpField(claims.Type(), 0) {
			continue
		}
		used, checked, unknown := a.claimsFate(fcur, claims, dec, 0)
		if !used || checked || unknown {
			continue
		}
		name := fn.Name()
		if recv := fn.Signature().Recv(); recv != nil {
			name = "(" + fn.Pkg().Name() + "." + typeName(recv.Type()) + ")." + name
		}
		a.report(call.Fun, name+" checks only the signature, yet the claims unmarshalled from its payload are used with no exp, audience or issuer check; validate them",
			analysis.RelatedInformation{Pos: dec.Pos(), End: dec.End(), Message: "the claims are unmarshalled here"})
		return
	}
}

// claimsFate says what a function does with the claims variable v decoded
// at dec: used (read besides the decode), checked (exp read, or a
// validating method called on it, here or in a function of the package it
// is passed to), unknown (returned, or passed to a function that cannot
// be read).
func (a *analyzer) claimsFate(fcur inspector.Cursor, v *types.Var, dec *ast.CallExpr, depth int) (used, checked, unknown bool) {
	for c := range fcur.Preorder((*ast.Ident)(nil)) {
		id := c.Node().(*ast.Ident)
		if a.pass.TypesInfo.Uses[id] != v || (dec != nil && dec.Pos() <= id.Pos() && id.End() <= dec.End()) {
			continue
		}
		used = true
		p := c.Parent()
		for {
			if _, ok := p.Node().(*ast.UnaryExpr); ok {
				p = p.Parent()
				continue
			}
			break
		}
		switch n := p.Node().(type) {
		case *ast.ReturnStmt:
			unknown = true
		case *ast.SelectorExpr:
			if a.claimRead(p) == "exp" {
				checked = true
			}
			if s := a.pass.TypesInfo.Selections[n]; s != nil && s.Kind() == types.MethodVal {
				name := n.Sel.Name
				if model.IsCheckName(name) {
					checked = true
				}
			}
		case *ast.CallExpr:
			fn := a.callee(n)
			if model.FuncName(fn) != "" {
				continue
			}
			fd := a.resolver.FuncDecl(fn)
			if fd == nil || fd.Body == nil || depth >= handDepth {
				if fn == nil || fn.Pkg() == a.pass.Pkg || !model.IsStdLib(fn) {
					unknown = true
				}
				continue
			}
			callee, ok := a.insp.Root().FindNode(fd)
			if !ok {
				unknown = true
				continue
			}
			// The callee's parameter receiving the claims.
			for i, arg := range n.Args {
				if !a.mentions(arg, []*types.Var{v}) || i >= fn.Signature().Params().Len() {
					continue
				}
				pv := fn.Signature().Params().At(i)
				_, ck, unk := a.claimsFate(callee, pv, nil, depth+1)
				checked, unknown = checked || ck, unknown || unk
			}
		}
	}
	// exp read through a promoted or nested field anywhere in the function.
	for c := range fcur.Preorder((*ast.SelectorExpr)(nil)) {
		if a.claimRead(c) == "exp" && a.mentions(c.Node().(*ast.SelectorExpr).X, []*types.Var{v}) {
			checked = true
		}
	}
	return used, checked, unknown
}

// hasExpField reports whether t (through pointers) is a struct with a
// field tagged json:"exp", directly or in an embedded struct.
func hasExpField(t types.Type, depth int) bool {
	if depth > 3 {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "exp" {
			return true
		}
		if st.Field(i).Embedded() && hasExpField(st.Field(i).Type(), depth+1) {
			return true
		}
	}
	return false
}
