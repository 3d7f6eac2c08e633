package analyzers

import (
	"slices"
	"testing"

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
