// Package msgtest holds a test helper shared by the analyzers' tests: it
// checks that every diagnostic an analyzer reports is one line a reviewer
// reads at a glance.
package msgtest

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis/analysistest"
)

// MaxLen is the longest diagnostic message allowed, in characters.
const MaxLen = 200

// Errorer is the part of testing.TB that Check uses.
type Errorer interface {
	Errorf(format string, args ...any)
}

// Check reports, through t, every diagnostic message and related message of
// results that is longer than MaxLen characters, holds a newline, or is
// empty. It returns how many messages it checked, so that a caller can
// assert that the check did not run on nothing.
func Check(t Errorer, results []*analysistest.Result) int {
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos := r.Pass.Fset.Position(d.Pos)
			n++
			checkOne(t, pos.String(), d.Message)
			for _, rel := range d.Related {
				n++
				checkOne(t, pos.String()+" (related)", rel.Message)
			}
		}
	}
	return n
}

func checkOne(t Errorer, where, msg string) {
	switch {
	case msg == "":
		t.Errorf("%s: empty message", where)
	case strings.ContainsAny(msg, "\r\n"):
		t.Errorf("%s: message holds a newline: %q", where, msg)
	case utf8.RuneCountInString(msg) > MaxLen:
		t.Errorf("%s: message is %d characters, more than %d: %s", where, utf8.RuneCountInString(msg), MaxLen, msg)
	}
}

// Related returns each diagnostic of results with its related locations,
// one line each, sorted: "file.go:LINE: rel.go:LINE:COL message; ..."
// (file base names), for tests of what `// want` cannot express.
func Related(results []*analysistest.Result) []string {
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			line := fmt.Sprintf("%s:%d:", filepath.Base(p.Filename), p.Line)
			for i, rel := range d.Related {
				rp := r.Pass.Fset.Position(rel.Pos)
				sep := " "
				if i > 0 {
					sep = "; "
				}
				line += fmt.Sprintf("%s%s:%d:%d %s", sep, filepath.Base(rp.Filename), rp.Line, rp.Column, rel.Message)
			}
			got = append(got, line)
		}
	}
	sort.Strings(got)
	return got
}

// CheckRelated reports, through t, when the related locations of results
// (see Related) are not want, showing both; it returns whether they are.
func CheckRelated(t Errorer, results []*analysistest.Result, want []string) bool {
	got := Related(results)
	if slices.Equal(got, want) {
		return true
	}
	t.Errorf("related locations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	return false
}
