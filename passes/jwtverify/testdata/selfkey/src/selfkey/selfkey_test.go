package selfkey

import (
	"testing"

	jose "github.com/go-jose/go-jose/v3"
)

// Tests verify with whatever key they like.
func TestOwnKey(t *testing.T) {
	sig, _ := jose.ParseSigned("")
	sig.Verify(sig.Signatures[0].Header.JSONWebKey)
}
