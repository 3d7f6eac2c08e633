package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// TestLoadSpeculationSameResult checks that load gives the same result
// whether it starts with the metadata load or with the typed load of the
// patterns alone (speculation), including when the guess is wrong (local
// dependencies outside the patterns: a second typed load) and when loading
// fails.
func TestLoadSpeculationSameResult(t *testing.T) {
	for _, tc := range []struct {
		fixture  string
		patterns []string
		tests    bool
		spec     bool // what speculate guesses
	}{
		{"basic", []string{"./..."}, true, true},
		{"basic", []string{"./..."}, false, true},
		{"basic", []string{"./c"}, true, false},        // c imports a: a second load
		{"basic", []string{"./a", "./b"}, true, false}, // nothing outside: one load would do
		{"basic", []string{"example.com/basic/..."}, true, true},
		{"basic", []string{"./nosuch/..."}, true, false},
		{"basic", []string{"./nosuch"}, true, false},
		{"basic", []string{"./a/a.go"}, true, true},
		{"facts", []string{"./..."}, true, false}, // ext replaced by a directory
		{"facts", []string{"./app"}, true, false},
		{"broken", []string{"./..."}, true, true},
		{"syntax", []string{"./..."}, true, true},
		{"embed", []string{"./..."}, true, true},
		{"embed", []string{"./app"}, true, false},
		{"linedir", []string{"./..."}, true, true},
		{"cgo", []string{"./..."}, true, true},
		{"bench", []string{"./srv"}, true, false},
	} {
		cfg := loadConfig{patterns: tc.patterns, tests: tc.tests, dir: fixture(t, tc.fixture)}
		name := tc.fixture + " " + strings.Join(tc.patterns, " ")
		if got := speculate(cfg); got != tc.spec {
			t.Errorf("%s: speculate = %v, want %v", name, got, tc.spec)
		}
		want, wantErr := summarizeLoad(loadWith(cfg, false))
		got, gotErr := summarizeLoad(loadWith(cfg, true))
		if gotErr != wantErr || !slices.Equal(got, want) {
			t.Errorf("%s: with speculation:\n%s%s\nwithout:\n%s%s", name,
				strings.Join(got, "\n"), gotErr, strings.Join(want, "\n"), wantErr)
		}
	}
}

// summarizeLoad describes what load returned: each source package with its
// kind, whether it has syntax and its rewired imports, then the errors.
func summarizeLoad(res *loaded, err error) ([]string, string) {
	if err != nil {
		return nil, "error: " + err.Error()
	}
	isRoot := make(map[*packages.Package]bool)
	var lines []string
	for _, p := range res.roots {
		isRoot[p] = true
		lines = append(lines, "root "+p.ID)
	}
	for _, p := range res.source {
		var imports []string
		for path, imp := range p.Imports {
			imports = append(imports, path+"="+imp.ID)
		}
		slices.Sort(imports)
		lines = append(lines, fmt.Sprintf("source %s root=%v syntax=%d illtyped=%v imports=%v",
			p.ID, isRoot[p], len(p.Syntax), p.IllTyped, imports))
	}
	for _, e := range res.errors {
		lines = append(lines, "error "+e)
	}
	return lines, ""
}

// TestSpeculateNotInWorkspace checks that speculate does not guess inside a
// go.work workspace, where every module is a main module.
func TestSpeculateNotInWorkspace(t *testing.T) {
	cfg := loadConfig{patterns: []string{"./..."}, dir: fixture(t, "basic")}
	t.Setenv("GOWORK", "")
	if !speculate(cfg) {
		t.Fatal("speculate = false without go.work, want true")
	}
	t.Setenv("GOWORK", filepath.Join(t.TempDir(), "go.work"))
	if speculate(cfg) {
		t.Error("speculate = true with GOWORK set, want false")
	}
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "basic"), os.DirFS(cfg.dir)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.work"), []byte("go 1.26\n\nuse ./basic\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOWORK", "")
	if speculate(loadConfig{patterns: []string{"./..."}, dir: filepath.Join(dir, "basic")}) {
		t.Error("speculate = true under a go.work file, want false")
	}
	t.Setenv("GOWORK", "off")
	if !speculate(loadConfig{patterns: []string{"./..."}, dir: filepath.Join(dir, "basic")}) {
		t.Error("speculate = false under a go.work file with GOWORK=off, want true")
	}
}
