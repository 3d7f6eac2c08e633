package analyzers_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tokenvet/tokenvet/analyzers"
	"github.com/tokenvet/tokenvet/internal/meta"
)

// TestRuleDocs checks that docs/NAME.md of every analyzer is the page
// RuleDoc generates (-update rewrites them), and that docs/ holds no page of
// an analyzer that is gone.
func TestRuleDocs(t *testing.T) {
	want := map[string]bool{}
	for _, e := range analyzers.Suite() {
		name := e.Analyzer.Name
		path := filepath.Join("..", "docs", name+".md")
		want[name+".md"] = true
		doc, err := analyzers.RuleDoc("..", e)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got, err := os.ReadFile(path)
		if err == nil && string(got) == doc {
			continue
		}
		if *update {
			if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%v; run go test ./analyzers -run TestRuleDocs -update", err)
		} else {
			t.Errorf("docs/%s.md is stale; run go test ./analyzers -run TestRuleDocs -update", name)
		}
	}
	entries, err := os.ReadDir(filepath.Join("..", "docs"))
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range entries {
		// Hand-written pages (ci.md) are listed here.
		if n := de.Name(); !want[n] && n != "ci.md" {
			t.Errorf("docs/%s is neither an analyzer's page nor a known hand-written page", n)
		}
	}
}

// TestRuleDocContent checks what the pages must say, independently of the
// generator's layout.
func TestRuleDocContent(t *testing.T) {
	for _, e := range analyzers.Suite() {
		m := e.Meta
		doc, err := analyzers.RuleDoc("..", e)
		if err != nil {
			t.Fatal(err)
		}
		musts := []string{
			"# " + m.Name + "\n",
			"## Why\n\n" + m.Attack,
			"//tokenvet:ignore " + m.Name + " -- ",
			"//nolint:tokenvet",
			"## Deliberately not reported\n\n",
			"// reported by " + m.Name,
		}
		for _, id := range m.CWE {
			musts = append(musts, "[CWE-"+strconv.Itoa(id)+"]("+meta.CWEURL(id)+")")
		}
		for _, s := range musts {
			if !strings.Contains(doc, s) {
				t.Errorf("%s: page lacks %q", m.Name, s)
			}
		}
		if strings.Contains(doc, "want:") {
			t.Errorf("%s: page shows a want: marker", m.Name)
		}
		if m.URL != meta.DocURL(m.Name) || !strings.HasSuffix(m.URL, "/blob/main/docs/"+m.Name+".md") {
			t.Errorf("%s: URL %q is not its rule doc", m.Name, m.URL)
		}
	}
	// jwtclaims has a flag; its row must be there.
	doc, err := analyzers.RuleDoc("..", entry(t, "jwtclaims"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc, "| `-jwtclaims.strict` | `false` |") {
		t.Errorf("jwtclaims page lacks its -strict flag:\n%s", doc)
	}
}

// TestRuleDocExamples checks that RuleDoc fails when an example is gone or
// no longer shows a finding and its near miss.
func TestRuleDocExamples(t *testing.T) {
	src, reported, err := analyzers.ExampleSource("..", "testdata/e2e/algconf/handler.go", "Unsigned")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(reported, []string{"jwtalg"}) || strings.Count(src, "// reported by jwtalg") != 2 || !strings.HasPrefix(src, "// Unsigned mints a token with alg none.\nfunc Unsigned(") {
		t.Errorf("ExampleSource(Unsigned) = %v,\n%s", reported, src)
	}
	if _, _, err := analyzers.ExampleSource("..", "testdata/e2e/algconf/handler.go", "(*Server).Gone"); err == nil || !strings.Contains(err.Error(), "no declaration (*Server).Gone") {
		t.Errorf("missing function: err = %v", err)
	}

	jwtalg := entry(t, "jwtalg")
	saved := analyzers.Examples["jwtalg"]
	defer func() { analyzers.Examples["jwtalg"] = saved }()
	for _, tc := range []struct {
		ex   analyzers.Example
		want string
	}{
		{analyzers.Example{Title: "gone", File: "testdata/e2e/algconf/handler.go", Bad: "Gone", Good: "(*Server).Pinned"}, "no declaration Gone"},
		{analyzers.Example{Title: "swapped", File: "testdata/e2e/algconf/handler.go", Bad: "(*Server).Pinned", Good: "Unsigned"}, "is reported by [], want only jwtalg"},
		{analyzers.Example{Title: "near miss reported", File: "testdata/e2e/algconf/handler.go", Bad: "Unsigned", Good: "Kataras"}, "near miss testdata/e2e/algconf/handler.go Kataras is reported by [jwtalg], want none"},
		{analyzers.Example{Title: "other analyzer", File: "testdata/e2e/algconf/handler.go", Bad: "(*Server).Provider", Good: "(*Server).Pinned"}, "is reported by [jwtalg jwtclaims], want only jwtalg"},
		{analyzers.Example{Title: "no file", File: "testdata/e2e/algconf/gone.go", Bad: "Unsigned", Good: "Unsigned"}, "no such file"},
	} {
		analyzers.Examples["jwtalg"] = []analyzers.Example{tc.ex}
		_, err := analyzers.RuleDoc("..", jwtalg)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tc.ex.Title, err, tc.want)
		}
	}
}

func entry(t *testing.T, name string) analyzers.Entry {
	for _, e := range analyzers.Suite() {
		if e.Analyzer.Name == name {
			return e
		}
	}
	t.Fatalf("no analyzer %s", name)
	panic("unreachable")
}
