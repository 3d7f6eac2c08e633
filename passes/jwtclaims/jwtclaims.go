package jwtclaims

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/meta"
)

//go:embed doc.go
var doc string

// Meta is jwtclaims's metadata: CWE-613, Insufficient Session Expiration, and CWE-345, Insufficient Verification of Data Authenticity.
var Meta = meta.New("jwtclaims", doc, meta.Warning, 613, 345)

// Analyzer is the jwtclaims analyzer.
var Analyzer = &analysis.Analyzer{
	Name: Meta.Name,
	Doc:  Meta.Doc,
	URL:  Meta.URL,
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) { return nil, nil }
