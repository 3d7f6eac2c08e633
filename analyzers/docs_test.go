package analyzers_test

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/tokenvet/tokenvet/analyzers"
	"github.com/tokenvet/tokenvet/internal/resolve"
)

var update = flag.Bool("update", false, "rewrite the README table")

// TestREADMETable checks that README.md's analyzer table is the one the
// analyzers' metadata generates.
func TestREADMETable(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	begin := strings.Index(readme, analyzers.TableBegin)
	end := strings.Index(readme, analyzers.TableEnd)
	if begin < 0 || end < begin {
		t.Fatalf("README.md lacks the markers %q ... %q", analyzers.TableBegin, analyzers.TableEnd)
	}
	got := readme[begin+len(analyzers.TableBegin) : end]
	want := "\n" + analyzers.MarkdownTable(analyzers.Suite())
	if got == want {
		return
	}
	if *update {
		readme = readme[:begin+len(analyzers.TableBegin)] + want + readme[end:]
		if err := os.WriteFile(path, []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's analyzer table is stale; run go test ./analyzers -run TestREADMETable -update\ngot:\n%s\nwant:\n%s", got, want)
}

func TestSuiteMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range analyzers.Suite() {
		a, m := e.Analyzer, e.Meta
		if a.Name != m.Name || a.Doc != m.Doc || a.URL != m.URL {
			t.Errorf("%s: Analyzer and Meta disagree", a.Name)
		}
		if seen[a.Name] {
			t.Errorf("%s listed twice", a.Name)
		}
		seen[a.Name] = true
		if m.Summary == "" || len(m.CWE) == 0 || m.Severity == "" {
			t.Errorf("%s: incomplete metadata %+v", a.Name, m)
		}
	}
}

// TestSharedIndexRequired checks that the passes that follow values share
// the package index of internal/resolve by requiring its analyzer, which
// is no analyzer of the suite: it reports nothing, has no flag or rule, and
// the golangci-lint plugin and vet tool expose only the suite.
func TestSharedIndexRequired(t *testing.T) {
	want := map[string]bool{"jwtverify": true, "jwtalg": true, "jwtclaims": true, "jwtleeway": true}
	for _, a := range analyzers.All() {
		if a == resolve.Analyzer || a.Name == resolve.Analyzer.Name {
			t.Errorf("the suite lists %s", a.Name)
		}
		if got := slices.Contains(a.Requires, resolve.Analyzer); got != want[a.Name] {
			t.Errorf("%s requires resolve.Analyzer: %v, want %v", a.Name, got, want[a.Name])
		}
	}
}
