package golangjwt

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

// Pattern 5: unverified claims only displayed decide nothing.
func printOnly() {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	fmt.Println("subject:", c["sub"])
	log.Printf("issuer %v", c["iss"])
	slog.Info("token", "aud", c["aud"])
}

// The same claims driving a branch.
func printThenDecide() bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `ParseUnverified does not verify the signature, yet its claims are used`
	fmt.Println("subject:", c["sub"])
	return c["admin"] == true
}

// Put into an error message, directly, formatted or concatenated.
func errorMessage() error {
	var rc jwt.RegisteredClaims
	jwt.NewParser().ParseUnverified(rawTok, &rc)
	if rc.Issuer == "" {
		return errors.New("token of " + rc.Subject + " has no issuer")
	}
	msg := fmt.Sprintf("issuer %s is not trusted", rc.Issuer)
	return fmt.Errorf("%s (subject %s)", msg, rc.Subject)
}

// A formatted claim that is then used as a lookup key.
func formattedKey(users map[string]bool) bool {
	var rc jwt.RegisteredClaims
	jwt.NewParser().ParseUnverified(rawTok, &rc) // want `ParseUnverified does not verify`
	key := fmt.Sprintf("user:%s", rc.Subject)
	return users[key]
}

// Written back to the requester, and logged through a logger's fields.
func echo(w http.ResponseWriter, logger *slog.Logger) {
	var rc jwt.RegisteredClaims
	jwt.NewParser().ParseUnverified(rawTok, &rc)
	logger.With("sub", rc.Subject).Info("request")
	w.Write([]byte("hello " + rc.Subject))
	http.Error(w, "unknown issuer "+rc.Issuer, http.StatusForbidden)
}

// The claim passed to a function that is not a printer: an identity lookup.
func identityLookup(w http.ResponseWriter) {
	var rc jwt.RegisteredClaims
	jwt.NewParser().ParseUnverified(rawTok, &rc) // want `ParseUnverified does not verify`
	w.Write([]byte(lookupUser(rc.Subject)))
}

// A verified parse whose error is not checked: claims only logged are
// not reported either.
func verifiedLogged() {
	var rc jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(rawTok, &rc, keyFunc)
	log.Print(err, rc.Subject)
}

// Near miss of verifiedLogged: the claims returned.
func verifiedReturned() string {
	var rc jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(rawTok, &rc, keyFunc) // want `used on a path where its error was not checked`
	log.Print(err)
	return rc.Subject
}
