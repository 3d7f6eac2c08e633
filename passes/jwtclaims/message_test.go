package jwtclaims

import (
	"go/parser"
	"strings"
	"testing"

	"github.com/tokenvet/tokenvet/internal/msgtest"
)

// TestExternalMessageLength checks that the message for tokens of another
// party stays within msgtest.MaxLen with every fix, also when the option
// that binds them is only added when a long configuration expression is
// not empty: the testdata cannot hold every such expression.
func TestExternalMessageLength(t *testing.T) {
	val, err := parser.ParseExpr("s.config.Auth.OIDC.ExpectedAudience")
	if err != nil {
		t.Fatal(err)
	}
	fixes := []string{fixBindOptions, fixBindVerify, fixBindExpected,
		optionalNote("jwt.WithAudience", val), optionalNote("Expected.Issuer", val)}
	for _, remote := range []bool{false, true} {
		for _, fix := range fixes {
			msg := externalMessage(remote, fix)
			if len(msg) > msgtest.MaxLen || strings.Contains(msg, "\n") {
				t.Errorf("message of %d characters, more than %d: %s", len(msg), msgtest.MaxLen, msg)
			}
		}
	}
}
