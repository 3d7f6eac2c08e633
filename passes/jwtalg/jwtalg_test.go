package jwtalg_test

import (
	"flag"
	"os"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
	"github.com/tokenvet/tokenvet/passes/jwtalg"
)

var update = flag.Bool("update", false, "rewrite the .golden files of the suggested fixes")

// pkgs are the test packages; their suggested fixes are checked against
// .golden files.
var pkgs = []string{"golangjwt", "legacy", "helper", "user", "jwxpkg", "josepkg", "misc", "handhdr"}

func Test(t *testing.T) {
	if *update {
		writeGolden(t)
	}
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), jwtalg.Analyzer, pkgs...)
	if msgtest.Check(t, results) == 0 {
		t.Error("no diagnostics to check")
	}
}

// writeGolden applies every suggested fix of the test packages and writes
// the results as .golden files.
func writeGolden(t *testing.T) {
	edits := make(map[string][]analysis.TextEdit)
	for _, r := range analysistest.Run(t, analysistest.TestData(), jwtalg.Analyzer, pkgs...) {
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					name := r.Pass.Fset.File(e.Pos).Name()
					edits[name] = append(edits[name], e)
				}
			}
		}
		fset := r.Pass.Fset
		for name, es := range edits {
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortFunc(es, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
			tf := fset.File(es[0].Pos)
			for _, e := range es {
				start, end := tf.Offset(e.Pos), tf.Offset(e.End)
				src = append(src[:start:start], append(e.NewText, src[end:]...)...)
			}
			if err := os.WriteFile(name+".golden", src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		clear(edits)
	}
}
