package jwtalg

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/meta"
)

//go:embed doc.go
var doc string

// Meta is jwtalg's metadata: CWE-347, Improper Verification of Cryptographic Signature, and CWE-757, Selection of Less-Secure Algorithm During Negotiation.
var Meta = meta.New("jwtalg", doc, meta.Error, 347, 757)

// Analyzer is the jwtalg analyzer.
var Analyzer = &analysis.Analyzer{
	Name: Meta.Name,
	Doc:  Meta.Doc,
	URL:  Meta.URL,
	Run:  run,
}

func run(pass *analysis.Pass) (any, error) { return nil, nil }
