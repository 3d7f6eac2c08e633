package driver

import (
	"errors"
	"fmt"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/packages"
)

// loadConfig says what to load.
type loadConfig struct {
	patterns []string
	tests    bool   // include test packages
	tags     string // -tags value
	dir      string // directory in which to run the build system ("" = current)
}

// loaded is the result of load.
type loaded struct {
	// roots are the packages matching the patterns, type-checked from
	// source, in the order of go list. Generated test mains are left out.
	roots []*packages.Package
	// source are all packages type-checked from source: the roots and the
	// packages of the main module(s) they depend on, whose Imports have been
	// rewired to refer only to other members of source.
	source []*packages.Package
	// errors are the errors of every package of the graph, de-duplicated,
	// dependencies first, as packages.PrintErrors would print them.
	errors []string
}

// packagesLoads counts the calls of packages.Load (each runs go list), for
// tests.
var packagesLoads int

// loadHook, if set by a test, is called with the packages of the second load
// before their Imports are rewired, that is with the full import graph.
var loadHook func(initial []*packages.Package)

// load loads the packages matching cfg.patterns from source, together with
// the packages of the main module(s) they depend on, and everything else
// from export data.
//
// x/tools' checker (multichecker) loads every dependency from source
// (packages.LoadAllSyntax) as soon as one analyzer uses facts. tokenvet's
// analyzers only need facts from packages of the main module(s): they know
// the standard library and the third-party libraries they model. So:
//
//  1. A cheap metadata load (go list -deps, no type-checking) of the
//     patterns finds the "local" packages reachable from them: those of a
//     main module (Module.Main).
//  2. One packages.LoadSyntax load (no NeedDeps) of the patterns plus the
//     import paths of those local dependencies: go/packages type-checks every
//     package named on its command line from source and the rest from export
//     data. A single load, so that the types.Objects of a local dependency
//     are the ones its importers see, and facts about them match.
//  3. The Imports of each source package are narrowed to the source
//     packages: checker.Analyze runs analyzers that use facts on every
//     package reachable through Imports, and the export-data packages have
//     no syntax or types.Info.
//
// Steps 1 and 2 each run the go command, which on a small module costs as
// much as type-checking it. When the local dependencies can be guessed (see
// speculate: the patterns are ./... at the root of a module without go.work,
// the usual run), step 2 runs first, with the patterns plus the guess: none,
// or MOD/... for each module MOD replaced by a directory. Step 1 is then
// done on its import graph, which holds the same metadata: if the local
// dependencies are the packages of the guess, that load is the one step 2
// would have made (the same packages named on go list's command line, in
// the same order), and step 1 is skipped; otherwise step 2 runs again, as
// without a guess. The result is the same either way.
//
// Only roots are passed to checker.Analyze as roots, so diagnostics are
// reported for them alone, while local dependencies are analyzed for their
// facts.
func load(cfg loadConfig) (*loaded, error) {
	extra, ok := speculate(cfg)
	return loadSpeculating(cfg, extra, ok)
}

// loadSpeculating is load with the guess of speculate.
func loadSpeculating(cfg loadConfig, extra []string, ok bool) (*loaded, error) {
	if ok {
		res, err := loadGuess(cfg, extra)
		if err == nil || extra == nil {
			return res, err
		}
		// A guess of replaced modules that makes go list fail: without it.
	}
	return loadWith(cfg, nil)
}

// loadGuess is load with step 2 first, its patterns followed by extra
// (guessed local dependencies, see load).
func loadGuess(cfg loadConfig, extra []string) (*loaded, error) {
	initial, err := loadTyped(cfg, extra)
	if err != nil {
		return nil, err
	}
	meta := initial
	if extra != nil {
		// The patterns are ./... at the root of the main module: they
		// match its packages, which are the only ones of a main module.
		meta = nil
		for _, p := range initial {
			if p.Module != nil && p.Module.Main {
				meta = append(meta, p)
			}
		}
	}
	return loadWith(cfg, &guess{extra: extra, meta: meta, initial: initial})
}

// guess is the typed load of the patterns and guessed local dependencies
// (extra), and its packages that match the patterns.
type guess struct {
	extra         []string
	meta, initial []*packages.Package
}

// loadTyped is the typed load of step 2 of the patterns followed by more.
func loadTyped(cfg loadConfig, more []string) ([]*packages.Package, error) {
	var buildFlags []string
	if cfg.tags != "" {
		buildFlags = []string{"-tags=" + cfg.tags}
	}
	packagesLoads++
	initial, err := packages.Load(&packages.Config{
		Mode:       packages.LoadSyntax | packages.NeedModule,
		Tests:      cfg.tests,
		BuildFlags: buildFlags,
		Dir:        cfg.dir,
	}, append(slices.Clip(cfg.patterns), more...)...)
	if err != nil {
		return nil, goError(err)
	}
	return initial, nil
}

