package jose // want package:"hasParsers"

import (
	"encoding/json"

	jwtv3 "github.com/go-jose/go-jose/v3/jwt"
	josev4 "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	sqjwt "gopkg.in/square/go-jose.v2/jwt"

	"github.com/stretchr/testify/require"
)

var key interface{}

func unsafeClaims(s string) string {
	tok, err := jwt.ParseSigned(s)
	if err != nil {
		return ""
	}
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil { // want `\(\*jwt.JSONWebToken\).UnsafeClaimsWithoutVerification does not verify the signature, yet its claims are used; use tok.Claims\(key, &claims\)`
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
func verified(tok *jwt.JSONWebToken) string { // want verified:"verifies\\(result \\-1, err \\-1, input 0\\) via \\(\\*jwt\\.JSONWebToken\\)\\.Claims"
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
func verifiedPayload(sig *josev4.JSONWebSignature) map[string]interface{} { // want verifiedPayload:"verifies\\(result \\-1, err \\-1, input 0\\) via \\(jose\\.JSONWebSignature\\)\\.Verify"
	var m map[string]interface{}
	payload, err := sig.Verify(key)
	if err != nil {
		return nil
	}
	json.Unmarshal(payload, &m)
	return m
}

// Near miss (fosite's RFC 7523 handler): unverified claims only tested for
// presence.
func preconditions(tok *jwt.JSONWebToken) bool {
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil {
		return false
	}
	return c.Issuer != "" && c.Subject != ""
}

// Near miss: unverified iss and sub choose the keys, then the same token is
// verified with each.
func findKey(tok *jwt.JSONWebToken, lookup func(iss, sub string) []interface{}) interface{} { // want findKey:"verifies\\(result \\-1, err \\-1, input 0\\) via \\(\\*jwt\\.JSONWebToken\\)\\.Claims"
	var unverified jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&unverified); err != nil {
		return nil
	}
	var c jwt.Claims
	for _, k := range lookup(unverified.Issuer, unverified.Subject) {
		if err := tok.Claims(k, &c); err == nil {
			return k
		}
	}
	return nil
}

// Trusting a claim value (not a presence test).
func isAdmin(tok *jwt.JSONWebToken) bool {
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil { // want `UnsafeClaimsWithoutVerification does not verify`
		return false
	}
	return c.Subject == "admin"
}

// Near miss: testify's require stops on error.
func requireVerified(t require.TestingT, sig *josev4.JSONWebSignature) []byte { // want requireVerified:"verifies\\(result \\-1, err \\-1, input 1\\) via \\(jose\\.JSONWebSignature\\)\\.Verify"
	payload, err := sig.Verify(key)
	require.NoError(t, err)
	return payload
}

// Near miss: unverified claims validated (not trusted), then the same token
// verified.
func validateThenVerify(tok *jwt.JSONWebToken) string { // want validateThenVerify:"verifies"
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil {
		return ""
	}
	if err := c.Validate(jwt.Expected{Issuer: "me"}); err != nil {
		return ""
	}
	var v jwt.Claims
	if err := tok.Claims(key, &v); err != nil {
		return ""
	}
	return v.Subject
}

// Near miss (go-oidc's verifyJWT): the unverified payload only in an opt-in
// insecure mode, the verified one otherwise.
func payloadOf(sig *josev4.JSONWebSignature, insecure bool) []byte { // want payloadOf:"verifies"
	var payload []byte
	if insecure {
		payload = sig.UnsafePayloadWithoutVerification()
	} else {
		var err error
		payload, err = sig.Verify(key)
		if err != nil {
			return nil
		}
	}
	return payload
}

// Both branches unverified.
func payloadBoth(sig *josev4.JSONWebSignature, other *josev4.JSONWebSignature, first bool) string {
	var payload []byte
	if first {
		payload = sig.UnsafePayloadWithoutVerification() // want `UnsafePayloadWithoutVerification does not verify`
	} else {
		payload = other.UnsafePayloadWithoutVerification() // want `UnsafePayloadWithoutVerification does not verify`
	}
	return string(payload)
}

// The error is checked in the branch but the branch does not stop.
func payloadLogged(sig *josev4.JSONWebSignature, insecure bool) []byte { // want payloadLogged:"verifies"
	var payload []byte
	if !insecure {
		var err error
		payload, err = sig.Verify(key) // want `used on a path where its error was not checked`
		if err != nil {
			println(err.Error())
		}
	}
	return payload
}

// decodeInto writes unverified claims through its caller's pointer.
func decodeInto(tok *jwt.JSONWebToken, out interface{}) error { // want decodeInto:"unverified\\(result -1, err 0, input 0, dest 1\\) via \\(\\*jwt\\.JSONWebToken\\)\\.UnsafeClaimsWithoutVerification"
	return tok.UnsafeClaimsWithoutVerification(out)
}

func subjectVia(tok *jwt.JSONWebToken) string {
	var c jwt.Claims
	if err := decodeInto(tok, &c); err != nil { // want `jose.decodeInto does not verify`
		return ""
	}
	return c.Subject
}

// Near miss: the claims written through the pointer are not used.
func wellFormed(tok *jwt.JSONWebToken) bool {
	var c jwt.Claims
	return decodeInto(tok, &c) == nil
}
