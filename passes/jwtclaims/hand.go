package jwtclaims

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// handDepth bounds how far hand checks are followed into functions of the
// package that receive the claims.
const handDepth = 2

// handChecks reports which of the audience and issuer claims the function
// at fcur compares by hand (claims.Issuer != want, a helper given
// claims.Audience, claims["iss"] compared to a configured value, an
// allow-list lookup), directly or in a function of the package it passes
// one of the variables roots to.
func (a *analyzer) handChecks(fcur inspector.Cursor, roots []*types.Var) (aud, iss bool) {
	seen := map[ast.Node]bool{}
	var walk func(fcur inspector.Cursor, roots []*types.Var, depth int)
	walk = func(fcur inspector.Cursor, roots []*types.Var, depth int) {
		if seen[fcur.Node()] {
			return
		}
		seen[fcur.Node()] = true
		for c := range fcur.Preorder((*ast.SelectorExpr)(nil), (*ast.CallExpr)(nil), (*ast.IndexExpr)(nil)) {
			switch claim := a.claimRead(c); claim {
			case "aud", "iss":
				if a.compared(c, 0) {
					if claim == "aud" {
						aud = true
					} else {
						iss = true
					}
				}
			}
			call, ok := c.Node().(*ast.CallExpr)
			if !ok || depth >= handDepth || len(roots) == 0 {
				continue
			}
			// A function receiving the claims: of the package, or of
			// another package through its fact.
			fn := a.callee(call)
			if fn == nil {
				continue
			}
			passed := false
			for _, arg := range call.Args {
				if a.mentions(arg, roots) {
					passed = true
				}
			}
			if !passed {
				continue
			}
			if fn.Pkg() != a.pass.Pkg {
				if fn.Pkg() != nil {
					if c := a.facts.Claims(fn.Origin()); c != nil {
						aud, iss = aud || c.Aud, iss || c.Iss
					}
				}
				continue
			}
			if fd := a.resolver.FuncDecl(fn); fd != nil && fd.Body != nil {
				if callee, ok := a.insp.Root().FindNode(fd); ok {
					var params []*types.Var
					for i := 0; i < fn.Signature().Params().Len(); i++ {
						params = append(params, fn.Signature().Params().At(i))
					}
					walk(callee, params, depth+1)
				}
			}
		}
	}
	walk(fcur, roots, 0)
	return aud, iss
}

// mentions reports whether e uses one of vars.
func (a *analyzer) mentions(e ast.Expr, vars []*types.Var) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, v := range vars {
				if a.pass.TypesInfo.Uses[id] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// claimRead returns the claim ("aud", "iss", "exp", "") the expression at
// c reads: a field of a library claims type or a struct field tagged
// json:"iss", json:"aud" or json:"exp", a library getter (GetIssuer, jwx tok.Audience()), or a
// map index with the constant key "iss" or "aud".
func (a *analyzer) claimRead(c inspector.Cursor) string {
	info := a.pass.TypesInfo
	switch n := c.Node().(type) {
	case *ast.SelectorExpr:
		s := info.Selections[n]
		if s == nil || s.Kind() != types.FieldVal {
			return ""
		}
		decl, field := declaringStruct(s)
		if decl == nil {
			return ""
		}
		if claim := model.ClaimOfField(decl, n.Sel.Name); claim != "" {
			return claim
		}
		if st, ok := decl.Underlying().(*types.Struct); ok {
			for i := 0; i < st.NumFields(); i++ {
				if st.Field(i) == field {
					name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
					if name == "iss" || name == "aud" || name == "exp" {
						return name
					}
				}
			}
		}
	case *ast.CallExpr:
		return model.ClaimOfGetter(a.callee(n))
	case *ast.IndexExpr:
		if _, isMap := types.Unalias(info.TypeOf(n.X)).Underlying().(*types.Map); !isMap {
			return ""
		}
		if tv, ok := info.Types[n.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if k := constant.StringVal(tv.Value); k == "iss" || k == "aud" {
				return k
			}
		}
	}
	return ""
}

// declaringStruct returns the type that declares the field a selection
// selects (the embedded RegisteredClaims for a promoted Issuer), and the
// field.
func declaringStruct(s *types.Selection) (types.Type, *types.Var) {
	t := s.Recv()
	idx := s.Index()
	for i, x := range idx {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := types.Unalias(t).Underlying().(*types.Struct)
		if !ok || x >= st.NumFields() {
			return nil, nil
		}
		if i == len(idx)-1 {
			return t, st.Field(x)
		}
		t = st.Field(x).Type()
	}
	return nil, nil
}

// compared reports whether the value at c (or a conversion or standard
// library normalization of it, strings.ToLower(x)) is compared with
// something: an operand of == or != (not against "" or nil), a switch tag, an index into
// an allow-list map, an argument of a function returning a bool or an
// error (slices.Contains, a helper of the package; not fmt, log, errors
// or a token library), a range whose body compares its value, or a local variable
// that is compared.
func (a *analyzer) compared(c inspector.Cursor, depth int) bool {
	if depth > 3 {
		return false
	}
	info := a.pass.TypesInfo
	node := c.Node()
	p := c.Parent()
	for {
		switch n := p.Node().(type) {
		case *ast.ParenExpr, *ast.StarExpr, *ast.TypeAssertExpr:
			node, p = n, p.Parent()
			continue
		case *ast.IndexExpr:
			if n.X == node { // claims.Audience[0]
				node, p = n, p.Parent()
				continue
			}
		case *ast.CallExpr:
			// A conversion string(x).
			if tv, ok := info.Types[n.Fun]; ok && tv.IsType() {
				node, p = n, p.Parent()
				continue
			}
			// A normalization by the standard library:
			// strings.TrimSuffix(claims.Issuer, "/") == want.
			if fn := a.callee(n); model.IsStdTransform(fn) && n.Fun != node && fn.Signature().Results().Len() == 1 {
				if b, ok := fn.Signature().Results().At(0).Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
					node, p = n, p.Parent()
					continue
				}
			}
		}
		break
	}
	switch n := p.Node().(type) {
	case *ast.BinaryExpr:
		if n.Op != token.EQL && n.Op != token.NEQ {
			return false
		}
		other := n.Y
		if n.Y == node {
			other = n.X
		}
		return !a.emptyConst(other)
	case *ast.SwitchStmt:
		return n.Tag == node
	case *ast.IndexExpr:
		return n.Index == node
	case *ast.CallExpr:
		if n.Fun == node {
			return false
		}
		fn := a.callee(n)
		if fn == nil || model.FuncName(fn) != "" {
			return false // a token library function uses the value, it does not compare it
		}
		if model.IsReportingFunc(fn) {
			return false
		}
		res := fn.Signature().Results()
		if res.Len() == 0 {
			return false
		}
		last := res.At(res.Len() - 1).Type()
		if b, ok := last.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return true
		}
		return types.Identical(last, types.Universe.Lookup("error").Type())
	case *ast.RangeStmt:
		if n.X != node || n.Value == nil {
			return false
		}
		if v := a.varOf(n.Value); v != nil {
			return a.varCompared(p, v, depth+1)
		}
	case *ast.AssignStmt:
		for i, r := range n.Rhs {
			if r == node && len(n.Rhs) == 1 && len(n.Lhs) > 1 {
				i = 0 // iss, err := claims.GetIssuer()
			}
			if r == node && (len(n.Lhs) == len(n.Rhs) || i == 0) {
				if v := a.varOf(n.Lhs[i]); v != nil {
					if fcur, ok := enclosingFunc(p); ok {
						return a.varCompared(fcur, v, depth+1)
					}
				}
			}
		}
	case *ast.ValueSpec:
		for i, r := range n.Values {
			if r == node && i < len(n.Names) {
				if v := a.varOf(n.Names[i]); v != nil {
					if fcur, ok := enclosingFunc(p); ok {
						return a.varCompared(fcur, v, depth+1)
					}
				}
			}
		}
	}
	return false
}

