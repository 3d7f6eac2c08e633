package driver

import (
	"testing"

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
