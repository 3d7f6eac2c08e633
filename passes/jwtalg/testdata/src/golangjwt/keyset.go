package golangjwt

import (
	"crypto/x509"
	"encoding/json"
	"errors"

	jose "github.com/go-jose/go-jose/v3"
	"github.com/golang-jwt/jwt/v5"
)

// fetchInto decodes the JSON document at url into v.
func fetchInto(url string, v any) error { return json.Unmarshal([]byte(url), v) }

type loginClaims struct {
	Nonce string `json:"nonce"`
	jwt.RegisteredClaims
}

// LoginGov verifies with the first key of a JWK set fetched from the
// provider (oauth2-proxy's login.gov provider): the keys of a JWK set
// decode to public key objects, so the token cannot pick HS256 with one as
// the secret: not reported.
func LoginGov(idToken, jwksURL string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(idToken, &loginClaims{}, func(_ *jwt.Token) (interface{}, error) {
		var pubkeys jose.JSONWebKeySet
		if err := fetchInto(jwksURL, &pubkeys); err != nil {
			return nil, err
		}
		return pubkeys.Keys[0].Key, nil
	})
}

// KeySetByKid picks the key by kid through the set's method, held in a
// variable first: not reported.
func KeySetByKid(raw string, set *jose.JSONWebKeySet) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		kid, _ := t.Header["kid"].(string)
		keys := set.Key(kid)
		if len(keys) == 0 {
			return nil, errors.New("no key")
		}
		key := keys[0].Key
		return key, nil
	})
}

// LocalKeySet draws the key from a set built here with an HMAC secret in
// it: reported.
func LocalKeySet(raw string) (*jwt.Token, error) {
	local := jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: secret, KeyID: "a"}}}
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm.*add jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)`
		return local.Keys[0].Key, nil
	})
}

// keyConfig is not a key set: its keys may be anything.
type keyConfig struct {
	Keys []struct{ Key any }
}

// ConfigKeys draws the key from a struct of the program: unknown, reported.
func ConfigKeys(raw string, cfg *keyConfig) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm.*add jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)`
		return cfg.Keys[0].Key, nil
	})
}

// KeySetOrSecret returns a secret for one kid and a key of the set for the
// others: HS256 with the public key as secret verifies, reported.
func KeySetOrSecret(raw string, set *jose.JSONWebKeySet) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `and the keyfunc returns \[\]byte secrets and public keys.*add jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)`
		if t.Header["kid"] == "legacy" {
			return secret, nil
		}
		return set.Keys[0].Key, nil
	})
}

// CertKey returns the public key of a certificate: the key of a parsed
// certificate is an asymmetric public key, not reported.
func CertKey(raw string, cert *x509.Certificate) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		return cert.PublicKey, nil
	})
}

// ownCert is the program's own type with a field of the same name.
type ownCert struct{ PublicKey any }

// OwnCertKey: the field of a struct of the program may hold anything:
// reported.
func OwnCertKey(raw string, cert *ownCert) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm`
		return cert.PublicKey, nil
	})
}
