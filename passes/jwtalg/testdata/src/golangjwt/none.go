package golangjwt

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

// SignNone signs with alg none.
func SignNone(c jwt.MapClaims) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, c)        // want `jwt\.SigningMethodNone makes tokens with alg none and no signature`
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType) // want `jwt\.UnsafeAllowNoneSignatureType lets tokens be signed or verified with alg none`
}

// AcceptNone's keyfunc returns the none magic key.
func AcceptNone(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone {
			return jwt.UnsafeAllowNoneSignatureType, nil // want `the keyfunc returns jwt\.UnsafeAllowNoneSignatureType: the parse then accepts tokens with alg none`
		}
		return nil, errors.New("no")
	}, jwt.WithValidMethods([]string{"none", "RS256"})) // want `the algorithm allow-list of jwt\.WithValidMethods includes "none"`
}

var loose = []string{"RS256", jwt.SigningMethodNone.Alg()} // want `the algorithm allow-list of jwt\.WithValidMethods includes "none"`

// AllowListVar lists none through a variable.
func AllowListVar(s string, kf jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(s, kf, jwt.WithValidMethods(loose))
}

// RejectNone compares with none to reject it: not a finding.
func RejectNone(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		switch t.Method {
		case jwt.SigningMethodNone:
			return nil, errors.New("unsigned")
		case jwt.SigningMethodRS256:
			return pub, nil
		}
		return nil, errors.New("unexpected")
	})
}
