package driver

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestLoadOnlyLocalFromSource checks that only local packages are loaded
// from source: the requested one and its dependencies in the main module or
// in a module replaced by a directory (ext, with its tests as a side
// effect), while the standard library comes from export data.
func TestLoadOnlyLocalFromSource(t *testing.T) {
	var graph []*packages.Package
	loadHook = func(initial []*packages.Package) {
		for p := range packages.Postorder(initial) {
			graph = append(graph, p)
		}
	}
	defer func() { loadHook = nil }()

	res, err := load(loadConfig{patterns: []string{"./app"}, tests: true, dir: fixture(t, "facts")})
	if err != nil {
		t.Fatal(err)
	}

	var withSyntax, withoutSyntax []string
	for _, p := range graph {
		if len(p.Syntax) > 0 { // (unsafe has an empty, non-nil Syntax)
			withSyntax = append(withSyntax, p.ID)
			if !isLocal(p, "") {
				t.Errorf("non-local package %s loaded from source", p.ID)
			}
		} else {
			withoutSyntax = append(withoutSyntax, p.ID)
			if p.Types == nil {
				t.Errorf("package %s has no types", p.ID)
			}
		}
	}
	slices.Sort(withSyntax)
	if want := []string{
		"example.com/ext", "example.com/ext [example.com/ext.test]", "example.com/ext.test",
		"example.com/facts/app", "example.com/facts/lib", "example.com/facts/mid",
	}; !slices.Equal(withSyntax, want) {
		t.Errorf("packages loaded from source: %q, want %q", withSyntax, want)
	}
	for _, want := range []string{"strings", "unicode"} {
		if !slices.Contains(withoutSyntax, want) {
			t.Errorf("package %s not in the import graph (from export data)", want)
		}
	}

	// Only app is a root; its Imports are narrowed to the source packages.
	if len(res.roots) != 1 || res.roots[0].ID != "example.com/facts/app" {
		t.Fatalf("roots = %v, want [example.com/facts/app]", res.roots)
	}
	var imports []string
	for path := range res.roots[0].Imports {
		imports = append(imports, path)
	}
	slices.Sort(imports)
	if want := []string{"example.com/ext", "example.com/facts/lib", "example.com/facts/mid"}; !slices.Equal(imports, want) {
		t.Errorf("app imports after rewiring: %q, want %q", imports, want)
	}
	if len(res.errors) != 0 {
		t.Errorf("errors: %q", res.errors)
	}
}

// TestLoadRootsExcludeDependencyTests checks that when a local dependency is
// loaded with its tests (a side effect of naming it on go list's command
// line), its test packages are not roots.
func TestLoadRootsExcludeDependencyTests(t *testing.T) {
	res, err := load(loadConfig{patterns: []string{"./c"}, tests: true, dir: fixture(t, "basic")})
	if err != nil {
		t.Fatal(err)
	}
	var roots []string
	for _, p := range res.roots {
		roots = append(roots, p.ID)
	}
	if want := []string{"example.com/basic/c"}; !slices.Equal(roots, want) {
		t.Errorf("roots = %q, want %q", roots, want)
	}
}
