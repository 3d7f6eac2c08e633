// Package selfkey checks, on the real libraries, tokens verified with the
// key they carry (jwtverify), JWTs decoded by hand (jwtverify) and an alg
// checked on a header decoded by hand (jwtalg).
package selfkey

import (
	"bytes"
	"crypto"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jws"
)

var (
	errBad = errors.New("bad token")
	jkt    []byte
	key    any
)

// JoseOwnKey verifies with the key of the token's own protected header.
func JoseOwnKey(r *http.Request) error {
	sig, err := jose.ParseSigned(r.Header.Get("Authorization"), []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		return err
	}
	_, err = sig.Verify(sig.Signatures[0].Protected.JSONWebKey) // want:jwtverify
	return err
}

// JoseDPoP binds the proof's key by its thumbprint.
func JoseDPoP(r *http.Request) error {
	sig, err := jose.ParseSigned(r.Header.Get("DPoP"), []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		return err
	}
	k := sig.Signatures[0].Protected.JSONWebKey
	tp, err := k.Thumbprint(crypto.SHA256)
	if err != nil || !bytes.Equal(tp, jkt) {
		return errBad
	}
	_, err = sig.Verify(k)
	return err
}

// JwxX5C verifies with the leaf of the token's own x5c chain.
func JwxX5C(r *http.Request) error {
	buf := []byte(r.Header.Get("Authorization"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return err
	}
	chain, _ := msg.Signatures()[0].ProtectedHeaders().X509CertChain()
	der, _ := chain.Get(0)
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return err
	}
	_, err = jws.Verify(buf, jws.WithKey(jwa.ES256(), cert.PublicKey)) // want:jwtverify
	return err
}

// JwxX5CVerified verifies the chain against the system roots first.
func JwxX5CVerified(r *http.Request) error {
	buf := []byte(r.Header.Get("Authorization"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return err
	}
	chain, _ := msg.Signatures()[0].ProtectedHeaders().X509CertChain()
	der, _ := chain.Get(0)
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return err
	}
	if _, err := cert.Verify(x509.VerifyOptions{}); err != nil {
		return err
	}
	_, err = jws.Verify(buf, jws.WithKey(jwa.ES256(), cert.PublicKey))
	return err
}

// KeyfuncJWK returns the key of the token's jwk header.
func KeyfuncJWK(r *http.Request) error {
	_, err := jwt.Parse(r.Header.Get("Authorization"), func(t *jwt.Token) (any, error) { // want:jwtverify
		b, err := json.Marshal(t.Header["jwk"])
		if err != nil {
			return nil, err
		}
		var k jose.JSONWebKey
		if err := json.Unmarshal(b, &k); err != nil {
			return nil, err
		}
		return k.Key, nil
	}, jwt.WithValidMethods([]string{"ES256"}))
	return err
}

// IsAdmin trusts a payload decoded by hand.
func IsAdmin(r *http.Request) bool {
	parts := strings.Split(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "), ".")
	if len(parts) != 3 {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1]) // want:jwtverify
	if err != nil {
		return false
	}
	var c struct {
		Admin bool `json:"admin"`
	}
	return json.Unmarshal(b, &c) == nil && c.Admin
}

// HeaderChecked checks the alg of the header it decodes by hand before
// parsing with a keyfunc that does not.
func HeaderChecked(r *http.Request) error {
	raw := r.Header.Get("Authorization")
	head, _, _ := strings.Cut(raw, ".")
	b, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return err
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if err := json.Unmarshal(b, &h); err != nil || h.Alg != "HS256" {
		return errBad
	}
	_, err = jwt.Parse(raw, func(*jwt.Token) (any, error) { return key, nil })
	return err
}

// HeaderUnchecked does not.
func HeaderUnchecked(r *http.Request) error {
	_, err := jwt.Parse(r.Header.Get("Authorization"), func(*jwt.Token) (any, error) { return key, nil }) // want:jwtalg
	return err
}
