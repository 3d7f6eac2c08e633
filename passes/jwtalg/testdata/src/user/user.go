// Package user parses with keyfuncs of package helper.
package user

import (
	"github.com/golang-jwt/jwt/v5"

	"helper"
)

var secret []byte

func Parse(s string) error {
	if _, err := jwt.Parse(s, helper.Checked); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.Delegating); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.KeyFor("a")); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.Wrap(helper.Loose)); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.Keys{}.Keyfunc); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := helper.ValidateAlg(t); err != nil {
			return nil, err
		}
		return helper.Loose(t)
	}); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.Loose); err != nil { // want `jwt\.Parse accepts any algorithm.*add jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)`
		return err
	}
	if _, err := jwt.Parse(s, helper.LooseFor("a")); err != nil { // want `jwt\.Parse accepts any algorithm`
		return err
	}
	if _, err := jwt.Parse(s, helper.Keys{}.Loose); err != nil { // want `jwt\.Parse accepts any algorithm`
		return err
	}
	_, err := jwt.Parse(s, func(t *jwt.Token) (any, error) { return helper.Loose(t) }) // want `jwt\.Parse accepts any algorithm`
	return err
}

// ParsePublic parses with the keyfuncs of package helper that return an
// RSA public key, known through the flow engine's summaries: not reported.
func ParsePublic(s string) error {
	if _, err := jwt.Parse(s, helper.LoosePublic); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.LooseForPublic("a")); err != nil {
		return err
	}
	if _, err := jwt.Parse(s, helper.Keys{}.LoosePublic); err != nil {
		return err
	}
	_, err := jwt.Parse(s, func(t *jwt.Token) (any, error) { return helper.LoosePublic(t) })
	return err
}

// ParseMixed returns a key of a public key keyfunc of helper or a secret:
// reported.
func ParseMixed(s string) error {
	_, err := jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `and the keyfunc returns \[\]byte secrets and public keys`
		if t.Header["kid"] == "legacy" {
			return secret, nil
		}
		return helper.LoosePublic(t)
	})
	return err
}
