package misc // want package:"hasParsers"

import (
	"context"
	"encoding/json"

	"github.com/coreos/go-oidc/v3/oidc"
	cristal "github.com/cristalhq/jwt/v4"
	gjwt "github.com/golang-jwt/jwt/v5"
	kataras "github.com/kataras/jwt"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/jws"
	"google.golang.org/api/idtoken"
)

func oidcConfigs(id string) (*oidc.Config, *oidc.Config) {
	bad := &oidc.Config{ClientID: id, InsecureSkipSignatureCheck: true} // want `go-oidc Config.InsecureSkipSignatureCheck is true: the verifier accepts ID tokens without checking their signature`
	good := &oidc.Config{ClientID: id}
	return bad, good
}

func oidcAssign(cfg *oidc.Config, insecure bool) {
	cfg.InsecureSkipSignatureCheck = true // want `Config.InsecureSkipSignatureCheck is true`
	cfg.InsecureSkipSignatureCheck = false
	cfg.InsecureSkipSignatureCheck = insecure // near miss: a deliberate setting
}

func parsePayload(tok string) string {
	p, err := idtoken.ParsePayload(tok) // want `idtoken.ParsePayload does not verify the signature, yet its claims are used; use idtoken.Validate`
	if err != nil {
		return ""
	}
	return p.Subject
}

// Near miss.
func validate(ctx context.Context, tok string) string { // want validate:"verifies\\(result \\-1, err \\-1, input 1\\) via idtoken\\.Validate"
	p, err := idtoken.Validate(ctx, tok, "aud")
	if err != nil {
		return ""
	}
	return p.Subject
}

func katarasDecode(b []byte) map[string]interface{} {
	u, err := kataras.Decode(b) // want `jwt.Decode does not verify`
	if err != nil {
		return nil
	}
	var m map[string]interface{}
	json.Unmarshal(u.Payload, &m)
	return m
}

// Near miss: only the header.
func katarasHeader(b []byte) []byte {
	u, err := kataras.Decode(b)
	if err != nil {
		return nil
	}
	return u.Header
}

func cristalNoVerify(raw []byte) []byte {
	t, err := cristal.ParseNoVerify(raw) // want `jwt.ParseNoVerify does not verify`
	if err != nil {
		return nil
	}
	return t.Claims()
}

// Near miss.
func cristalVerified(raw []byte, v cristal.Verifier) []byte { // want cristalVerified:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	t, err := cristal.Parse(raw, v)
	if err != nil {
		return nil
	}
	return t.Claims()
}

func oauthJWS(s string) string {
	cs, err := jws.Decode(s) // want `jws.Decode does not verify`
	if err != nil {
		return ""
	}
	return cs.Sub
}

// Near miss: the unverified claims never used.
func oauthJWSUnused(s string) error {
	_, err := jws.Decode(s)
	return err
}

// Near miss: the verifier only tells whether the string is a JWT; the token
// is discarded (dex's introspection does this).
func looksLikeJWT(ctx context.Context, tok string) bool { // want looksLikeJWT:"verifies\\(result \\-1, err \\-1, input 1\\) via \\(\\*oidc\\.IDTokenVerifier\\)\\.Verify"
	cfg := oidc.Config{SkipClientIDCheck: true, InsecureSkipSignatureCheck: true}
	v := oidc.NewVerifier("https://issuer", nil, &cfg)
	if _, err := v.Verify(ctx, tok); err != nil {
		return false
	}
	return true
}

// The same with the token used.
func subjectOf(ctx context.Context, tok string) string { // want subjectOf:"verifies\\(result \\-1, err \\-1, input 1\\) via \\(\\*oidc\\.IDTokenVerifier\\)\\.Verify"
	cfg := oidc.Config{InsecureSkipSignatureCheck: true} // want `Config.InsecureSkipSignatureCheck is true`
	v := oidc.NewVerifier("https://issuer", nil, &cfg)
	t, err := v.Verify(ctx, tok)
	if err != nil {
		return ""
	}
	return t.Subject
}

// Near miss: the ID token of a token endpoint response, received over TLS
// (OpenID Connect Core 3.1.3.7).
func idTokenFromEndpoint(tok *oauth2.Token) string {
	raw, _ := tok.Extra("id_token").(string)
	claims := gjwt.MapClaims{}
	if _, _, err := gjwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return ""
	}
	return claims["email"].(string)
}

// The same string from a request is not trusted.
func idTokenFromRequest(raw string) string {
	claims := gjwt.MapClaims{}
	if _, _, err := gjwt.NewParser().ParseUnverified(raw, claims); err != nil { // want `ParseUnverified does not verify`
		return ""
	}
	return claims["email"].(string)
}
