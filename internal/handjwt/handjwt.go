// Package handjwt recognizes a JWT decoded by hand inside one function:
//
//	parts := strings.Split(raw, ".")
//	b, err := base64.RawURLEncoding.DecodeString(parts[1])
//	err = json.Unmarshal(b, &claims)
//
// (strings.SplitN and strings.Cut too, a padding helper or "=" appended to
// the segment, golang-jwt's DecodeSegment). Only this clear chain is
// recognized: a variable assigned more than once, a segment index that is
// not a constant or a separator other than "." make it unknown. The names
// come from internal/model.
package handjwt

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
)

// Decode is one segment of a token decoded by hand.
type Decode struct {
	// Segment is the index of the decoded segment: 0 the header, 1 the
	// payload (the claims).
	Segment int
	// Raw is the expression of the whole token that was split.
	Raw ast.Expr
	// Split, SegDecode and Unmarshal are the three calls of the chain.
	Split, SegDecode, Unmarshal *ast.CallExpr
	// Dest is the variable the segment is unmarshalled into (json.Unmarshal(b,
	// &dest) or a pointer variable dest), or nil.
	Dest *types.Var
}

type def struct {
	rhs ast.Expr
	idx int // the result index for a tuple assignment from one call
}

// Find returns the segments decoded by hand in body (a function body), in
// source order.
func Find(info *types.Info, body ast.Node) []Decode {
	if body == nil {
		return nil
	}
	defs := make(map[*types.Var][]def)
	var unmarshals []*ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt, *ast.ValueSpec:
			for _, as := range astutil.Assignments(n) {
				if v := varOf(info, as.LHS); v != nil {
					defs[v] = append(defs[v], def{as.RHS, as.Index})
				}
			}
		case *ast.CallExpr:
			if fn, _ := typeutil.Callee(info, n).(*types.Func); fn != nil && model.IsJSONUnmarshal(fn) && len(n.Args) == 2 {
				unmarshals = append(unmarshals, n)
			}
		}
		return true
	})
	f := &finder{info: info, defs: defs}
	var out []Decode
	for _, u := range unmarshals {
		dec := f.segmentDecode(u.Args[0])
		if dec == nil || len(dec.Args) < 1 {
			continue
		}
		seg, raw, split, ok := f.segment(dec.Args[0], 0)
		if !ok {
			continue
		}
		out = append(out, Decode{Segment: seg, Raw: raw, Split: split, SegDecode: dec, Unmarshal: u, Dest: f.dest(u.Args[1])})
	}
	return out
}

type finder struct {
	info *types.Info
	defs map[*types.Var][]def
}

