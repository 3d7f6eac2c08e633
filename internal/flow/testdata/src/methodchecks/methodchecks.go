// Package methodchecks: the engine says which keyfuncs of the package
// check the token's signing method (Result.ChecksMethod) and whether the
// token a parse returns has its method checked (Result.TokenChecked), for
// jwtalg.
package methodchecks

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var secret []byte

func checking(t *jwt.Token) (any, error) { // want `checks method: true`
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("unexpected method")
	}
	return secret, nil
}

// ignoring returns the key whatever the method: the near miss.
func ignoring(t *jwt.Token) (any, error) { // want `checks method: false`
	return secret, nil
}

// noneOnly compares the alg with "none" only: not an allow-list.
func noneOnly(t *jwt.Token) (any, error) { // want `checks method: false`
	if t.Header["alg"] == "none" { // want `alg checked: false`
		return nil, errors.New("none")
	}
	return secret, nil
}

// delegating hands the token to a function that checks.
func delegating(t *jwt.Token) (any, error) { // want `checks method: true`
	return checking(t)
}

func Literals() {
	jwt.Parse("", func(t *jwt.Token) (any, error) { // want `checks method: false` `token checked: false`
		return secret, nil
	})
	jwt.Parse("", func(t *jwt.Token) (any, error) { // want `checks method: true` `token checked: false`
		if t.Method.Alg() != "HS256" {
			return nil, errors.New("unexpected method")
		}
		return secret, nil
	})
}

// After checks the method of the token the parse returns.
func After() error {
	tok, err := jwt.Parse("", ignoring) // want `token checked: true`
	if err != nil {
		return err
	}
	if tok.Method.Alg() != "HS256" {
		return errors.New("unexpected method")
	}
	return nil
}

// NotAfter only reads the token: the near miss.
func NotAfter() (any, error) {
	tok, err := jwt.Parse("", ignoring) // want `token checked: false`
	if err != nil {
		return nil, err
	}
	return tok.Header, nil
}

type header struct {
	Alg string `json:"alg"`
	Kid string `json:"kid"`
}

// HandChecked checks the alg of a header it decoded by hand before the
// parse.
func HandChecked(raw string, h header, m map[string]any) {
	if h.Alg != "HS256" { // want `alg checked: true`
		return
	}
	if m["alg"] == "none" { // want `alg checked: false`
		return
	}
	_ = h.Kid
	jwt.Parse(raw, ignoring) // want `token checked: false`
}
