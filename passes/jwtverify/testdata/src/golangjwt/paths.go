package golangjwt

import (
	"log"

	"github.com/golang-jwt/jwt/v5"
)

var rawTok string

// Verify-then-re-read: the string is verified, then decoded again
// unverified to read its claims.
func verifyThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		return ""
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

// The verification's error is only logged: the re-read trusts a token that
// may have failed it.
func verifyLoggedThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		log.Print(err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `the claims of \(\*jwt.Parser\).ParseUnverified are used or returned on a path where jwt.Parse has not verified the same token: they can be forged`
	return c["sub"].(string)
}

// Peek then verify, the claims returned together with the verification's
// error.
func returnedWithError() (jwt.MapClaims, error) {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `the claims of \(\*jwt.Parser\).ParseUnverified are used or returned on a path where jwt.Parse has not verified`
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		return c, err
	}
	return c, nil
}

// Near miss: nothing returned on failure.
func returnedOnSuccess() (jwt.MapClaims, error) {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		return nil, err
	}
	return c, nil
}

// Peek then verify, the claims deciding on the failure path.
func usedOnFailure() bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `are used or returned on a path where jwt.Parse has not verified`
	iss, _ := c["iss"].(string)
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		return c["role"] == "admin"
	}
	return iss != ""
}

// Near miss: the issuer read to choose the key (a peek), the role read only
// after the verification succeeded.
func usedOnSuccess() bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	iss, _ := c["iss"].(string)
	if _, err := jwt.Parse(rawTok, keyFor(iss)); err != nil {
		return false
	}
	return c["role"] == "admin"
}

func keyFor(iss string) jwt.Keyfunc { return keyFunc }

// Claims returned before the verification runs.
func returnedBeforeVerify() (jwt.MapClaims, error) {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `are used or returned on a path where jwt.Parse has not verified`
	if c["iss"] == "internal" {
		return c, nil
	}
	_, err := jwt.Parse(rawTok, keyFunc)
	return c, err
}

// rereadSub re-reads its parameter unverified. Its only caller verified the
// string first: not reported.
func rereadSub(tok string) string {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(tok, c)
	return c["sub"].(string)
}

func verifiedCaller() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		return ""
	}
	return rereadSub(rawTok)
}

// rereadRole is the same, but one of its callers passes the string on
// without verifying it.
func rereadRole(tok string) string {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(tok, c) // want `ParseUnverified does not verify the signature, yet its claims are used`
	return c["role"].(string)
}

func verifiedCallerRole() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		return ""
	}
	return rereadRole(rawTok)
}

func unverifiedCallerRole() string {
	_, err := jwt.Parse(rawTok, keyFunc)
	log.Print(err)
	return rereadRole(rawTok)
}

// issuerOf peeks at the issuer; its only caller verifies the same string
// afterwards, with the key of that issuer.
func issuerOf(tok string) string {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(tok, c)
	iss, _ := c["iss"].(string)
	return iss
}

func verifyWithIssuer() error {
	iss := issuerOf(rawTok)
	_, err := jwt.Parse(rawTok, keyFor(iss))
	return err
}

// tenantOf is the same, but its caller never verifies the string.
func tenantOf(tok string) string {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(tok, c) // want `ParseUnverified does not verify`
	tenant, _ := c["tenant"].(string)
	return tenant
}

func tenantOnly() bool {
	return tenantOf(rawTok) == "acme"
}

// mustVerify stops the program when the token does not verify.
func mustVerify(tok string) { // want mustVerify:"verifies"
	if _, err := jwt.Parse(tok, keyFunc); err != nil {
		panic(err)
	}
}

// Verify-then-re-read through a helper that returns no error.
func mustThenReread() string {
	mustVerify(rawTok)
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

// Near miss: the helper verified another string.
func mustOtherThenReread(other string) string { // want mustOtherThenReread:"verifies"
	mustVerify(other)
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `ParseUnverified does not verify the signature, yet its claims are used`
	return c["sub"].(string)
}