// varCompared reports whether a use of v under cur is compared.
func (a *analyzer) varCompared(cur inspector.Cursor, v *types.Var, depth int) bool {
	for c := range cur.Preorder((*ast.Ident)(nil)) {
		if a.pass.TypesInfo.Uses[c.Node().(*ast.Ident)] == v && a.compared(c, depth) {
			return true
		}
	}
	return false
}

// emptyConst reports whether e is the constant "" or nil.
func (a *analyzer) emptyConst(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		return true
	}
	tv, ok := a.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
}

// parseRoots returns the variables that receive what a parse decodes: its
// claims arguments and its token or claims result.
func (a *analyzer) parseRoots(call *ast.CallExpr, f *model.Func) []*types.Var {
	var roots []*types.Var
	for _, d := range f.Dests {
		if d < len(call.Args) {
			if v := a.varOf(call.Args[d]); v != nil {
				roots = append(roots, v)
			}
		}
	}
	a.indexParses()
	if p, ok := a.parseAt(call); ok {
		if v := a.resultVar(p.cur, call, f); v != nil {
			roots = append(roots, v)
		}
	}
	return roots
}

// claimChecks calls found for each function of the package, outside
// tests, that takes claims (see carriesClaims) and compares an audience or
// issuer claim by hand (its summary says so, for a parse in another
// package handing it the claims).
func (a *analyzer) claimChecks(found func(fn *types.Func, aud, iss bool)) {
	for cur := range a.insp.Root().Preorder((*ast.FuncDecl)(nil)) {
		fd := cur.Node().(*ast.FuncDecl)
		if fd.Body == nil || astutil.InTestCode(a.pass, cur) {
			continue
		}
		fn, _ := a.pass.TypesInfo.Defs[fd.Name].(*types.Func)
		if fn == nil || fn.Signature().Params().Len() == 0 {
			continue
		}
		var params []*types.Var
		for i := 0; i < fn.Signature().Params().Len(); i++ {
			if p := fn.Signature().Params().At(i); carriesClaims(p.Type(), 0) {
				params = append(params, p)
			}
		}
		if len(params) == 0 {
			continue
		}
		if aud, iss := a.handChecks(cur, params); aud || iss {
			found(fn, aud, iss)
		}
	}
}

// carriesClaims reports whether a value of type t may hold a token's
// claims: a type of a token library (a token, claims), a map, or a struct
// with a field of a library claims type or tagged json:"iss" or
// json:"aud" (also embedded), through pointers.
func carriesClaims(t types.Type, depth int) bool {
	if depth > 3 {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if model.TypeName(t) != "" {
		return true
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Map:
		return true
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if model.ClaimOfField(t, f.Name()) != "" {
				return true
			}
			name, _, _ := strings.Cut(reflect.StructTag(u.Tag(i)).Get("json"), ",")
			if name == "iss" || name == "aud" {
				return true
			}
			if f.Embedded() && carriesClaims(f.Type(), depth+1) {
				return true
			}
		}
	}
	return false
}
