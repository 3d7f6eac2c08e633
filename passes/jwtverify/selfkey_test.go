package jwtverify_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/msgtest"
)

// TestSelfKeyAndHandDecode runs the cases of tokens verified with their own
// key and JWTs decoded by hand. They have their own GOPATH root
// (testdata/selfkey), with library stubs that carry the header and key
// APIs these checks need.
func TestSelfKeyAndHandDecode(t *testing.T) {
	results := analysistest.Run(t, filepath.Join(analysistest.TestData(), "selfkey"), withFacts, "selfkey", "handdecode", "handonly")
	if msgtest.Check(t, results) == 0 {
		t.Error("no message checked")
	}
}
