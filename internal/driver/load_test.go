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
// patterns and a guess of their local dependencies, including when the
// guess is wrong (a second typed load) and when loading fails.
func TestLoadSpeculationSameResult(t *testing.T) {
	for _, tc := range []struct {
		fixture  string
		patterns []string
		tests    bool
		spec     bool     // what speculate guesses
		extra    []string // and the extra patterns
		force    []string // a guess to try instead, if not nil
		loads    int      // go list runs with the guess
	}{
		{fixture: "basic", patterns: []string{"./..."}, tests: true, spec: true, loads: 1},
		{fixture: "basic", patterns: []string{"./..."}, spec: true, loads: 1},
		{fixture: "basic", patterns: []string{"./c"}, tests: true, force: []string{}, loads: 2},        // c imports a
		{fixture: "basic", patterns: []string{"./a", "./b"}, tests: true, force: []string{}, loads: 1}, // right
		{fixture: "basic", patterns: []string{"example.com/basic/..."}, tests: true, spec: true, loads: 1},
		{fixture: "basic", patterns: []string{"./nosuch/..."}, tests: true, force: []string{}, loads: 1},
		{fixture: "basic", patterns: []string{"./nosuch"}, tests: true, force: []string{}, loads: 1},
		{fixture: "basic", patterns: []string{"./..."}, tests: true, spec: true, force: []string{"example.com/nosuch/..."}, loads: 1},
		{fixture: "basic", patterns: []string{"./a/a.go"}, tests: true, spec: true, loads: 1},
		{fixture: "facts", patterns: []string{"./..."}, tests: true, spec: true, extra: []string{"example.com/ext/..."}, loads: 1},
		{fixture: "facts", patterns: []string{"./..."}, spec: true, extra: []string{"example.com/ext/..."}, loads: 1},
		{fixture: "facts", patterns: []string{"./..."}, tests: true, spec: true, extra: []string{"example.com/ext/..."}, force: []string{}, loads: 2}, // too few
		{fixture: "facts", patterns: []string{"./..."}, tests: true, spec: true, extra: []string{"example.com/ext/..."},
			force: []string{"example.com/ext/...", "example.com/nosuch/..."}, loads: 1},
		{fixture: "facts", patterns: []string{"example.com/facts/..."}, tests: true},
		{fixture: "facts", patterns: []string{"./app"}, tests: true, force: []string{}, loads: 2}, // too few
		// ext/unused is not reached: a second load.
		{fixture: "facts+unused", patterns: []string{"./..."}, tests: true, spec: true, extra: []string{"example.com/ext/..."}, loads: 2},
		// Named as x-y/... and x/..., go list would list x-y before x: a
		// second load, with x, x-y and x/z in that order.
		{fixture: "two replaced", patterns: []string{"./..."}, tests: true, spec: true,
			extra: []string{"example.com/x-y/...", "example.com/x/..."}, loads: 2},
		{fixture: "broken", patterns: []string{"./..."}, tests: true, spec: true, loads: 1},
		{fixture: "syntax", patterns: []string{"./..."}, tests: true, spec: true, loads: 1},
		{fixture: "embed", patterns: []string{"./..."}, tests: true, spec: true, loads: 1},
		{fixture: "embed", patterns: []string{"./app"}, tests: true, force: []string{}, loads: 2},
		{fixture: "linedir", patterns: []string{"./..."}, tests: true, spec: true, loads: 1},
		{fixture: "cgo", patterns: []string{"./..."}, tests: true, spec: true, loads: 1},
		{fixture: "bench", patterns: []string{"./srv"}, tests: true, force: []string{}, loads: 2},
	} {
		dir := fixture(t, tc.fixture)
		switch tc.fixture {
		case "facts+unused":
			dir = factsWithUnused(t)
		case "two replaced":
			dir = twoReplaced(t)
		}
		cfg := loadConfig{patterns: tc.patterns, tests: tc.tests, dir: dir}
		name := fmt.Sprintf("%s %s (tests %v)", tc.fixture, strings.Join(tc.patterns, " "), tc.tests)
		extra, ok := speculate(cfg)
		if ok != tc.spec || !slices.Equal(extra, tc.extra) {
			t.Errorf("%s: speculate = %q, %v; want %q, %v", name, extra, ok, tc.extra, tc.spec)
		}
		if tc.force != nil {
			extra, ok = tc.force, true
			if len(extra) == 0 {
				extra = nil
			}
		}
		if !ok {
			continue
		}
		want, wantErr := summarizeLoad(loadWith(cfg, nil))
		packagesLoads = 0
		got, gotErr := summarizeLoad(loadSpeculating(cfg, extra, true))
		if packagesLoads != tc.loads {
			t.Errorf("%s: guessing %q: %d go list runs, want %d", name, extra, packagesLoads, tc.loads)
		}
		if gotErr != wantErr || !slices.Equal(got, want) {
			t.Errorf("%s: guessing %q:\n%s%s\nwithout:\n%s%s", name, extra,
				strings.Join(got, "\n"), gotErr, strings.Join(want, "\n"), wantErr)
		}
	}
}

