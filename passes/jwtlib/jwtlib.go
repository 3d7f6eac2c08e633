package jwtlib

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/gomod"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Meta is jwtlib's metadata: CWE-1104, Use of Unmaintained Third Party
// Components, and CWE-1395, Dependency on Vulnerable Third-Party Component.
var Meta = meta.New("jwtlib", doc, meta.Warning, 1104, 1395)

// Analyzer is the jwtlib analyzer.
var Analyzer = &analysis.Analyzer{
	Name: Meta.Name,
	Doc:  Meta.Doc,
	URL:  Meta.URL,
	Run:  suppress.Run(run),
	// An import is syntax: it is worth reporting in a package that does
	// not type-check (perhaps because the old library is missing).
	RunDespiteErrors: true,
}

// allow is the value of the -allow flag.
var allow string

func init() {
	Analyzer.Flags.StringVar(&allow, "allow", "",
		"comma-separated module paths of deprecated or vulnerable token libraries not to report")
}

func run(pass *analysis.Pass) (any, error) {
	allowed, err := parseAllow(allow)
	if err != nil {
		return nil, err
	}
	c := &checker{pass: pass, allowed: allowed}
	// One finding per library and package, at its first import: in the
	// package's own files before its _test.go files, so that the package
	// and its test variant report the same place.
	files := slices.Clone(pass.Files)
	testFile := func(f *ast.File) int {
		if astutil.InTestFile(pass, f.Pos()) {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(files, func(a, b *ast.File) int { return testFile(a) - testFile(b) })
	type first struct {
		spec *ast.ImportSpec
		path string
	}
	var order []*model.Library
	firsts := make(map[*model.Library]first)
	others := make(map[*model.Library][]token.Pos) // later imports: a directive there counts too
	for _, f := range files {
		for _, spec := range f.Imports {
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			path = model.CanonicalPath(path)
			lib := model.LibraryOf(path)
			if lib == nil {
				continue
			}
			if _, seen := firsts[lib]; seen {
				others[lib] = append(others[lib], spec.Path.Pos())
				continue
			}
			firsts[lib] = first{spec, path}
			order = append(order, lib)
		}
	}
	for _, lib := range order {
		c.checkImport(firsts[lib].spec, firsts[lib].path, others[lib])
	}
	return nil, nil
}

// parseAllow parses the -allow flag: module paths of libraries that the
// model lists as deprecated or vulnerable. Any other value is most likely a
// typo, which would silently allow nothing, so it is an error.
func parseAllow(s string) (map[*model.Library]bool, error) {
	allowed := make(map[*model.Library]bool)
	var bad []string
	for v := range strings.SplitSeq(s, ",") {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		lib := model.LibraryOf(v)
		if lib == nil || lib.Module != v || !reportable(lib) {
			bad = append(bad, strconv.Quote(v))
			continue
		}
		allowed[lib] = true
	}
	if len(bad) > 0 {
		var known []string
		for _, lib := range model.Libraries() {
			if reportable(lib) {
				known = append(known, lib.Module)
			}
		}
		return nil, fmt.Errorf("-allow: %s: not the module path of a deprecated or vulnerable token library (one of %s)",
			strings.Join(bad, ", "), strings.Join(known, ", "))
	}
	return allowed, nil
}

// reportable reports whether jwtlib may report imports of lib.
func reportable(lib *model.Library) bool {
	return lib.Deprecated != "" || len(lib.Advisories) > 0
}

type checker struct {
	pass    *analysis.Pass
	allowed map[*model.Library]bool

	// The go.mod of the package's module, read at the first import that
	// needs a version; nil if not found.
	modLoaded bool
	mod       *gomod.File
	modTok    *token.File // mod in pass.Fset, for Related positions
}

func (c *checker) checkImport(spec *ast.ImportSpec, path string, also []token.Pos) {
	lib := model.LibraryOf(path)
	if lib == nil || !reportable(lib) || c.allowed[lib] {
		return
	}
	if lib.Deprecated != "" {
		// Migrating fixes any advisory of the version too.
		suppress.ReportAt(c.pass, analysis.Diagnostic{Pos: spec.Path.Pos(), End: spec.Path.End(),
			Message: deprecationMessage(path, lib)}, also...)
		return
	}
	req, ok := c.module().Lookup(path)
	if !ok {
		return
	}
	msg, ok := advisoryMessage(lib, req)
	if !ok {
		return
	}
	diag := analysis.Diagnostic{Pos: spec.Path.Pos(), End: spec.Path.End(), Message: msg}
	if tf := c.modTokenFile(); tf != nil && req.Line > 0 && req.Offset < tf.Size() {
		diag.Related = []analysis.RelatedInformation{{
			Pos:     tf.Pos(req.Offset),
			Message: fmt.Sprintf("%s %s required here", req.Module, req.Version),
		}}
	}
	suppress.ReportAt(c.pass, diag, also...)
}

// module returns the go.mod of the package's module, or nil.
func (c *checker) module() *gomod.File {
	if !c.modLoaded {
		c.modLoaded = true
		c.mod = findModule(c.pass)
	}
	return c.mod
}

// modTokenFile returns the go.mod as a file of pass.Fset, so that a
// diagnostic can point at its require directive (as asmdecl does for
// assembly files).
func (c *checker) modTokenFile() *token.File {
	if c.modTok == nil && c.mod != nil {
		c.modTok = c.pass.Fset.AddFile(c.mod.Path, -1, len(c.mod.Data))
		c.modTok.SetLinesForContent(c.mod.Data)
	}
	return c.modTok
}

// findModule returns the go.mod of pass.Module, found by walking up from the
// directories of the package's files, or nil if the module is not known (as
// under Bazel's nogo, or in GOPATH mode).
func findModule(pass *analysis.Pass) *gomod.File {
	if pass.Module == nil || pass.Module.Path == "" {
		return nil
	}
	var names []string
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil {
			names = append(names, tf.Name())
		}
	}
	return findModuleOf(names, pass.Module.Path)
}

// findModuleOf returns the go.mod of module modulePath above the first of
// the files that has one. Trying every file skips files that were generated
// elsewhere (cgo).
func findModuleOf(filenames []string, modulePath string) *gomod.File {
	tried := make(map[string]bool)
	for _, name := range filenames {
		dir := filepath.Dir(name)
		if tried[dir] {
			continue
		}
		tried[dir] = true
		if mod := gomod.Find(dir, modulePath); mod != nil {
			return mod
		}
	}
	return nil
}

// deprecationMessage returns the message for an import of path, a package
// of the deprecated library lib.
func deprecationMessage(path string, lib *model.Library) string {
	return fmt.Sprintf("%s is deprecated: %s; migrate to %s", path, lib.Deprecated, lib.Replacement)
}

// advisoryMessage returns the message for an import of lib at the required
// version req, naming every advisory of lib that affects it and the version
// that fixes them all. ok is false if none applies.
func advisoryMessage(lib *model.Library, req gomod.Requirement) (msg string, ok bool) {
	v := req.Version
	if !semver.IsValid(v) {
		return "", false
	}
	var found []string
	fixed := ""
	for _, adv := range lib.Advisories {
		// An advisory of one major version says nothing about another
		// (e.g. if go.mod requires a module other than lib that provides
		// the package).
		if semver.Major(adv.Fixed) != semver.Major(v) || semver.Compare(v, adv.Fixed) >= 0 {
			continue
		}
		found = append(found, fmt.Sprintf("%s (%s)", adv.ID, adv.Summary))
		if fixed == "" || semver.Compare(adv.Fixed, fixed) > 0 {
			fixed = adv.Fixed
		}
	}
	if len(found) == 0 {
		return "", false
	}
	return fmt.Sprintf("%s %s is vulnerable to %s; upgrade to %s or later",
		req.Module, v, strings.Join(found, " and "), fixed), true
}
