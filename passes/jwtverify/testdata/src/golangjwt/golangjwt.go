package golangjwt // want package:"hasParsers"

import (
	"errors"
	"log"
	"net/http"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("k")

func keyFunc(t *jwt.Token) (interface{}, error) { return key, nil }

// Unverified parse whose claims are trusted.
func unverifiedClaims(s string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, claims) // want `\(\*jwt.Parser\).ParseUnverified does not verify the signature, yet its claims are used`
	return claims["sub"].(string)
}

// Unverified parse whose token.Claims is trusted, through a type assertion.
func unverifiedTokenClaims(s string) string {
	tok, _, err := new(jwt.Parser).ParseUnverified(s, &jwt.RegisteredClaims{}) // want `ParseUnverified does not verify`
	if err != nil {
		return ""
	}
	rc := tok.Claims.(*jwt.RegisteredClaims)
	return rc.Subject
}

// Near miss: the unverified parse only reads kid to pick the key of a
// verified parse.
func kidThenVerify(s string) (*jwt.Token, error) { // want kidThenVerify:"verified\\(result 0, err 1, input 0\\) via jwt\\.Parse"

	tok, _, err := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	if err != nil {
		return nil, err
	}
	kid, _ := tok.Header["kid"].(string)
	_ = kid
	return jwt.Parse(s, keyFunc)
}

// Near miss: iss is peeked from the unverified claims, then the same string
// is verified.
func issThenVerify(s string) error { // want issThenVerify:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.ParseWithClaims"
	var rc jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(s, &rc); err != nil {
		return err
	}
	log.Println("issuer", rc.Issuer)
	_, err := jwt.ParseWithClaims(s, &rc, keyFunc)
	return err
}

// Near miss: the unverified result is not used at all.
func unused(s string) {
	jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
}

// Method value.
func methodValue(s string) interface{} {
	parse := jwt.NewParser().ParseUnverified
	tok, _, _ := parse(s, jwt.MapClaims{}) // want `ParseUnverified does not verify`
	return tok.Claims.(jwt.MapClaims)["sub"]
}

// A helper that returns unverified claims: reported where they are used.
func unverifiedHelper(s string) (jwt.MapClaims, error) { // want unverifiedHelper:"unverified\\(result 0, err 1, input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(s, claims)
	return claims, err
}

func useHelper(w http.ResponseWriter, s string) {
	claims, err := unverifiedHelper(s) // want `unverifiedHelper does not verify`
	if err != nil {
		return
	}
	w.Write([]byte(lookupUser(claims["sub"].(string))))
}

func lookupUser(sub string) string { return sub }

// Near miss: the helper's claims are not used.
func ignoreHelper(s string) error {
	_, err := unverifiedHelper(s)
	return err
}

// Verified parse, error discarded.
func discarded(s string) interface{} {
	tok, _ := jwt.Parse(s, keyFunc) // want `the error of jwt.Parse is discarded, yet its token or claims are used`
	return tok.Claims
}

// Verified parse, error discarded, claims destination used.
func discardedDest(s string) string {
	var rc jwt.RegisteredClaims
	_, _ = jwt.ParseWithClaims(s, &rc, keyFunc) // want `the error of jwt.ParseWithClaims is discarded`
	return rc.Subject
}

// Near miss: error discarded but token.Valid checked.
func discardedButValid(s string) interface{} {
	tok, _ := jwt.Parse(s, keyFunc)
	if tok != nil && tok.Valid {
		return tok.Claims
	}
	return nil
}

// Claims used before the error is checked.
func usedBeforeCheck(s string) (string, error) { // want usedBeforeCheck:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, keyFunc) // want `the token or claims of jwt.Parse are used on a path where its error was not checked`
	claims := tok.Claims.(jwt.MapClaims)
	sub := claims["sub"].(string)
	if err != nil {
		return "", err
	}
	return sub, nil
}

// Error logged but not acted upon.
func loggedOnly(w http.ResponseWriter, s string) { // want loggedOnly:"verifies\\(result \\-1, err \\-1, input 1\\) via jwt\\.ParseWithClaims"
	var rc jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(s, &rc, keyFunc) // want `used on a path where its error was not checked`
	if err != nil {
		log.Print(err)
	}
	w.Write([]byte(lookupUser(rc.Subject)))
}