func varOf(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if v, ok := info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// only returns the single definition of the local variable e, if e is one.
func (f *finder) only(e ast.Expr) (def, bool) {
	v := varOf(f.info, e)
	if v == nil {
		return def{}, false
	}
	ds := f.defs[v]
	if len(ds) != 1 {
		return def{}, false
	}
	return ds[0], true
}

func (f *finder) callee(e ast.Expr) *types.Func {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, _ := typeutil.Callee(f.info, call).(*types.Func)
	return fn
}

// segmentDecode returns the base64 decode call whose bytes e holds.
func (f *finder) segmentDecode(e ast.Expr) *ast.CallExpr {
	e = ast.Unparen(e)
	idx := 0
	if d, ok := f.only(e); ok {
		e, idx = ast.Unparen(d.rhs), d.idx
	}
	if idx != 0 {
		return nil
	}
	if fn := f.callee(e); fn != nil && model.IsSegmentDecode(fn) {
		return e.(*ast.CallExpr)
	}
	return nil
}

// segment says which segment of which split token the string e is:
// parts[k] of parts := strings.Split(raw, "."), the first result of
// strings.Cut(raw, "."), possibly padded (seg + "=", pad(seg)).
func (f *finder) segment(e ast.Expr, depth int) (seg int, raw ast.Expr, split *ast.CallExpr, ok bool) {
	if depth > 3 {
		return 0, nil, nil, false
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.BinaryExpr: // parts[1] + strings.Repeat("=", n)
		if x.Op == token.ADD {
			return f.segment(x.X, depth+1)
		}
		return 0, nil, nil, false
	case *ast.CallExpr: // pad(parts[1])
		if fn := f.callee(x); fn != nil && len(x.Args) >= 1 && model.LookupHandSplit(fn) == 0 {
			return f.segment(x.Args[0], depth+1)
		}
		return 0, nil, nil, false
	case *ast.IndexExpr: // parts[1]
		k, isConst := f.constInt(x.Index)
		if !isConst {
			return 0, nil, nil, false
		}
		d, found := f.only(x.X)
		if !found || d.idx != 0 {
			return 0, nil, nil, false
		}
		call, kind := f.split(d.rhs)
		if kind != model.SplitAll {
			return 0, nil, nil, false
		}
		off, r := f.offset(call.Args[0], 0)
		return off + k, r, call, true
	case *ast.Ident: // head, rest, ok := strings.Cut(raw, ".")
		d, found := f.only(x)
		if !found {
			return 0, nil, nil, false
		}
		if call, kind := f.split(d.rhs); kind == model.SplitCut && d.idx == 0 {
			off, r := f.offset(call.Args[0], 0)
			return off, r, call, true
		}
		if d.idx == 0 {
			return f.segment(d.rhs, depth+1) // seg := parts[1]
		}
	}
	return 0, nil, nil, false
}

// offset returns the segment index at which the string e starts and the
// whole token: e is the token itself (0), or the rest after a strings.Cut
// on "." of something starting at k (k+1).
func (f *finder) offset(e ast.Expr, depth int) (int, ast.Expr) {
	if depth < 3 {
		if d, ok := f.only(e); ok && d.idx == 1 {
			if call, kind := f.split(d.rhs); kind == model.SplitCut {
				k, r := f.offset(call.Args[0], depth+1)
				return k + 1, r
			}
		}
	}
	return 0, ast.Unparen(e)
}

// split returns e as a call splitting a string on ".", and its kind.
func (f *finder) split(e ast.Expr) (*ast.CallExpr, model.SplitKind) {
	fn := f.callee(e)
	if fn == nil {
		return nil, 0
	}
	kind := model.LookupHandSplit(fn)
	call := ast.Unparen(e).(*ast.CallExpr)
	if kind == 0 || len(call.Args) < 2 {
		return nil, 0
	}
	tv, ok := f.info.Types[call.Args[1]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String || constant.StringVal(tv.Value) != "." {
		return nil, 0
	}
	return call, kind
}

func (f *finder) constInt(e ast.Expr) (int, bool) {
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	k, exact := constant.Int64Val(tv.Value)
	return int(k), exact && k >= 0 && k < 8
}

// dest returns the variable json.Unmarshal writes into: v of &v, or a
// pointer (or map) variable v.
func (f *finder) dest(e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return varOf(f.info, u.X)
	}
	if v := varOf(f.info, e); v != nil {
		switch v.Type().Underlying().(type) {
		case *types.Pointer, *types.Map:
			return v
		}
	}
	return nil
}

// SameValue reports whether the expressions a and b denote the same
// variable or field chain (raw and raw, r.Token and r.Token).
func SameValue(info *types.Info, a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch x := a.(type) {
	case *ast.Ident:
		y, ok := b.(*ast.Ident)
		if !ok {
			return false
		}
		ox, oy := info.ObjectOf(x), info.ObjectOf(y)
		return ox != nil && ox == oy
	case *ast.SelectorExpr:
		y, ok := b.(*ast.SelectorExpr)
		if !ok {
			return false
		}
		ox, oy := info.ObjectOf(x.Sel), info.ObjectOf(y.Sel)
		return ox != nil && ox == oy && SameValue(info, x.X, y.X)
	case *ast.CallExpr:
		// string(b) and string(b)
		y, ok := b.(*ast.CallExpr)
		if !ok || len(x.Args) != 1 || len(y.Args) != 1 {
			return false
		}
		tx, okx := info.Types[x.Fun]
		ty, oky := info.Types[y.Fun]
		return okx && oky && tx.IsType() && ty.IsType() && types.Identical(tx.Type, ty.Type) && SameValue(info, x.Args[0], y.Args[0])
	}
	return false
}

// IsHeaderField reports whether the field of a struct unmarshalled from a
// JSON header is the header parameter name: its json tag names it, or it
// has no tag and its name matches case-insensitively (as encoding/json
// does).
func IsHeaderField(v *types.Var, tag, name string) bool {
	if v == nil || !v.IsField() {
		return false
	}
	if t, ok := reflect.StructTag(tag).Lookup("json"); ok {
		n, _, _ := strings.Cut(t, ",")
		if n != "" {
			return n == name
		}
	}
	return strings.EqualFold(v.Name(), name)
}

// FieldTag returns the tag of the field sel selects from a struct, or "".
func FieldTag(info *types.Info, sel *ast.SelectorExpr) (*types.Var, string) {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil, ""
	}
	field, _ := s.Obj().(*types.Var)
	t := s.Recv()
	// Walk the selection path to the struct that declares the field.
	for i, idx := range s.Index() {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || idx >= st.NumFields() {
			return field, ""
		}
		if i == len(s.Index())-1 {
			return field, st.Tag(idx)
		}
		t = st.Field(idx).Type()
	}
	return field, ""
}
