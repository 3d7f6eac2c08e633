package selfkey

import (
	"bytes"
	"crypto"
	"net/http"

	jose "github.com/go-jose/go-jose/v3"
	"github.com/sirupsen/logrus"
)

// JoseThumbprintLogrus only logs the thumbprint, with logrus: nothing is
// bound.
func JoseThumbprintLogrus(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("DPoP"))
	if err != nil {
		return
	}
	key := sig.Signatures[0].Header.JSONWebKey
	thumb, _ := key.Thumbprint(crypto.SHA256)
	logrus.Infof("proof key %x", thumb)
	payload, err := sig.Verify(key) // want `\(jose\.JSONWebSignature\)\.Verify verifies the token with the key from its own jwk header`
	if err == nil {
		keep(payload)
	}
}

// LogProof is the program's own, named like a logger: it checks the
// proof key against the bound one.
func LogProof(thumb []byte) bool { return bytes.Equal(thumb, jkt) }

// Near miss: the thumbprint goes to the program's LogProof, which checks
// it (it used to be taken for a logger by its name).
func JoseThumbprintToOwnCode(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("DPoP"))
	if err != nil {
		return
	}
	key := sig.Signatures[0].Header.JSONWebKey
	thumb, _ := key.Thumbprint(crypto.SHA256)
	if !LogProof(thumb) {
		return
	}
	payload, err := sig.Verify(key)
	if err == nil {
		keep(payload)
	}
}
