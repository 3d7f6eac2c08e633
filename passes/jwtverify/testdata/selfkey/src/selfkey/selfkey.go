// Package selfkey exercises verifications whose key is taken from the
// token's own header (jwk, x5c), beside DPoP proofs whose embedded key is
// bound by its thumbprint and certificate chains verified against roots.
// Handlers read the token from the request and keep what they verify, so
// that no function is a parse wrapper with a fact.
package selfkey

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"errors"
	"log"
	"net/http"

	jose "github.com/go-jose/go-jose/v3"
	josejwt "github.com/go-jose/go-jose/v3/jwt"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
)

var (
	trusted *ecdsa.PublicKey
	roots   *x509.CertPool
	errBad  = errors.New("bad token")
	jkt     []byte
	kept    []interface{}
)

func keep(v interface{}) { kept = append(kept, v) }

// JoseOwnKey verifies a JWS with the key in its own header.
func JoseOwnKey(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("Authorization"))
	if err != nil {
		return
	}
	key := sig.Signatures[0].Header.JSONWebKey
	payload, err := sig.Verify(key) // want `\(jose\.JSONWebSignature\)\.Verify verifies the token with the key from its own jwk header`
	if err == nil {
		keep(payload)
	}
}

// JoseProtectedKey takes it from the protected header, inline.
func JoseProtectedKey(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("Authorization"))
	if err != nil {
		return
	}
	payload, err := sig.Verify(sig.Signatures[0].Protected.JSONWebKey.Key) // want `\(jose\.JSONWebSignature\)\.Verify verifies the token with the key from its own jwk header`
	if err == nil {
		keep(payload)
	}
}

// JoseDPoP binds the proof's key to the access token's cnf.jkt.
func JoseDPoP(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("DPoP"))
	if err != nil {
		return
	}
	key := sig.Signatures[0].Header.JSONWebKey
	thumb, err := key.Thumbprint(crypto.SHA256)
	if err != nil || !bytes.Equal(thumb, jkt) {
		return
	}
	payload, err := sig.Verify(key)
	if err == nil {
		keep(payload)
	}
}

// JoseThumbprintLogged only logs the thumbprint: nothing is bound.
func JoseThumbprintLogged(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("DPoP"))
	if err != nil {
		return
	}
	key := sig.Signatures[0].Header.JSONWebKey
	thumb, _ := key.Thumbprint(crypto.SHA256)
	log.Printf("proof key %x", thumb)
	payload, err := sig.Verify(key) // want `\(jose\.JSONWebSignature\)\.Verify verifies the token with the key from its own jwk header`
	if err == nil {
		keep(payload)
	}
}

// JoseTrusted reads the kid from the header and verifies with a key it
// trusts.
func JoseTrusted(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("Authorization"))
	if err != nil || sig.Signatures[0].Header.KeyID != "k1" {
		return
	}
	payload, err := sig.Verify(trusted)
	if err == nil {
		keep(payload)
	}
}

// JoseOtherToken verifies one token with the key of another, parsed from
// a string that is not the request's: not this token vouching for itself.
func JoseOtherToken(r *http.Request, other string) {
	a, _ := jose.ParseSigned(other)
	b, err := jose.ParseSigned(r.Header.Get("Authorization"))
	if err != nil {
		return
	}
	payload, err := b.Verify(a.Signatures[0].Header.JSONWebKey)
	if err == nil {
		keep(payload)
	}
}

// JoseJWT verifies go-jose JWT claims with the token's own key.
func JoseJWT(r *http.Request) {
	tok, err := josejwt.ParseSigned(r.Header.Get("Authorization"))
	if err != nil {
		return
	}
	var c josejwt.Claims
	if err := tok.Claims(tok.Headers[0].JSONWebKey, &c); err != nil { // want `\(\*jwt\.JSONWebToken\)\.Claims verifies the token with the key from its own jwk header`
		return
	}
	keep(c.Subject)
}

