// Package intest has in-package tests, so it is analyzed twice: alone and
// as its test variant, which holds this file too. Both passes find the same
// here (test code is ignored), so they agree on which directives of this
// file are used. A directive in the _test.go file is never reported.
package intest

import "github.com/golang-jwt/jwt/v5"

// Subject's directive is used in both passes.
func subject(s string) string {
	claims := jwt.MapClaims{}
	//tokenvet:ignore jwtverify -- verified by the gateway
	jwt.NewParser().ParseUnverified(s, claims)
	return claims["sub"].(string)
}

// Len's directive is unused in both passes.
func Len(s string) int {
	//tokenvet:ignore jwtverify -- stale // want `^//tokenvet:ignore jwtverify suppresses nothing here; remove it$`
	return len(s) + len(subject(s))
}
