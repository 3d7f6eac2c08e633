package parselabels

// The parse labels (model.ParseLabels): the results and claims
// destinations of modelled parses, and the claims read from their tokens.

import "github.com/golang-jwt/jwt/v5"

func checkParse(v any) {}

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func unverified(raw string) {
	claims := jwt.MapClaims{}
	tok, _, _ := jwt.NewParser().ParseUnverified(raw, claims)
	checkParse(tok)        // want `parse: unverified token`
	checkParse(tok.Claims) // want `parse: unverified claims`
	checkParse(claims)     // want `parse: unverified claims`
	checkParse(tok.Header) // near miss: the header is no claims
	checkParse(raw)        // near miss: the input is not the parse's result
}

func verified(raw string) {
	var rc jwt.RegisteredClaims
	tok, err := jwt.ParseWithClaims(raw, &rc, keyfunc)
	checkParse(tok)        // want `parse: verified token`
	checkParse(tok.Claims) // want `parse: verified token`
	checkParse(rc)         // want `parse: verified token`
	checkParse(err)        // near miss: the error is no token
	checkParse(tok.Valid)  // near miss: whether it verified
}

// helper returns an unverified parse's token: its summary says so.
func helper(raw string) *jwt.Token {
	tok, _, _ := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	return tok
}

func viaHelper(raw string) {
	checkParse(helper(raw).Claims) // want `parse: unverified claims`
	checkParse(helper)             // near miss: the function itself
}
