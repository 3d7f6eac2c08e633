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

// TestCheckRelated: equal related locations pass silently; others are
// reported with both lists.
func TestCheckRelated(t *testing.T) {
	fset := token.NewFileSet()
	f := fset.AddFile("a.go", -1, 100)
	f.SetLines([]int{0, 10, 20})
	pass := &analysis.Pass{Fset: fset}
	results := []*analysistest.Result{{Pass: pass, Diagnostics: []analysis.Diagnostic{
		{Pos: f.Pos(12), Related: []analysis.RelatedInformation{{Pos: f.Pos(3), Message: "from here"}}},
	}}}
	var r recorder
	if !CheckRelated(&r, results, []string{"a.go:2: a.go:1:4 from here"}) || len(r.errs) != 0 {
		t.Errorf("equal lists: errors %q", r.errs)
	}
	if CheckRelated(&r, results, []string{"a.go:2: a.go:1:5 from here"}) || len(r.errs) != 1 || !strings.Contains(r.errs[0], "a.go:1:4 from here") {
		t.Errorf("different lists: errors %q", r.errs)
	}
}
