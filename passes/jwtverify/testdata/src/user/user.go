package user // want package:"hasParsers"

// user imports no token library itself, only helper.

import "helper"

// The functions that read claims unverified are unexported and called
// nowhere, so they are reported where they read them: an exported one would
// get a Reread fact instead, its callers being checked (see rereadlib).

func subject(s string) string {
	c, err := helper.Claims(s) // want `helper.Claims does not verify`
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
	t, _ := helper.Verify(s, nil) // want `the error of helper.Verify is discarded`
	return t.Claims
}

// Near miss.
func Checked(s string) interface{} { // want Checked:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	t, err := helper.Verify(s, nil)
	if err != nil {
		return nil
	}
	return t.Claims
}

func gen(s string) interface{} {
	c, _ := helper.Generic(s, map[string]interface{}{}) // want `helper.Generic does not verify`
	return c["sub"]
}

// Near miss: a claim peeked, then the same string verified by a helper in
// another package (pocketbase's FindAuthRecordByToken does this).
func PeekThenCheck(s string) string { // want PeekThenCheck:"verifies"
	c, _ := helper.Claims(s)
	sub, _ := c["sub"].(string)
	if helper.Check(s) != nil {
		return ""
	}
	return sub
}

// The helper checks a different string.
func peekOther(s, other string) string { // want peekOther:"verifies"
	c, _ := helper.Claims(s) // want `helper.Claims does not verify`
	sub, _ := c["sub"].(string)
	if helper.Check(other) != nil {
		return ""
	}
	return sub
}

// Near miss: verified through an interface whose implementation verifies.
func ViaInterface(app helper.App, s string) string { // want ViaInterface:"verifies"
	c, _ := helper.Validated(s)
	sub, _ := c["sub"].(string)
	if err := app.Check(s); err != nil {
		return ""
	}
	return sub
}

// Verify-then-re-read across functions: a helper verifies the string, then
// another helper decodes it again unverified.
func CheckThenClaims(s string) string { // want CheckThenClaims:"verifies"
	if helper.Check(s) != nil {
		return ""
	}
	c, _ := helper.Claims(s)
	return c["sub"].(string)
}

// Near miss: the verifying helper's error is discarded.
func ignoredCheckThenClaims(s string) string {
	helper.Check(s)
	c, _ := helper.Claims(s) // want `helper.Claims does not verify`
	return c["sub"].(string)
}
