// Package directives holds //tokenvet:ignore directives, well-formed and
// not, next to jwtverify's findings and away from them.
package directives

import "github.com/golang-jwt/jwt/v5"

// A valid directive on the line above silences the finding; it is used, so
// it is not reported.
func valid(s string) string {
	claims := jwt.MapClaims{}
	//tokenvet:ignore jwtverify -- the token was verified by the gateway
	jwt.NewParser().ParseUnverified(s, claims)
	return claims["sub"].(string)
}

// On the line of the finding, with a second analyzer named.
func validSameLine(s string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, claims) //tokenvet:ignore jwtalg,jwtverify -- verified by the gateway
	return claims["sub"].(string)
}

// all silences jwtverify too.
func validAll(s string) string {
	claims := jwt.MapClaims{}
	//tokenvet:ignore all -- generated code
	jwt.NewParser().ParseUnverified(s, claims)
	return claims["sub"].(string)
}

// No reason: the finding stays, and the directive is reported.
func noReason(s string) string {
	claims := jwt.MapClaims{}
	/* want "malformed //tokenvet:ignore: no reason; write //tokenvet:ignore jwtverify -- why this is safe" */ //tokenvet:ignore jwtverify
	jwt.NewParser().ParseUnverified(s, claims)                                                                 // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}

// A misspelled name: both reported, with the name meant.
func misspelled(s string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, claims) //tokenvet:ignore jwtverfy -- checked // want `ParseUnverified does not verify` `unknown analyzer "jwtverfy" in //tokenvet:ignore \(did you mean jwtverify\?\)`
	return claims["sub"].(string)
}

// A misspelled name of another analyzer next to a jwtverify finding is
// reported too: it silences nothing.
func misspelledOther(s string) string {
	claims := jwt.MapClaims{}
	/* want `unknown analyzer "jwtleway" in //tokenvet:ignore \(did you mean jwtleeway\?\)` */ //tokenvet:ignore jwtleway -- checked
	jwt.NewParser().ParseUnverified(s, claims)                                                 // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}

// A space after the slashes.
func spaced(s string) string {
	claims := jwt.MapClaims{}
	/* want `malformed //tokenvet:ignore: spelled "// tokenvet:ignore"; write //tokenvet:ignore jwtverify -- checked upstream` */ // tokenvet:ignore jwtverify -- checked upstream
	jwt.NewParser().ParseUnverified(s, claims)                                                                                    // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}

// Another separator than "--".
func dash(s string) string {
	claims := jwt.MapClaims{}
	/* want `malformed //tokenvet:ignore: the reason follows "--"; write //tokenvet:ignore jwtverify -- checked upstream` */ //tokenvet:ignore jwtverify: checked upstream
	jwt.NewParser().ParseUnverified(s, claims)                                                                               // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}

// No analyzer name.
func noName(s string) string {
	claims := jwt.MapClaims{}
	/* want `malformed //tokenvet:ignore: no analyzer name; write //tokenvet:ignore jwtverify -- checked upstream` */ //tokenvet:ignore -- checked upstream
	jwt.NewParser().ParseUnverified(s, claims)                                                                        // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}

// A well-formed directive for another analyzer next to a jwtverify finding:
// the finding stays, the directive is not jwtverify's business.
func otherAnalyzer(s string) string {
	claims := jwt.MapClaims{}
	//tokenvet:ignore jwtalg -- the algorithm is pinned
	jwt.NewParser().ParseUnverified(s, claims) // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}

// Malformed directives away from any finding are not reported.
func malformedNoFinding(s string) int {
	//tokenvet:ignore jwtverify
	// tokenvet:ignore jwtleway - x
	return len(s)
}

// Directives that suppress nothing: one naming jwtverify is reported, alone
// or in a list; one naming only another analyzer, or all, is not.
func unused(s string) int {
	//tokenvet:ignore jwtverify -- stale // want `^//tokenvet:ignore jwtverify suppresses nothing here; remove it$`
	n := len(s)
	//tokenvet:ignore jwtclaims, jwtverify -- stale // want `^jwtverify in //tokenvet:ignore suppresses nothing here; remove it from the list$`
	n += len(s)
	//tokenvet:ignore jwtalg -- not jwtverify's
	n += len(s)
	//tokenvet:ignore all -- never reported as unused
	return n + len(s)
}
