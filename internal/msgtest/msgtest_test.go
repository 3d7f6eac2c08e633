package msgtest

import (
	"fmt"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestCheck(t *testing.T) {
	fset := token.NewFileSet()
	pass := &analysis.Pass{Fset: fset}
	ok := strings.Repeat("a", MaxLen)
	results := []*analysistest.Result{{Pass: pass, Diagnostics: []analysis.Diagnostic{
		{Message: ok, Related: []analysis.RelatedInformation{{Message: "fine"}}},
		{Message: ok + "b"},
		{Message: "two\nlines"},
		{Message: "short", Related: []analysis.RelatedInformation{{Message: ""}}},
		{Message: strings.Repeat("é", MaxLen)}, // characters, not bytes
	}}}
	var r recorder
	if n := Check(&r, results); n != 7 {
		t.Errorf("Check checked %d messages, want 7", n)
	}
	want := []string{"201 characters", "newline", "empty"}
	if len(r.errs) != len(want) {
		t.Fatalf("errors = %q, want %d", r.errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(r.errs[i], w) {
			t.Errorf("error %d = %q, want it to mention %q", i, r.errs[i], w)
		}
	}
}
