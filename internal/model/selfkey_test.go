package model

import (
	"go/importer"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestStdNamesExist checks the standard library names of the hand-decoding
// and self-key tables against the real standard library, and that the
// lookups resolve them.
func TestStdNamesExist(t *testing.T) {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	pkgs := make(map[string]*types.Package)
	var names []string
	for _, table := range []map[string]bool{segmentDecoders, jsonDecoders, certVerifiers, thumbprintFuncs, requestSources, errorsIs, envLookups, configReads, terminatingFuncs} {
		names = append(names, keys(table)...)
	}
	names = append(names, keys(handSplits)...)
	names = append(names, keys(keyAlgFamilies)...)
	names = append(names, keys(stdPublicKeyTypes)...)
	names = append(names, keys(timeFuncs)...)
	names = append(names, durationType)
	checked := 0
	for _, name := range names {
		s := strings.TrimLeft(name, "(*")
		if slash := strings.Index(s, "/"); slash >= 0 && strings.Contains(s[:slash], ".") {
			continue // a library name: TestModelMatchesRealLibraries
		}
		path := s[:strings.Index(s, ".")]
		pkg := pkgs[path]
		if pkg == nil {
			var err error
			if pkg, err = imp.Import(path); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			pkgs[path] = pkg
		}
		obj, _ := lookup(map[string]*types.Package{path: pkg}, strings.TrimPrefix(name, "*"))
		if obj == nil {
			t.Errorf("%q does not exist in the standard library", name)
			continue
		}
		checked++
		if fn, ok := obj.(*types.Func); ok && stdName(fn) != name {
			t.Errorf("stdName(%s) = %q", name, stdName(fn))
		}
	}
	// The standard packages the std.go predicates group by path.
	paths := append(keys(reportingPackages), keys(recordingPackages)...)
	paths = append(paths, errorsPackage, formatPackage)
	for _, path := range paths {
		if _, err := imp.Import(path); err != nil {
			t.Errorf("standard package %q: %v", path, err)
		}
	}
	if checked < 16 {
		t.Errorf("only %d standard names checked", checked)
	}
}
