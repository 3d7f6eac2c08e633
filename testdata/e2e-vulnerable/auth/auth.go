// Package auth verifies tokens with versions of golang-jwt that have known
// vulnerabilities: the module pins github.com/golang-jwt/jwt/v4 v4.5.0
// (CVE-2024-51744, CVE-2025-30204) and github.com/golang-jwt/jwt/v5 v5.2.1
// (CVE-2025-30204), so both imports are jwtlib findings even though the
// code itself verifies correctly.
package auth

import (
	"fmt"

	jwtv4 "github.com/golang-jwt/jwt/v4" // want:jwtlib
	"github.com/golang-jwt/jwt/v5"       // want:jwtlib
)

// Verifier checks HS256 tokens with one secret.
type Verifier struct {
	secret []byte
}

// SubjectV5 returns the subject of a verified token.
func (v *Verifier) SubjectV5(raw string) (string, error) {
	tok, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return v.secret, nil }, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}

// SubjectV4 returns the subject of a verified token.
func (v *Verifier) SubjectV4(raw string) (string, error) {
	var claims jwtv4.RegisteredClaims
	_, err := jwtv4.ParseWithClaims(raw, &claims, func(t *jwtv4.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwtv4.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
		}
		return v.secret, nil
	})
	if err != nil {
		return "", err
	}
	return claims.Subject, nil
}
