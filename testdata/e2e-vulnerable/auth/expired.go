package auth

import (
	"errors"
	"fmt"

	jwtv4 "github.com/golang-jwt/jwt/v4" // reported once per package, at the library's first import
)

func (v *Verifier) keyFunc(t *jwtv4.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwtv4.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
	}
	return v.secret, nil
}

// RefreshSubject accepts an expired token to refresh it. Ruling out a
// malformed token first does not rule out a forged signature: on v4.5.0 an
// expired error can come with one (CVE-2024-51744).
func (v *Verifier) RefreshSubject(raw string) (string, error) {
	var claims jwtv4.RegisteredClaims
	_, err := jwtv4.ParseWithClaims(raw, &claims, v.keyFunc) // want:jwtverify
	if errors.Is(err, jwtv4.ErrTokenMalformed) {
		return "", err
	}
	if errors.Is(err, jwtv4.ErrTokenExpired) {
		return claims.Subject, nil
	}
	if err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// RefreshSubjectChecked rules out the signature errors before accepting an
// expired token.
func (v *Verifier) RefreshSubjectChecked(raw string) (string, error) {
	var claims jwtv4.RegisteredClaims
	_, err := jwtv4.ParseWithClaims(raw, &claims, v.keyFunc)
	if errors.Is(err, jwtv4.ErrTokenSignatureInvalid) || errors.Is(err, jwtv4.ErrTokenUnverifiable) {
		return "", err
	}
	if errors.Is(err, jwtv4.ErrTokenExpired) {
		return claims.Subject, nil
	}
	if err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// PeekedSubject returns the subject it peeked even when the verification
// failed.
func (v *Verifier) PeekedSubject(raw string) (string, error) {
	var peek jwtv4.RegisteredClaims
	if _, _, err := new(jwtv4.Parser).ParseUnverified(raw, &peek); err != nil { // want:jwtverify
		return "", err
	}
	if _, err := jwtv4.ParseWithClaims(raw, &jwtv4.RegisteredClaims{}, v.keyFunc); err != nil {
		return peek.Subject, err
	}
	return peek.Subject, nil
}

// CheckedSubject returns the peeked subject only once the verification
// succeeded.
func (v *Verifier) CheckedSubject(raw string) (string, error) {
	var peek jwtv4.RegisteredClaims
	if _, _, err := new(jwtv4.Parser).ParseUnverified(raw, &peek); err != nil {
		return "", err
	}
	if _, err := jwtv4.ParseWithClaims(raw, &jwtv4.RegisteredClaims{}, v.keyFunc); err != nil {
		return "", err
	}
	return peek.Subject, nil
}
