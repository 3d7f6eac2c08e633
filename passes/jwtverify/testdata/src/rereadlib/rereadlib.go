package rereadlib // want package:"hasParsers"

// rereadlib holds exported functions that decode their parameter
// unverified and decide on its claims: whether that is trust depends on
// their callers, in rereaduse.

import (
	"log"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

// IsAdmin re-reads its parameter unverified and decides on a claim. Nothing
// in this package calls it: its callers are checked instead.
func IsAdmin(raw string) bool { // want IsAdmin:"rereads\\(input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	return c["role"] == "admin"
}

// Tenant re-reads its second parameter.
func Tenant(prefix, raw string) string { // want Tenant:"rereads\\(input 1\\) via"
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	t, _ := c["tenant"].(string)
	return prefix + t
}

// Verify verifies its parameter.
func Verify(raw string) error { // want Verify:"verifies\\(result -1, err -1, input 0\\) via jwt\\.Parse"
	_, err := jwt.Parse(raw, nil)
	return err
}

// Scope is exported, but this package calls it without verifying the
// string: reported here, as before.
func Scope(raw string) string {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c) // want `ParseUnverified does not verify the signature, yet its claims are used`
	s, _ := c["scope"].(string)
	return s
}

var rawTok string

func scopeHere() bool {
	return Scope(rawTok) == "write"
}

// Near miss: the claims only logged, nothing decided: no fact.
func Describe(raw string) {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	log.Printf("token for %v", c["sub"])
}

// FromRequest decodes a string it computes from its parameter: its callers
// cannot verify that string, so it is reported here, as before.
func FromRequest(r *http.Request) bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(bearer(r), c) // want `ParseUnverified does not verify the signature, yet its claims are used`
	return c["role"] == "admin"
}

func bearer(r *http.Request) string { return r.Header.Get("Authorization") }

// RoleAfter verifies its first parameter and re-reads its second one: both
// facts in one.
func RoleAfter(checked, raw string) string { // want RoleAfter:"verifies\\(result -1, err -1, input 0\\) via jwt\\.Parse; rereads\\(input 1\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	if _, err := jwt.Parse(checked, nil); err != nil {
		return ""
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	if c["role"] == "admin" {
		return "admin"
	}
	return ""
}

// IsAccessToken peeks at the string unverified to tell whether it looks
// like one of our access tokens (its issuer), and says only yes or no.
func IsAccessToken(raw string) (bool, error) { // want IsAccessToken:"rereads\\(input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	c := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, c); err != nil {
		return false, err
	}
	return c["iss"] == "https://auth.example.com", nil
}
