package golangjwt

import (
	"errors"
	"log"

	"github.com/golang-jwt/jwt/v5"
)

// CVE-2024-51744: a malformed token is rejected first, but a well-formed
// token with a forged signature and a past exp still reaches the expired
// branch.
func expiredAfterMalformed() (jwt.Claims, error) {
	tok, err := jwt.Parse(raw(), keyFunc) // want `the token of jwt.Parse is accepted when the error says it expired, without ruling out signature errors first`
	if errors.Is(err, jwt.ErrTokenMalformed) {
		return nil, err
	}
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// Near miss: the unverifiable class ruled out too.
func expiredAfterUnverifiable() (jwt.Claims, error) {
	tok, err := jwt.Parse(raw(), keyFunc)
	if errors.Is(err, jwt.ErrTokenMalformed) || errors.Is(err, jwt.ErrTokenUnverifiable) || errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		return nil, err
	}
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// The signature error is only logged, not ruled out.
func expiredSignatureLogged() (jwt.Claims, error) {
	tok, err := jwt.Parse(raw(), keyFunc) // want `accepted when the error says it expired`
	if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		log.Print("bad signature")
	}
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// Near miss: the signature error excluded in the expired branch's own
// condition.
func expiredSameCond() (jwt.Claims, error) {
	tok, err := jwt.Parse(raw(), keyFunc)
	if errors.Is(err, jwt.ErrTokenExpired) && !errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// A signature test that accepts rather than rejects.
func expiredSignatureNegated() (jwt.Claims, error) {
	tok, err := jwt.Parse(raw(), keyFunc) // want `accepted when the error says it expired`
	if !errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		log.Print("signature fine")
	}
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}
