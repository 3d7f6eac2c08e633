package jose

import (
	"time"

	"github.com/go-jose/go-jose/v4/jwt"
	jwt2 "gopkg.in/square/go-jose.v2/jwt"
)

func noValidate(tok *jwt.JSONWebToken, key interface{}) string {
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil { // want `tok.Claims verifies only the signature: go-jose checks no claim`
		return ""
	}
	return c.Subject
}

func validated(tok *jwt.JSONWebToken, key interface{}) string {
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return ""
	}
	if err := c.Validate(jwt.Expected{Issuer: "x"}); err != nil {
		return ""
	}
	return c.Subject
}

func handedOn(tok *jwt.JSONWebToken, key interface{}) (jwt.Claims, error) {
	var c jwt.Claims
	err := tok.Claims(key, &c)
	return c, err
}

func square(tok *jwt2.JSONWebToken, key interface{}) string {
	var c jwt2.Claims
	if err := tok.Claims(key, &c); err != nil {
		return ""
	}
	if err := c.Validate(jwt2.Expected{Issuer: "x"}); err != nil { // want `square/go-jose.v2 Expected without Time skips the exp and nbf checks`
		return ""
	}
	if err := c.Validate(jwt2.Expected{Issuer: "x", Time: time.Now()}); err != nil {
		return ""
	}
	if err := c.Validate(jwt2.Expected{Issuer: "x"}.WithTime(time.Now())); err != nil {
		return ""
	}
	e := jwt2.Expected{Issuer: "x"}
	e.Time = time.Now()
	return c.Subject
}

// tryKeys only looks for the key that verifies: the claims are not read.
func tryKeys(tok *jwt.JSONWebToken, keys []interface{}) interface{} {
	c := jwt.Claims{}
	for _, k := range keys {
		if tok.Claims(k, &c) == nil {
			return k
		}
	}
	return nil
}

// copied reads the claims through a copy: followed by the flow engine,
// not taken as handed on.
func copied(tok *jwt.JSONWebToken, key interface{}) string {
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil { // want `tok.Claims verifies only the signature: go-jose checks no claim`
		return ""
	}
	c2 := c
	return c2.Subject
}

// copiedOut returns the copy: its caller may validate it.
func copiedOut(tok *jwt.JSONWebToken, key interface{}) (jwt.Claims, error) {
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return jwt.Claims{}, err
	}
	c2 := c
	return c2, nil
}

// logged hands the claims to a function outside the token libraries.
func logged(tok *jwt.JSONWebToken, key interface{}, log func(...any)) {
	var c jwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return
	}
	log(c.Subject, &c)
}