// loadWith is load, with g the typed load of a guess if not nil.
func loadWith(cfg loadConfig, g *guess) (*loaded, error) {
	// Step 1: metadata of the whole graph.
	var meta []*packages.Package
	if g != nil {
		meta = g.meta
	} else {
		var buildFlags []string
		if cfg.tags != "" {
			buildFlags = []string{"-tags=" + cfg.tags}
		}
		var err error
		packagesLoads++
		meta, err = packages.Load(&packages.Config{
			Mode:       packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule,
			Tests:      cfg.tests,
			BuildFlags: buildFlags,
			Dir:        cfg.dir,
		}, cfg.patterns...)
		if err != nil {
			return nil, goError(err)
		}
	}
	if len(meta) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(cfg.patterns, " "))
	}
	isRoot := make(map[string]bool) // by package ID
	for _, p := range meta {
		isRoot[p.ID] = true
	}
	goroot, err := gopathGOROOT(meta, cfg.dir)
	if err != nil {
		return nil, err
	}
	deps := localDeps(meta, cfg.patterns, goroot)

	// Step 2: source for roots and local dependencies, export data for
	// the rest.
	var initial []*packages.Package
	if g != nil && slices.Equal(deps, guessedDeps(g, isRoot)) && slices.Equal(deps, expansionOrder(deps, g.extra)) {
		initial = g.initial
	} else {
		initial, err = loadTyped(cfg, deps)
		if err != nil {
			return nil, err
		}
	}
	if loadHook != nil {
		loadHook(initial)
	}

	// The errors of the packages requested and their dependencies, not
	// those of the test variants of local dependencies, loaded only as a
	// side effect of naming them (whose test dependencies need not even
	// be resolvable, in a replaced module).
	var requested []*packages.Package
	for _, p := range initial {
		if isRoot[p.ID] || p.ID == p.PkgPath && !isTestMain(p) {
			requested = append(requested, p)
		}
	}
	relaxIllTyped(initial)
	res := &loaded{source: initial, errors: packageErrors(requested)}

	// Step 3: rewire.
	byID := make(map[string]*packages.Package, len(initial))
	for _, p := range initial {
		byID[p.ID] = p
	}
	for _, p := range initial {
		imports := make(map[string]*packages.Package)
		for path, imp := range p.Imports {
			if byID[imp.ID] == imp {
				imports[path] = imp
			}
		}
		p.Imports = imports
		if isRoot[p.ID] && !isTestMain(p) {
			res.roots = append(res.roots, p)
		}
	}
	return res, nil
}

// localDeps returns the sorted import paths of the local packages reachable
// from meta (loaded with the patterns) that are not roots.
func localDeps(meta []*packages.Package, patterns []string, goroot string) []string {
	if namesFiles(patterns) {
		return nil
	}
	rootPaths := make(map[string]bool)
	for _, p := range meta {
		rootPaths[p.PkgPath] = true
	}
	var deps []string
	packages.Visit(meta, nil, func(p *packages.Package) {
		// A test variant of a dependency ("d [p.test]") cannot be named
		// on the command line: it is loaded from export data, or from
		// source without function bodies if it imports a root, and
		// does not pass on facts.
		if isLocal(p, goroot) && p.ID == p.PkgPath && !rootPaths[p.PkgPath] {
			rootPaths[p.PkgPath] = true
			deps = append(deps, p.PkgPath)
		}
	})
	slices.Sort(deps)
	return deps
}

// guessedDeps returns the sorted import paths of the packages of a guess
// named by its extra patterns, the non-roots loaded from source.
func guessedDeps(g *guess, isRoot map[string]bool) []string {
	var deps []string
	for _, p := range g.initial {
		if !isRoot[p.ID] && p.ID == p.PkgPath && !isTestMain(p) {
			deps = append(deps, p.PkgPath)
		}
	}
	slices.Sort(deps)
	return deps
}

