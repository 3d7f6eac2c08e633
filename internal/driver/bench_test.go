package driver

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// BenchmarkLoad compares loading and analyzing testdata/bench/srv (two local
// packages on top of net/http) with a fact-using analyzer, as tokenvet does
// (only local packages from source) and as x/tools' checker does when an
// analyzer uses facts (packages.LoadAllSyntax: the whole graph from source).
//
//	go test -run=NONE -bench=Load -benchmem ./internal/driver
func BenchmarkLoad(b *testing.B) {
	dir := fixture(b, "bench")
	analyze := func(b *testing.B, roots []*packages.Package) {
		if _, err := checker.Analyze(testAnalyzers(), roots, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("tokenvet", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			res, err := load(loadConfig{patterns: []string{"./srv"}, tests: true, dir: dir})
			if err != nil || len(res.errors) > 0 {
				b.Fatal(err, res.errors)
			}
			analyze(b, res.roots)
		}
	})
	b.Run("LoadAllSyntax", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			pkgs, err := packages.Load(&packages.Config{
				Mode:  packages.LoadAllSyntax | packages.NeedModule,
				Tests: true,
				Dir:   dir,
			}, "./srv")
			if err != nil || packages.PrintErrors(pkgs) > 0 {
				b.Fatal(err)
			}
			analyze(b, pkgs)
		}
	})
}

// noopAnalyzer does nothing and uses no facts, so x/tools' checker running
// it (toolEnv=floor) loads the requested packages from source and their
// dependencies from export data (packages.LoadSyntax), type-checks them and
// stops: the floor of any driver on the same packages, which
// scripts/bench.sh measures tokenvet against.
var noopAnalyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop does nothing: the floor of a driver's cost",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// TestFloorTool checks the floor that scripts/bench.sh measures: the test
// binary as x/tools' singlechecker with noopAnalyzer analyzes a fixture
// silently and successfully, loading only the requested package from source.
func TestFloorTool(t *testing.T) {
	if len(noopAnalyzer.FactTypes) > 0 || len(noopAnalyzer.Requires) > 0 {
		t.Fatal("noopAnalyzer must use no facts: checker would load every dependency from source")
	}
	stdout, stderr, code := runCmd(t, fixture(t, "basic"), []string{toolEnv + "=floor"}, toolPath(t), "./...")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("floor tool: exit code %d, stdout %q, stderr %q; want 0 and no output", code, stdout, stderr)
	}
	// The flags are singlechecker's, not tokenvet's.
	_, _, code = runCmd(t, fixture(t, "basic"), []string{toolEnv + "=floor"}, toolPath(t), "-format=sarif", "./...")
	if code != 2 {
		t.Errorf("floor tool with tokenvet's -format flag: exit code %d, want 2 (not singlechecker)", code)
	}
}
