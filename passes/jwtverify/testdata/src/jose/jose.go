package jose

import (
	"encoding/json"

	josev4 "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	jwtv3 "github.com/go-jose/go-jose/v3/jwt"
	sqjwt "gopkg.in/square/go-jose.v2/jwt"
)

var key interface{}

func unsafeClaims(s string) string {
	tok, err := jwt.ParseSigned(s)
	if err != nil {
		return ""
	}
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil { // want `\(\*jwt.JSONWebToken\).UnsafeClaimsWithoutVerification does not verify the token's signature, yet its claims are used, so anyone can forge them; use tok.Claims\(key, &claims\)`
		return ""
	}
	return c.Subject
}

func unsafeClaimsV3(tok *jwtv3.JSONWebToken) string {
	var c jwtv3.Claims
	_ = tok.UnsafeClaimsWithoutVerification(&c) // want `UnsafeClaimsWithoutVerification does not verify`
	return c.Issuer
}

func unsafeClaimsSquare(tok *sqjwt.JSONWebToken) string {
	var c sqjwt.Claims
	tok.UnsafeClaimsWithoutVerification(&c) // want `UnsafeClaimsWithoutVerification does not verify`
	return c.Subject
}

// Near miss: verified claims, error checked.
func verified(tok *jwt.JSONWebToken) string {
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return ""
	}
	return c.Subject
}

// Verified claims with the error discarded.
func verifiedDiscarded(tok *jwt.JSONWebToken) string {
	var c jwt.Claims
	tok.Claims(key, &c) // want `the error of \(\*jwt.JSONWebToken\).Claims is discarded`
	return c.Subject
}

func unsafePayload(sig *josev4.JSONWebSignature) map[string]interface{} {
	var m map[string]interface{}
	json.Unmarshal(sig.UnsafePayloadWithoutVerification(), &m) // want `\(jose.JSONWebSignature\).UnsafePayloadWithoutVerification does not verify`
	return m
}

// Near miss: Verify returns the verified payload.
func verifiedPayload(sig *josev4.JSONWebSignature) map[string]interface{} {
	var m map[string]interface{}
	payload, err := sig.Verify(key)
	if err != nil {
		return nil
	}
	json.Unmarshal(payload, &m)
	return m
}
