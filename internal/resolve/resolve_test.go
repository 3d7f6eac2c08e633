package resolve

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"sync"
	"testing"
)

const src = `package p

var opts = []string{"a"}

func f() (int, error) { return 0, nil }

func g(param int) {
	x := 1
	x = 2
	k, err := f()
	_, _, _, _ = x, k, err, param
	opts = append(opts, "b")
}
`

// load type-checks src and returns its Resolver and a lookup of the
// identifiers it declares, by name.
func load(t *testing.T) (*Resolver, func(string) *ast.Ident) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	ident := func(name string) *ast.Ident {
		for id, obj := range info.Defs {
			if obj != nil && id.Name == name {
				return id
			}
		}
		t.Fatalf("no identifier %s", name)
		return nil
	}
	return newResolver(info, []*ast.File{f}, pkg), ident
}

// TestConcurrentUse asks one Resolver the same questions from several
// goroutines, as the passes requiring Analyzer do on one package; under
// -race it fails if the lazily built indexes are not guarded.
func TestConcurrentUse(t *testing.T) {
	r, ident := load(t)
	x, k, opts, param := ident("x"), ident("k"), ident("opts"), ident("param")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if vals, ok := r.Values(x); !ok || len(vals) != 2 {
				t.Errorf("Values(x) = %d values, %v; want 2, true", len(vals), ok)
			}
			if _, ok := r.Values(param); ok {
				t.Errorf("Values(param): ok, want not ok (a parameter)")
			}
			if tv := r.TupleValues(k); len(tv) != 1 || tv[0].Index != 0 {
				t.Errorf("TupleValues(k) = %v, want one value at index 0", tv)
			}
			elems, ok := r.SliceElems(opts)
			var got []string
			for _, e := range elems {
				got = append(got, e.(*ast.BasicLit).Value)
			}
			if !ok || !slices.Equal(got, []string{`"a"`, `"b"`}) {
				t.Errorf("SliceElems(opts) = %v, %v; want [\"a\" \"b\"], true", got, ok)
			}
		})
	}
	wg.Wait()
}
