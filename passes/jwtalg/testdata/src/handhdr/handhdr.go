// Package handhdr exercises algorithms checked before the parse: on a
// header decoded by hand, on an unverified parse of the same string (DPoP
// proofs verified with their own key), and the key types named in messages.
package handhdr

import (
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"

	jose3 "github.com/go-jose/go-jose/v3"
	jwt3 "github.com/go-jose/go-jose/v3/jwt"
	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	secret []byte
	errAlg = errors.New("unexpected alg")
)

type header struct {
	Alg string `json:"alg"`
	Kid string `json:"kid"`
}

func keyfunc(t *jwt.Token) (any, error) { return secret, nil }

func pubKeyfunc(t *jwt.Token) (any, error) { return pub, nil }

// HandChecked checks the alg of the header it decodes by hand before the
// parse: an allow-list.
func HandChecked(raw string) (*jwt.Token, error) {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return nil, errAlg
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return nil, err
	}
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	if hdr.Alg != "HS256" {
		return nil, errAlg
	}
	return jwt.Parse(raw, keyfunc)
}

// HandKidOnly decodes the header by hand but reads only the kid.
func HandKidOnly(raw string) (*jwt.Token, error) {
	parts := strings.Split(raw, ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return nil, err
	}
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	if hdr.Kid == "" {
		return nil, errAlg
	}
	return jwt.Parse(raw, keyfunc) // want `jwt\.Parse accepts any algorithm the token names`
}

// HandKidOnlyPublic: the same with a keyfunc returning an RSA public key,
// which no HMAC algorithm accepts: not reported.
func HandKidOnlyPublic(raw string) (*jwt.Token, error) {
	parts := strings.Split(raw, ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return nil, err
	}
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	if hdr.Kid == "" {
		return nil, errAlg
	}
	return jwt.Parse(raw, pubKeyfunc)
}

// HandMapAllowList looks the alg of a hand-decoded map header up in an
// allow-list, the header cut off with strings.Cut.
func HandMapAllowList(raw string) (*jwt.Token, error) {
	head, _, ok := strings.Cut(raw, ".")
	if !ok {
		return nil, errAlg
	}
	b, err := base64.RawURLEncoding.DecodeString(head)
	if err != nil {
		return nil, err
	}
	var hdr map[string]any
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	switch hdr["alg"] {
	case "HS256", "HS384":
	default:
		return nil, errAlg
	}
	return jwt.Parse(raw, keyfunc)
}

// HandOtherToken checks the alg of another token's header.
func HandOtherToken(raw, other string) (*jwt.Token, error) {
	parts := strings.Split(other, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[0])
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	if hdr.Alg != "HS256" {
		return nil, errAlg
	}
	return jwt.Parse(raw, keyfunc) // want `jwt\.Parse accepts any algorithm the token names`
}

// HandPayload checks an "alg" of the payload (segment 1), not the header.
func HandPayload(raw string) (*jwt.Token, error) {
	parts := strings.Split(raw, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	if hdr.Alg != "HS256" {
		return nil, errAlg
	}
	return jwt.Parse(raw, keyfunc) // want `jwt\.Parse accepts any algorithm the token names`
}

// DPoPChecked verifies a DPoP proof with the key in its own jwk header,
// after checking the proof's alg on an unverified parse of the same string.
func DPoPChecked(proof string) (*jwt.Token, error) {
	u, _, err := jwt.NewParser().ParseUnverified(proof, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	if alg, _ := u.Header["alg"].(string); alg != "ES256" && alg != "RS256" {
		return nil, errAlg
	}
	key := embeddedKey(u.Header["jwk"])
	return jwt.Parse(proof, func(*jwt.Token) (any, error) { return key, nil })
}

// DPoPUnchecked does the same without checking the alg.
func DPoPUnchecked(proof string) (*jwt.Token, error) {
	u, _, err := jwt.NewParser().ParseUnverified(proof, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	if u.Header["typ"] != "dpop+jwt" {
		return nil, errAlg
	}
	key := embeddedKey(u.Header["jwk"])
	return jwt.Parse(proof, func(*jwt.Token) (any, error) { return key, nil }) // want `jwt\.Parse accepts any algorithm the token names`
}

// DPoPUncheckedRSA decodes the jwk header into an *rsa.PublicKey, which no
// HMAC algorithm accepts: not reported.
func DPoPUncheckedRSA(proof string) (*jwt.Token, error) {
	u, _, err := jwt.NewParser().ParseUnverified(proof, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	key := embeddedRSAKey(u.Header["jwk"])
	return jwt.Parse(proof, func(*jwt.Token) (any, error) { return key, nil })
}

// embeddedKey decodes a jwk header into a key of whatever type it names.
func embeddedKey(v any) any { return v }

func embeddedRSAKey(v any) *rsa.PublicKey { return pub }

// JoseHandChecked checks the hand-decoded alg before a go-jose v3 parse
// verified with a []byte.
func JoseHandChecked(raw string) (*jwt3.Claims, error) {
	parts := strings.Split(raw, ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[0] + strings.Repeat("=", 0))
	if err != nil {
		return nil, err
	}
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil {
		return nil, err
	}
	if hdr.Alg != "HS256" {
		return nil, errAlg
	}
	tok, err := jwt3.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	var c jwt3.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// JoseHandUnchecked decodes the header by hand and never looks at alg.
func JoseHandUnchecked(raw string) (*jwt3.Claims, error) {
	parts := strings.Split(raw, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[0])
	var hdr header
	if err := json.Unmarshal(b, &hdr); err != nil || hdr.Kid != "k1" {
		return nil, errAlg
	}
	tok, err := jwt3.ParseSigned(raw) // want `^jwt\.ParseSigned of go-jose/go-jose/v3 pins no algorithm, and Claims verifies with a \[\]byte, usable as an HS256 secret`
	if err != nil {
		return nil, err
	}
	var c jwt3.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// JoseOwnKeyChecked verifies a JWS with the JSONWebKey in its own header
// after checking its alg (a DPoP proof): not algorithm confusion.
func JoseOwnKeyChecked(raw string) ([]byte, error) {
	sig, err := jose3.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	hdr := sig.Signatures[0].Header
	if hdr.Algorithm != "ES256" {
		return nil, errAlg
	}
	return sig.Verify(hdr.JSONWebKey)
}