// factsWithUnused returns the directory of a copy of the facts fixture
// whose replacement ext has a package that nothing imports, ext/unused.
func factsWithUnused(t *testing.T) string {
	dir := t.TempDir()
	for _, mod := range []string{"facts", "ext"} {
		if err := os.CopyFS(filepath.Join(dir, mod), os.DirFS(fixture(t, mod))); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "ext", "unused"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ext", "unused", "unused.go"), []byte("package unused\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "facts")
}

// twoReplaced returns the directory of a module, example.com/main, that
// imports example.com/x, example.com/x/z and example.com/x-y, two modules
// it replaces by directories.
func twoReplaced(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"main/go.mod": "module example.com/main\n\ngo 1.26\n\nrequire (\n\texample.com/x v0.0.0\n\texample.com/x-y v0.0.0\n)\n\n" +
			"replace example.com/x => ../x\n\nreplace example.com/x-y => ../xy\n",
		"main/main.go": "package main\n\nimport (\n\t_ \"example.com/x\"\n\t_ \"example.com/x-y\"\n\t_ \"example.com/x/z\"\n)\n\nfunc main() {}\n",
		"x/go.mod":     "module example.com/x\n\ngo 1.26\n",
		"x/x.go":       "package x\n",
		"x/z/z.go":     "package z\n",
		"xy/go.mod":    "module example.com/x-y\n\ngo 1.26\n",
		"xy/xy.go":     "package xy\n",
	}
	for name, content := range files {
		name = filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "main")
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
	if _, ok := speculate(cfg); !ok {
		t.Fatal("speculate = false without go.work, want true")
	}
	t.Setenv("GOWORK", filepath.Join(t.TempDir(), "go.work"))
	if _, ok := speculate(cfg); ok {
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
	if _, ok := speculate(loadConfig{patterns: []string{"./..."}, dir: filepath.Join(dir, "basic")}); ok {
		t.Error("speculate = true under a go.work file, want false")
	}
	t.Setenv("GOWORK", "off")
	if _, ok := speculate(loadConfig{patterns: []string{"./..."}, dir: filepath.Join(dir, "basic")}); !ok {
		t.Error("speculate = false under a go.work file with GOWORK=off, want true")
	}
}

func TestExpansionOrder(t *testing.T) {
	for _, tc := range []struct {
		deps, extra, want []string
	}{
		{nil, nil, nil},
		{[]string{"m/a", "m/b"}, []string{"m/..."}, []string{"m/a", "m/b"}},
		{[]string{"m/a", "m/a-b", "m/a/c"}, []string{"m/..."}, []string{"m/a", "m/a-b", "m/a/c"}},
		// Each pattern in turn: not the sorted order.
		{[]string{"a/b", "a/b-c", "a/b/x"}, []string{"a/b-c/...", "a/b/..."}, []string{"a/b-c", "a/b", "a/b/x"}},
		// Each pattern in turn; a package matched twice comes first.
		{[]string{"m/x", "n", "n/y"}, []string{"n/...", "m/..."}, []string{"n", "n/y", "m/x"}},
		{[]string{"m", "m/sub/p"}, []string{"m/...", "m/sub/..."}, []string{"m", "m/sub/p"}},
		{[]string{"m/a", "o/b"}, []string{"m/..."}, []string{"m/a", "o/b"}},
	} {
		if got := expansionOrder(tc.deps, tc.extra); !slices.Equal(got, tc.want) {
			t.Errorf("expansionOrder(%q, %q) = %q, want %q", tc.deps, tc.extra, got, tc.want)
		}
	}
}

// TestPackageErrorsNoMetadataCascade: after a go list error, the type
// errors "could not import P (no metadata for P)" of the same package are
// left out; without a list error they are kept.
func TestPackageErrorsNoMetadataCascade(t *testing.T) {
	listErr := packages.Error{Pos: "a/a.go:3:2", Msg: "example.com/dep@v1.0.0: reading https://proxy.golang.org/...: 403 Forbidden", Kind: packages.ListError}
	cascade := packages.Error{Pos: "a/a.go:4:2", Msg: "could not import fmt (no metadata for fmt)", Kind: packages.TypeError}
	real := packages.Error{Pos: "a/a.go:9:2", Msg: "undefined: x", Kind: packages.TypeError}
	got := packageErrors([]*packages.Package{{PkgPath: "example.com/a", Errors: []packages.Error{listErr, cascade, real}}})
	want := []string{listErr.Error(), real.Error()}
	if !slices.Equal(got, want) {
		t.Errorf("with a list error:\n got %q\nwant %q", got, want)
	}
	got = packageErrors([]*packages.Package{{PkgPath: "example.com/b", Errors: []packages.Error{cascade}}})
	if want := []string{cascade.Error()}; !slices.Equal(got, want) {
		t.Errorf("without a list error:\n got %q\nwant %q", got, want)
	}
}
