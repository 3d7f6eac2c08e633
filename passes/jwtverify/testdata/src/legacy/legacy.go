package legacy // want package:"hasParsers"

import (
	"errors"

	jwtgo "github.com/dgrijalva/jwt-go"
	"github.com/golang-jwt/jwt/v4"
)

func kf(t *jwt.Token) (interface{}, error) { return nil, nil }

// v4 bit mask form of the expired-token branch.
func bitmask(s string) jwt.Claims { // want bitmask:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, kf) // want `accepted when the error says it expired, without ruling out signature errors first`
	if ve, ok := err.(*jwt.ValidationError); ok {
		if ve.Errors&jwt.ValidationErrorExpired != 0 {
			return tok.Claims
		}
		return nil
	}
	return tok.Claims
}

// Near miss: signature bit tested first.
func bitmaskSignatureFirst(s string) jwt.Claims { // want bitmaskSignatureFirst:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, kf)
	if ve, ok := err.(*jwt.ValidationError); ok {
		if ve.Errors&jwt.ValidationErrorSignatureInvalid != 0 {
			return nil
		}
		if ve.Errors&jwt.ValidationErrorExpired != 0 {
			return tok.Claims
		}
		return nil
	}
	if err != nil {
		return nil
	}
	return tok.Claims
}

// dgrijalva: neither err nor Valid checked.
func unchecked(s string) jwtgo.Claims { // want unchecked:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwtgo.Parse(s, func(t *jwtgo.Token) (interface{}, error) { return nil, nil }) // want `used on a path where its error was not checked`
	_ = errors.Unwrap(err)
	return tok.Claims
}

// Near miss: !Valid rejected.
func validChecked(s string) jwtgo.Claims {
	tok, _ := jwtgo.Parse(s, nil)
	if !tok.Valid {
		return nil
	}
	return tok.Claims
}

// Near miss: expired is the only error bit.
func exactlyExpired(s string) jwtgo.Claims { // want exactlyExpired:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwtgo.Parse(s, nil)
	if ve, ok := err.(*jwtgo.ValidationError); ok && ve.Errors == jwtgo.ValidationErrorExpired {
		return tok.Claims
	}
	if err != nil {
		return nil
	}
	return tok.Claims
}
