package handjwt

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

const src = `package p

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

type claims struct{ Sub string }

func split(raw string) {
	parts := strings.Split(raw, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var c claims
	json.Unmarshal(b, &c)
}

func splitN(raw string) {
	parts := strings.SplitN(raw, ".", 3)
	b, _ := base64.URLEncoding.DecodeString(parts[0] + "==")
	m := map[string]any{}
	json.Unmarshal(b, &m)
}

func cut(raw string) {
	_, rest, _ := strings.Cut(raw, ".")
	payload, _, _ := strings.Cut(rest, ".")
	b, _ := base64.RawURLEncoding.DecodeString(strings.TrimSpace(payload))
	c := &claims{}
	json.Unmarshal(b, c)
}

func variableIndex(raw string, i int) {
	parts := strings.Split(raw, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[i])
	var c claims
	json.Unmarshal(b, &c)
}

func otherSep(raw string) {
	parts := strings.Split(raw, ":")
	b, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var c claims
	json.Unmarshal(b, &c)
}

func reassigned(raw, other string) {
	parts := strings.Split(raw, ".")
	parts = strings.Split(other, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var c claims
	json.Unmarshal(b, &c)
}
`

// TestFind checks which chains are recognized, and as which segment of
// which token.
func TestFind(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"split":         "segment 1 of raw into c",
		"splitN":        "segment 0 of raw into m",
		"cut":           "segment 1 of raw into c",
		"variableIndex": "",
		"otherSep":      "",
		"reassigned":    "",
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		var got []string
		for _, dec := range Find(info, fd.Body) {
			dest := "?"
			if dec.Dest != nil {
				dest = dec.Dest.Name()
			}
			got = append(got, fmt.Sprintf("segment %d of %s into %s", dec.Segment, types.ExprString(dec.Raw), dest))
		}
		if g := strings.Join(got, "; "); g != want[fd.Name.Name] {
			t.Errorf("%s: got %q, want %q", fd.Name.Name, g, want[fd.Name.Name])
		}
	}
}