// expansionOrder returns deps in the order in which go list expands the
// patterns extra (MOD/..., in order) into them: each pattern's new matches,
// sorted. When it is the sorted order in which load names them, the two
// command lines name the same packages in the same order: it is not with
// patterns "a/b-c/..." and "a/b/..." matching a/b, a/b-c and a/b/x.
func expansionOrder(deps, extra []string) []string {
	var order []string
	taken := make(map[string]bool)
	for _, pat := range extra {
		prefix := strings.TrimSuffix(pat, "/...")
		var matches []string
		for _, d := range deps {
			if !taken[d] && (d == prefix || strings.HasPrefix(d, prefix+"/")) {
				taken[d] = true
				matches = append(matches, d)
			}
		}
		slices.Sort(matches)
		order = append(order, matches...)
	}
	for _, d := range deps {
		if !taken[d] {
			order = append(order, d)
		}
	}
	return order
}

// speculate guesses the local packages outside the patterns that they
// reach, for load: ok if the patterns name files (none) or are all DIR/...
// (or MODULEPATH/..., if no module is replaced by a directory) for the
// root DIR of the module in cfg.dir, outside a go.work workspace; extra are
// then MOD/... for each module MOD that go.mod replaces by a directory. A
// guess, checked by load: a wrong one costs time, not correctness.
func speculate(cfg loadConfig) (extra []string, ok bool) {
	if namesFiles(cfg.patterns) {
		return nil, true
	}
	dir := cfg.dir
	if dir == "" {
		dir = "."
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, false
	}
	if w := os.Getenv("GOWORK"); w != "off" && (w != "" || findUp(dir, "go.work") != "") {
		return nil, false
	}
	if os.Getenv("GO111MODULE") == "off" {
		return nil, false
	}
	gomod := findUp(dir, "go.mod")
	if gomod == "" {
		return nil, false
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return nil, false
	}
	mf, err := modfile.Parse(gomod, data, nil)
	if err != nil || mf.Module == nil {
		return nil, false
	}
	for _, r := range mf.Replace {
		if r.New.Version == "" { // a directory
			if p := r.Old.Path + "/..."; !slices.Contains(extra, p) {
				extra = append(extra, p)
			}
		}
	}
	slices.Sort(extra)
	root := filepath.Dir(gomod)
	for _, p := range cfg.patterns {
		prefix, ok := strings.CutSuffix(p, "/...")
		if !ok {
			return nil, false
		}
		if prefix == mf.Module.Mod.Path && extra == nil {
			// (With replaced modules, a module path pattern may
			// match packages of theirs nested under it.)
			continue
		}
		if !filepath.IsAbs(prefix) && !build.IsLocalImport(prefix) {
			return nil, false
		}
		if !filepath.IsAbs(prefix) {
			prefix = filepath.Join(dir, prefix)
		}
		if filepath.Clean(prefix) != root {
			return nil, false
		}
	}
	return extra, true
}

