// Package related holds the cases whose related locations TestRelated
// checks: which use is named, and where a wrapper's parse is.
package related

import (
	"helper"

	"github.com/golang-jwt/jwt/v5"
)

// Two variables hold the result: the earliest use is named, run after run.
func twoVars(s string) string {
	claims := jwt.MapClaims{}
	tok, _, _ := jwt.NewParser().ParseUnverified(s, claims) // want `ParseUnverified does not verify`
	c2 := tok.Claims.(jwt.MapClaims)
	c3 := claims
	if claims["admin"] == true {
		return "admin"
	}
	if c2["role"] == "x" {
		return "x"
	}
	return c3["sub"].(string)
}

// Near miss: the same variables, only the header read.
func twoVarsHeader(s string) string {
	claims := jwt.MapClaims{}
	tok, _, _ := jwt.NewParser().ParseUnverified(s, claims)
	h := tok.Header
	kid, _ := h["kid"].(string)
	return kid
}

// A wrapper in another package: the finding names the parse inside it.
func viaHelper(s string) string {
	c, err := helper.Claims(s) // want `helper.Claims does not verify`
	if err != nil {
		return ""
	}
	return c["sub"].(string)
}

// Near miss: the wrapper's claims unused.
func viaHelperUnused(s string) error {
	_, err := helper.Claims(s)
	return err
}

func viaVerify(s string) interface{} {
	t, _ := helper.Verify(s, nil) // want `the error of helper.Verify is discarded`
	return t.Claims
}