// JwxOwnKey verifies a jwx message with the key in its protected header.
func JwxOwnKey(r *http.Request) {
	buf := []byte(r.Header.Get("Authorization"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return
	}
	key := msg.Signatures()[0].ProtectedHeaders().JWK()
	payload, err := jws.Verify(buf, jws.WithKey(jwa.ES256, key)) // want `jws\.Verify verifies the token with the key from its own jwk header`
	if err == nil {
		keep(payload)
	}
}

// JwxDPoP compares the embedded key's thumbprint with the bound jkt.
func JwxDPoP(r *http.Request) {
	buf := []byte(r.Header.Get("DPoP"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return
	}
	key := msg.Signatures()[0].ProtectedHeaders().JWK()
	tp, err := key.Thumbprint(crypto.SHA256)
	if err != nil {
		return
	}
	if base64.RawURLEncoding.EncodeToString(tp) != r.Header.Get("X-Bound-JKT") {
		return
	}
	payload, err := jws.Verify(buf, jws.WithKey(jwa.ES256, key))
	if err == nil {
		keep(payload)
	}
}

// JwxX5C verifies with the leaf of the token's own certificate chain,
// never verified.
func JwxX5C(r *http.Request) {
	buf := []byte(r.Header.Get("Authorization"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return
	}
	chain := msg.Signatures()[0].ProtectedHeaders().X509CertChain()
	der, _ := chain.Get(0)
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return
	}
	payload, err := jws.Verify(buf, jws.WithKey(jwa.ES256, cert.PublicKey)) // want `jws\.Verify verifies the token with the key of its own x5c chain`
	if err == nil {
		keep(payload)
	}
}

// JwxX5CVerified verifies the chain against trusted roots first.
func JwxX5CVerified(r *http.Request) {
	buf := []byte(r.Header.Get("Authorization"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return
	}
	chain := msg.Signatures()[0].ProtectedHeaders().X509CertChain()
	der, _ := chain.Get(0)
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return
	}
	if _, err := cert.Verify(x509.VerifyOptions{Roots: roots}); err != nil {
		return
	}
	payload, err := jws.Verify(buf, jws.WithKey(jwa.ES256, cert.PublicKey))
	if err == nil {
		keep(payload)
	}
}

// KeyfuncJWK returns the key parsed from the token's jwk header.
func KeyfuncJWK(r *http.Request) {
	tok, err := jwt.Parse(r.Header.Get("Authorization"), func(t *jwt.Token) (interface{}, error) { // want `jwt\.Parse verifies the token with the key from its own jwk header`
		b, err := json.Marshal(t.Header["jwk"])
		if err != nil {
			return nil, err
		}
		k, err := jwk.ParseKey(b)
		if err != nil {
			return nil, err
		}
		var pub interface{}
		if err := k.Raw(&pub); err != nil {
			return nil, err
		}
		return pub, nil
	}, jwt.WithValidMethods([]string{"ES256"}))
	if err == nil {
		keep(tok.Claims)
	}
}

// KeyfuncKid looks the key up by the token's kid.
func KeyfuncKid(r *http.Request, keys map[string]*ecdsa.PublicKey) {
	tok, err := jwt.Parse(r.Header.Get("Authorization"), func(t *jwt.Token) (interface{}, error) {
		kid, _ := t.Header["kid"].(string)
		return keys[kid], nil
	}, jwt.WithValidMethods([]string{"ES256"}))
	if err == nil {
		keep(tok.Claims)
	}
}

// KeyfuncJoseJWK unmarshals the jwk header into a go-jose JSONWebKey, in a
// keyfunc declared apart.
func KeyfuncJoseJWK(r *http.Request) {
	tok, err := jwt.Parse(r.Header.Get("Authorization"), selfKeyfunc, jwt.WithValidMethods([]string{"ES256"})) // want `jwt\.Parse verifies the token with the key from its own jwk header`
	if err == nil {
		keep(tok.Claims)
	}
}

func selfKeyfunc(t *jwt.Token) (interface{}, error) {
	b, _ := json.Marshal(t.Header["jwk"])
	var k jose.JSONWebKey
	if err := json.Unmarshal(b, &k); err != nil {
		return nil, err
	}
	return k.Key, nil
}

// KeyfuncDPoP checks the embedded key's thumbprint against the access
// token's cnf.jkt inside the keyfunc.
func KeyfuncDPoP(r *http.Request) {
	tok, err := jwt.Parse(r.Header.Get("DPoP"), func(t *jwt.Token) (interface{}, error) {
		b, _ := json.Marshal(t.Header["jwk"])
		var k jose.JSONWebKey
		if err := json.Unmarshal(b, &k); err != nil {
			return nil, err
		}
		tp, err := k.Thumbprint(crypto.SHA256)
		if err != nil || !bytes.Equal(tp, jkt) {
			return nil, errBad
		}
		return k.Key, nil
	}, jwt.WithValidMethods([]string{"ES256"}))
	if err == nil {
		keep(tok.Claims)
	}
}

// PeekedJWK reads the proof's jwk from an unverified parse of the same
// string, then verifies the proof with it.
func PeekedJWK(r *http.Request) {
	proof := r.Header.Get("DPoP")
	u, _, err := jwt.NewParser().ParseUnverified(proof, jwt.MapClaims{})
	if err != nil {
		return
	}
	b, _ := json.Marshal(u.Header["jwk"])
	k, err := jwk.ParseKey(b)
	if err != nil {
		return
	}
	tok, err := jwt.Parse(proof, func(*jwt.Token) (interface{}, error) { return k, nil }, jwt.WithValidMethods([]string{"ES256"})) // want `jwt\.Parse verifies the token with the key from its own jwk header`
	if err == nil {
		keep(tok.Claims)
	}
}

// PeekedJWKBound does the same and looks the key's thumbprint up among the
// keys bound to access tokens.
func PeekedJWKBound(r *http.Request, bound map[string]bool) {
	proof := r.Header.Get("DPoP")
	u, _, err := jwt.NewParser().ParseUnverified(proof, jwt.MapClaims{})
	if err != nil {
		return
	}
	b, _ := json.Marshal(u.Header["jwk"])
	k, err := jwk.ParseKey(b)
	if err != nil {
		return
	}
	tp, err := k.Thumbprint(crypto.SHA256)
	if err != nil || !bound[base64.RawURLEncoding.EncodeToString(tp)] {
		return
	}
	tok, err := jwt.Parse(proof, func(*jwt.Token) (interface{}, error) { return k, nil }, jwt.WithValidMethods([]string{"ES256"}))
	if err == nil {
		keep(tok.Claims)
	}
}

// checkChain verifies a chain somewhere else.
func checkChain(c *x509.Certificate) error { return nil }

// JwxX5CHelper hands the certificate to the program's own check.
func JwxX5CHelper(r *http.Request) {
	buf := []byte(r.Header.Get("Authorization"))
	msg, err := jws.Parse(buf)
	if err != nil {
		return
	}
	der, _ := msg.Signatures()[0].ProtectedHeaders().X509CertChain().Get(0)
	cert, err := x509.ParseCertificate(der)
	if err != nil || checkChain(cert) != nil {
		return
	}
	payload, err := jws.Verify(buf, jws.WithKey(jwa.ES256, cert.PublicKey))
	if err == nil {
		keep(payload)
	}
}

// JoseDPoPConstantTime compares the thumbprint in constant time.
func JoseDPoPConstantTime(r *http.Request) {
	sig, err := jose.ParseSigned(r.Header.Get("DPoP"))
	if err != nil {
		return
	}
	key := sig.Signatures[0].Header.JSONWebKey
	thumb, err := key.Thumbprint(crypto.SHA256)
	if err != nil || subtle.ConstantTimeCompare(thumb, jkt) != 1 {
		return
	}
	payload, err := sig.Verify(key)
	if err == nil {
		keep(payload)
	}
}
