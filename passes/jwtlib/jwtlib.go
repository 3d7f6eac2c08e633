package jwtlib

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/meta"
)

//go:embed doc.go
var doc string

// Meta is jwtlib's metadata: CWE-1104, Use of Unmaintained Third Party
// Components, and CWE-1395, Dependency on Vulnerable Third-Party Component.
var Meta = meta.New("jwtlib", doc, meta.Warning, 1104, 1395)

// Analyzer is the jwtlib analyzer.
var Analyzer = &analysis.Analyzer{
	Name: Meta.Name,
	Doc:  Meta.Doc,
	URL:  Meta.URL,
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) { return nil, nil }
