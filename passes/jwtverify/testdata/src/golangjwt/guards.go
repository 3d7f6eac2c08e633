package golangjwt

import (
	"context"
	"errors"
	"log"

	"github.com/coreos/go-oidc/v3/oidc"
	jose "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
)

var errRevoked = errors.New("revoked")

func raw() string { return "" }

// Guards the error checks of issue pattern 1 take: a tagless switch whose
// success case holds the use.
func switchOK() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc)
	switch {
	case err == nil:
		return tok.Claims
	case errors.Is(err, errRevoked):
		return nil
	default:
		return nil
	}
}

// The same switch with the use in the wrong case.
func switchWrongCase() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc) // want `used on a path where its error was not checked`
	switch {
	case err == nil:
		return nil
	default:
		return tok.Claims
	}
}

// A switch that returns on failure, the use after it.
func switchFail() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc)
	switch {
	case err != nil:
		return nil
	}
	return tok.Claims
}

// The same switch whose failure case does not return.
func switchFailLogs() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc) // want `used on a path where its error was not checked`
	switch {
	case err != nil:
		log.Print(err)
	}
	return tok.Claims
}

// A switch on err itself.
func switchOnErr() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc)
	switch err {
	case nil:
		return tok.Claims
	default:
		return nil
	}
}

// Near miss of switchOnErr: the use is in the failure case.
func switchOnErrWrong() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc) // want `used on a path where its error was not checked`
	switch err {
	case nil:
		return nil
	default:
		return tok.Claims
	}
}

// A switch whose cases all return but the success case.
func switchAllReturn() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc)
	switch {
	case err == nil:
	case errors.Is(err, errRevoked):
		return nil
	default:
		return nil
	}
	return tok.Claims
}

// The same switch without a default: an error that is neither falls through.
func switchNoDefault() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc) // want `used on a path where its error was not checked`
	switch {
	case err == nil:
	case errors.Is(err, errRevoked):
		return nil
	}
	return tok.Claims
}

// An if-else chain whose every error branch returns.
func elseIfChain() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc)
	if errors.Is(err, errRevoked) {
		return nil
	} else if err != nil {
		return nil
	}
	return tok.Claims
}

// The same chain whose last branch only logs.
func elseIfChainLogs() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc) // want `used on a path where its error was not checked`
	if errors.Is(err, errRevoked) {
		return nil
	} else if err != nil {
		log.Print(err)
	}
	return tok.Claims
}

// Success tested, failure returns in the else branch.
func okElseReturn() interface{} {
	tok, err := jwt.Parse(raw(), keyFunc)
	if err == nil {
		log.Print("ok")
	} else {
		return nil
	}
	return tok.Claims
}

// Pattern 2: a key-trial loop; the claims are used only when a key verified
// them.
func keyTrial(tok *jose.JSONWebToken, keys []interface{}) string { // want keyTrial:"verifies"
	var c jose.Claims
	found := false
	for _, k := range keys {
		if err := tok.Claims(k, &c); err == nil {
			found = true
			break
		}
	}
	if !found {
		return ""
	}
	return c.Subject
}

// Its near miss: the flag is set whatever the result.
func keyTrialAlways(tok *jose.JSONWebToken, keys []interface{}) string { // want keyTrialAlways:"verifies"
	var c jose.Claims
	found := false
	for _, k := range keys {
		if err := tok.Claims(k, &c); err != nil { // want `used on a path where its error was not checked`
			log.Print(err)
		}
		found = true
	}
	if !found {
		return ""
	}
	return c.Subject
}

// The flag tested positively.
func keyTrialIf(tok *jose.JSONWebToken, keys []interface{}) string { // want keyTrialIf:"verifies"
	var c jose.Claims
	var ok bool
	for _, k := range keys {
		if tok.Claims(k, &c) == nil {
			ok = true
			break
		}
	}
	if ok {
		return c.Subject
	}
	return ""
}

// Its near miss: the claims used after the loop whatever the flag says.
func keyTrialIgnored(tok *jose.JSONWebToken, keys []interface{}) string { // want keyTrialIgnored:"verifies"
	var c jose.Claims
	var ok bool
	for _, k := range keys {
		if tok.Claims(k, &c) == nil { // want `used on a path where its error was not checked`
			ok = true
			break
		}
	}
	log.Print(ok)
	return c.Subject
}

// Pattern 3: a retry inside the error branch, its result checked.
func retry(ctx context.Context, v *oidc.IDTokenVerifier) string {
	tok, err := v.Verify(ctx, raw())
	if err != nil {
		log.Print("refreshing keys")
		tok, err = v.Verify(ctx, raw())
		if err != nil {
			return ""
		}
	}
	return tok.Subject
}

// Its near miss: the retry's error is only logged.
func retryUnchecked(ctx context.Context, v *oidc.IDTokenVerifier) string {
	tok, err := v.Verify(ctx, raw()) // want `used on a path where its error was not checked`
	if err != nil {
		tok, err = v.Verify(ctx, raw()) // want `used on a path where its error was not checked`
		if err != nil {
			log.Print(err)
		}
	}
	return tok.Subject
}
