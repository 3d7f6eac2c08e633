package analyzers

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/suppress"
)

// TestSuppressNames checks that internal/suppress, which cannot import this
// package, knows the names of the suite's analyzers: a //tokenvet:ignore
// naming any other is reported as unknown.
func TestSuppressNames(t *testing.T) {
	var names []string
	for _, e := range Suite() {
		names = append(names, e.Analyzer.Name)
	}
	if !slices.Equal(names, suppress.Analyzers) {
		t.Errorf("suppress.Analyzers = %q, want the suite's names %q", suppress.Analyzers, names)
	}
}

// TestSuppressRun checks that every analyzer of the suite runs through
// suppress.Run: each reports the directive naming it that suppresses
// nothing, and not those naming another analyzer or all.
func TestSuppressRun(t *testing.T) {
	for i, e := range Suite() {
		name := e.Analyzer.Name
		other := Suite()[(i+1)%len(Suite())].Analyzer.Name
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			src := fmt.Sprintf(`package p

//tokenvet:ignore %[1]s -- stale // want "^//tokenvet:ignore %[1]s suppresses nothing here; remove it$"
var X = 1

//tokenvet:ignore %[2]s -- not %[1]s's
var Y = 2

//tokenvet:ignore all -- never reported as unused
var Z = 3
`, name, other)
			if err := os.MkdirAll(filepath.Join(dir, "src", "p"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "src", "p", "p.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			analysistest.Run(t, dir, e.Analyzer, "p")
		})
	}
}
