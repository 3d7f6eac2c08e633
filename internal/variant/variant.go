// Package variant says which packages tokenvet's passes may skip: the
// test variants of packages that are analyzed on their own.
//
// With tests, a package p is analyzed twice: as p, and as its test variant
// "p [p.test]" (p's files plus its _test.go files); an external test
// package "p_test" comes with it. tokenvet reports nothing in _test.go
// files but jwtlib's imports, and its driver prints what a test variant
// says about p's own files only from p itself (see internal/driver). So
// under that driver the passes that report only outside _test.go files
// skip every package that has _test.go files: the flow engine builds no
// SSA there, jwtverify computes no facts there. Other drivers (go vet,
// which analyzes only the test variant of a package with tests,
// golangci-lint, nogo) leave PlainOnly unset and get the whole analysis.
package variant

import (
	"strings"

	"golang.org/x/tools/go/analysis"
)

// PlainOnly is set by tokenvet's driver before it runs the analyzers.
var PlainOnly bool

// Skip reports whether a pass that reports nothing in _test.go files may
// skip pass's package: PlainOnly is set and the package has _test.go
// files.
func Skip(pass *analysis.Pass) bool {
	if !PlainOnly {
		return false
	}
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			return true
		}
	}
	return false
}