// findUp returns the path of the file name in dir or the nearest directory
// above it, or "".
func findUp(dir, name string) string {
	for {
		f := filepath.Join(dir, name)
		if fi, err := os.Stat(f); err == nil && !fi.IsDir() {
			return f
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// relaxIllTyped clears the IllTyped mark of the packages reachable from
// pkgs whose syntax and types are sound: go/packages marks a package
// IllTyped if it or any dependency has an error of any kind, and checker
// then skips the package. But an error found by go list alone, such as a
// //go:embed pattern that matches no file (an asset built later), leaves
// the types of the package and of its importers intact; the error is still
// printed. A package stays IllTyped if it has a parse or type error, its
// files were not all parsed, its types are incomplete (export data that
// could not be built or read), or a dependency stays IllTyped.
func relaxIllTyped(pkgs []*packages.Package) {
	for p := range packages.Postorder(pkgs) {
		if !p.IllTyped || p.Types == nil || !p.Types.Complete() || p.TypesInfo == nil ||
			len(p.Syntax) == 0 || len(p.Syntax) != len(p.CompiledGoFiles) {
			continue
		}
		sound := true
		for _, err := range p.Errors {
			sound = sound && err.Kind == packages.ListError
		}
		for _, imp := range p.Imports {
			sound = sound && !imp.IllTyped
		}
		if sound {
			p.IllTyped = false
		}
	}
}

// isLocal reports whether p is analyzed from source for its facts: it
// belongs to a main module (the module in the current directory, or one of
// the go.work modules), or to a module replaced by a local directory (a
// sibling module, as go vet would analyze it), or, in GOPATH mode, it is
// not in GOROOT.
func isLocal(p *packages.Package, goroot string) bool {
	if m := p.Module; m != nil {
		return m.Main || m.Replace != nil && m.Replace.Version == "" && m.Replace.Dir != ""
	}
	return goroot != "" && len(p.GoFiles) > 0 && !inDir(p.GoFiles[0], goroot)
}

// inDir reports whether file is under dir.
func inDir(file, dir string) bool {
	rel, err := filepath.Rel(dir, file)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// gopathGOROOT returns GOROOT if the packages were loaded in GOPATH mode
// (none belongs to a module), and "" otherwise.
func gopathGOROOT(meta []*packages.Package, dir string) (string, error) {
	gopath := true
	packages.Visit(meta, nil, func(p *packages.Package) {
		gopath = gopath && p.Module == nil
	})
	if !gopath {
		return "", nil
	}
	cmd := exec.Command("go", "env", "GOROOT")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// isTestMain reports whether p is a generated test main package ("p.test").
func isTestMain(p *packages.Package) bool {
	return p.Name == "main" && strings.HasSuffix(p.ID, ".test") && !strings.Contains(p.ID, " ")
}

// namesFiles reports whether patterns name .go files: go list does not
// accept those together with import paths.
func namesFiles(patterns []string) bool {
	for _, p := range patterns {
		if strings.HasSuffix(p, ".go") {
			return true
		}
	}
	return false
}

// goError returns the error of a failed go command as the go command
// printed it: go/packages words it "err: exit status 1: stderr: go: ...".
func goError(err error) error {
	msg := err.Error()
	if !strings.HasPrefix(msg, "err: ") {
		return err
	}
	if _, stderr, ok := strings.Cut(msg, ": stderr: "); ok && strings.TrimSpace(stderr) != "" {
		return errors.New(strings.TrimSpace(stderr))
	}
	return err
}

// noMetadata is in the type errors of imports go list gave no metadata
// for ("could not import fmt (no metadata for fmt)").
const noMetadata = "(no metadata for "

// packageErrors returns the errors of the packages reachable from pkgs,
// dependencies first, without duplicates (a file of p is compiled twice
// with tests, in p and in "p [p.test]"), and without cascades, as go vet
// reports them: for each package path, its go list errors, and then either
// its first syntax error or, if it has none, its first type error, followed
// by "(and N more errors)". The type errors of a package that imports an
// ill-typed one are left out: they follow from the other's errors.
func packageErrors(pkgs []*packages.Package) []string {
	type pathErrors struct {
		list, syntax, types []string // de-duplicated, in order
	}
	var order []string
	byPath := make(map[string]*pathErrors)
	add := func(list *[]string, s string) {
		if !slices.Contains(*list, s) {
			*list = append(*list, s)
		}
	}
	var moduleErrors []string
	seenMod := make(map[*packages.Module]bool)
	for p := range packages.Postorder(pkgs) {
		pe := byPath[p.PkgPath]
		if pe == nil {
			pe = new(pathErrors)
			byPath[p.PkgPath] = pe
			order = append(order, p.PkgPath)
		}
		depBroken := false
		for _, imp := range p.Imports {
			depBroken = depBroken || imp.IllTyped
		}
		// go list -export compiles every package; for one that is also
		// type-checked from source, the compiler's output ("# pkg\n...")
		// repeats the type errors.
		typeErrors, listErrors := false, false
		for _, err := range p.Errors {
			typeErrors = typeErrors || err.Kind == packages.TypeError || err.Kind == packages.ParseError
			listErrors = listErrors || err.Kind == packages.ListError && !strings.HasPrefix(err.Msg, "# ")
		}
		for _, err := range p.Errors {
			switch {
			case err.Kind == packages.ParseError:
				add(&pe.syntax, err.Error())
			case err.Kind == packages.TypeError:
				// After a go list error (a module the proxy refuses), the
				// type checker finds no metadata for any import, even
				// fmt: those follow from the list error.
				if !depBroken && !(listErrors && strings.Contains(err.Msg, noMetadata)) {
					add(&pe.types, err.Error())
				}
			case typeErrors && err.Kind == packages.ListError && strings.HasPrefix(err.Msg, "# "):
			default:
				add(&pe.list, err.Error())
			}
		}
		if mod := p.Module; mod != nil && mod.Error != nil && !seenMod[mod] {
			seenMod[mod] = true
			moduleErrors = append(moduleErrors, mod.Error.Err)
		}
	}
	var errs []string
	seen := make(map[string]bool)
	emit := func(s string) {
		if !seen[s] {
			seen[s] = true
			errs = append(errs, s)
		}
	}
	for _, path := range order {
		pe := byPath[path]
		for _, e := range pe.list {
			emit(e)
		}
		first := pe.syntax
		if len(first) == 0 {
			first = pe.types
		}
		switch len(first) {
		case 0:
		case 1:
			emit(first[0])
		default:
			emit(fmt.Sprintf("%s (and %d more errors)", first[0], len(first)-1))
		}
	}
	for _, e := range moduleErrors {
		emit(e)
	}
	return errs
}