// Near miss: return on error.
func checked(w http.ResponseWriter, s string) { // want checked:"verifies\\(result \\-1, err \\-1, input 1\\) via jwt\\.ParseWithClaims"
	var rc jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(s, &rc, keyFunc)
	if err != nil {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	w.Write([]byte(rc.Subject))
}

// Near miss: the documented golang-jwt example.
func documented(s string) { // want documented:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	token, err := jwt.Parse(s, keyFunc)
	if claims, ok := token.Claims.(jwt.MapClaims); ok && token.Valid {
		log.Println(claims["foo"])
	} else {
		log.Println(err)
	}
}

// Near miss: if err == nil && token.Valid.
func okBranch(s string) interface{} { // want okBranch:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, keyFunc)
	if err == nil && tok.Valid {
		return tok.Claims
	}
	return nil
}

// Near miss: parse in the if statement's init.
func ifInit(s string) string { // want ifInit:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.ParseWithClaims"
	var rc jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &rc, keyFunc); err != nil {
		return ""
	}
	return rc.Subject
}

// Near miss: token and error passed on to the caller together.
func passOn(s string) (*jwt.Token, error) { // want passOn:"verified\\(result 0, err 1, input 0\\) via jwt\\.Parse"

	tok, err := jwt.Parse(s, keyFunc)
	return tok, err
}

// Accepting an expired token without ruling out signature errors.
func acceptExpired(s string) (jwt.Claims, error) { // want acceptExpired:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, keyFunc) // want `the token of jwt.Parse is accepted when the error says it expired, without ruling out signature errors first`
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// Negated form: every error but "expired" rejected.
func acceptExpiredNegated(s string) (jwt.Claims, error) { // want acceptExpiredNegated:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, keyFunc) // want `accepted when the error says it expired`
	if err != nil && !errors.Is(err, jwt.ErrTokenExpired) {
		return nil, err
	}
	return tok.Claims, nil
}

// Near miss: signature errors ruled out first.
func expiredAfterSignature(s string) (jwt.Claims, error) { // want expiredAfterSignature:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, keyFunc)
	if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		return nil, err
	}
	if errors.Is(err, jwt.ErrTokenExpired) {
		return tok.Claims, nil
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// Near miss: the expired branch rejects.
func expiredRejected(s string) (jwt.Claims, error) { // want expiredRejected:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(s, keyFunc)
	if errors.Is(err, jwt.ErrTokenExpired) {
		return nil, errors.New("expired, log in again")
	}
	if err != nil {
		return nil, err
	}
	return tok.Claims, nil
}

// Near miss: a test helper outside a _test.go file.
func claimsForTest(t *testing.T, s string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, claims)
	return claims["sub"].(string)
}

type myClaims struct{ jwt.MapClaims }

func (c *myClaims) Valid() error { return nil }

// Near miss: on the unchecked path the claims are only validated.
func validatedOnly(s string) error { // want validatedOnly:"verifies"
	var c myClaims
	_, err := jwt.ParseWithClaims(s, &c, keyFunc)
	if err != nil {
		log.Print(err)
	}
	return c.Valid()
}

// Suppressed with a reason.
func suppressed(s string) string {
	claims := jwt.MapClaims{}
	//tokenvet:ignore jwtverify -- the token was verified by the auth middleware
	jwt.NewParser().ParseUnverified(s, claims)
	return claims["sub"].(string)
}

// A directive without a reason suppresses nothing, and is reported.
func noReason(s string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, claims) //tokenvet:ignore jwtverify // want `ParseUnverified does not verify` `malformed //tokenvet:ignore: the reason follows "--"; write //tokenvet:ignore jwtverify -- why this is safe`
	return claims["sub"].(string)
}

// A directive for another analyzer.
func otherAnalyzer(s string) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, claims) //tokenvet:ignore jwtlib -- not this one // want `ParseUnverified does not verify`
	return claims["sub"].(string)
}
