// Package user imports no token library itself, only helper.
package user

import "helper"

func Subject(s string) string {
	c, err := helper.Claims(s) // want `helper.Claims \(which wraps \(\*jwt.Parser\).ParseUnverified\) does not verify`
	if err != nil {
		return ""
	}
	return c["sub"].(string)
}

// Near miss: only the header of the peeked token.
func Kid(s string) string {
	t := helper.Peek(s)
	kid, _ := t.Header["kid"].(string)
	return kid
}

func Discard(s string) interface{} {
	t, _ := helper.Verify(s, nil) // want `the error of helper.Verify \(which wraps jwt.Parse\) is discarded`
	return t.Claims
}

// Near miss.
func Checked(s string) interface{} {
	t, err := helper.Verify(s, nil)
	if err != nil {
		return nil
	}
	return t.Claims
}

func Gen(s string) interface{} {
	c, _ := helper.Generic(s, map[string]interface{}{}) // want `helper.Generic \(which wraps`
	return c["sub"]
}
