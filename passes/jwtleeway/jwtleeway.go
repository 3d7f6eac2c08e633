package jwtleeway

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/meta"
)

//go:embed doc.go
var doc string

// Meta is jwtleeway's metadata: CWE-613, Insufficient Session Expiration.
var Meta = meta.New("jwtleeway", doc, meta.Warning, 613)

// Analyzer is the jwtleeway analyzer.
var Analyzer = &analysis.Analyzer{
	Name: Meta.Name,
	Doc:  Meta.Doc,
	URL:  Meta.URL,
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) { return nil, nil }
