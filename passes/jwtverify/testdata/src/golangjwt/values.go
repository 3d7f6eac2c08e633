package golangjwt

import "github.com/golang-jwt/jwt/v5"

// The uses of a parse's token are those of its value (the flow engine's
// Result.UsesOf): through copies and closures.

// Near miss: the variable is given a verified token before its claims are
// read; the unverified token's only use is its header (the variable is
// also assigned otherwise: see assignedOtherwise).
func reusedVariable(s, s2 string, key []byte) string { // want reusedVariable:"verifies\\(result \\-1, err \\-1, input 1\\) via jwt\\.Parse"
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil || tok.Header["kid"] != "k1" {
		return ""
	}
	tok, err = jwt.Parse(s2, func(*jwt.Token) (any, error) { return key, nil })
	if err != nil {
		return ""
	}
	return tok.Claims.(jwt.MapClaims)["sub"].(string)
}

// The unverified token copied into another variable and read in a
// closure is used.
func copiedIntoClosure(s string) func() string {
	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{}) // want `ParseUnverified does not verify`
	if err != nil {
		return nil
	}
	t := tok
	return func() string {
		return t.Claims.(jwt.MapClaims)["sub"].(string)
	}
}
