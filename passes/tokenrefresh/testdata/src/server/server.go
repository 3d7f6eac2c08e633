package server

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

var verifier *oidc.IDTokenVerifier

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func Forbidden(w http.ResponseWriter, r *http.Request) {
	idt, err := verifier.Verify(r.Context(), bearer(r))
	if err != nil {
		http.Error(w, "invalid token", http.StatusForbidden) // want `http.Error answers the error of \(\*oidc.IDTokenVerifier\).Verify with 403: answer 401 with WWW-Authenticate: Bearer error="invalid_token", on which clients refresh the token`
		return
	}
	fmt.Fprintln(w, idt.Subject)
}

// Unauthorized is the near miss: 401.
func Unauthorized(w http.ResponseWriter, r *http.Request) {
	if _, err := verifier.Verify(r.Context(), bearer(r)); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
}

func ServerError(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(bearer(r), keyfunc); err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `\(http.ResponseWriter\).WriteHeader answers the error of jwt.Parse with 500`
		return
	}
}

// Scope is the near miss: 403 after a successful verification, for a
// token lacking a role.
func Scope(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), keyfunc)
	if err != nil {
		http.Error(w, "invalid token", http.StatusUnauthorized)
		return
	}
	if claims, _ := tok.Claims.(jwt.MapClaims); claims["role"] != "admin" {
		http.Error(w, "insufficient scope", http.StatusForbidden)
		return
	}
}

// Signing is the near miss: a 500 for an error that is not a token's.
func Signing(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(bearer(r), keyfunc); err != nil {
		http.Error(w, "invalid token", http.StatusUnauthorized)
		return
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{}).SignedString([]byte("k"))
	if err != nil {
		http.Error(w, "cannot sign", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, s)
}

// Wrapped: the verification error wrapped in another, through a helper.
func Wrapped(w http.ResponseWriter, r *http.Request) {
	if err := check(r); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `http.Error answers the error of jwt.ParseWithClaims with 400`
	}
}

func check(r *http.Request) error {
	var claims jwt.MapClaims
	if _, err := jwt.ParseWithClaims(bearer(r), &claims, keyfunc); err != nil {
		return fmt.Errorf("check: %w", err)
	}
	return nil
}

// Sentinel: an expired token answered 403, tested with errors.Is.
func Sentinel(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		w.WriteHeader(http.StatusForbidden) // want `\(http.ResponseWriter\).WriteHeader answers jwt.ErrTokenExpired with 403`
	case err != nil:
		w.WriteHeader(http.StatusUnauthorized)
	}
}

// Expired: *oidc.TokenExpiredError tested with errors.As.
func Expired(w http.ResponseWriter, r *http.Request) {
	_, err := verifier.Verify(r.Context(), bearer(r))
	var expired *oidc.TokenExpiredError
	if errors.As(err, &expired) {
		http.Error(w, "expired", http.StatusBadRequest) // want `http.Error answers \*oidc.TokenExpiredError with 400`
		return
	}
	if err != nil {
		http.Error(w, "invalid", http.StatusUnauthorized)
	}
}

// Reassigned is the near miss: err is assigned again by a storage call
// before the 500.
func Reassigned(w http.ResponseWriter, r *http.Request) {
	_, err := jwt.Parse(bearer(r), keyfunc)
	if err != nil {
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	err = save(r)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func save(*http.Request) error { return nil }

// Redirect is the near miss: a redirect to the login page.
func Redirect(w http.ResponseWriter, r *http.Request) {
	if _, err := verifier.Verify(r.Context(), bearer(r)); err != nil {
		w.WriteHeader(http.StatusFound)
	}
}

// Middleware: the handler returned by a middleware.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := verifier.Verify(r.Context(), bearer(r)); err != nil {
			w.WriteHeader(http.StatusForbidden) // want `\(http.ResponseWriter\).WriteHeader answers the error of \(\*oidc.IDTokenVerifier\).Verify with 403`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Hidden is the near miss: the last assignment of err is in an earlier
// branch.
func Hidden(w http.ResponseWriter, r *http.Request, cached bool) {
	var err error
	if !cached {
		_, err = jwt.Parse(bearer(r), keyfunc)
	}
	if err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}

// NotHandler is the near miss: no ResponseWriter and Request.
func NotHandler(w http.ResponseWriter, raw string) {
	if _, err := jwt.Parse(raw, keyfunc); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}

// writeError writes the status it is given.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, "{\"error\": %q}", msg)
}

func Helper(w http.ResponseWriter, r *http.Request) {
	if _, err := verifier.Verify(r.Context(), bearer(r)); err != nil {
		writeError(w, http.StatusForbidden, "invalid token") // want `server.writeError answers the error of \(\*oidc.IDTokenVerifier\).Verify with 403`
		return
	}
	writeError(w, http.StatusOK, "")
}

// HelperUnauthorized is the near miss: the helper writes 401.
func HelperUnauthorized(w http.ResponseWriter, r *http.Request) {
	if _, err := verifier.Verify(r.Context(), bearer(r)); err != nil {
		writeError(w, http.StatusUnauthorized, "invalid token")
	}
}

func checkRaw(raw string) error {
	_, err := jwt.Parse(raw, keyfunc)
	return err
}

// Param: the helper verifies the token it is given.
func Param(w http.ResponseWriter, r *http.Request) {
	if err := checkRaw(bearer(r)); err != nil {
		w.WriteHeader(http.StatusForbidden) // want `\(http.ResponseWriter\).WriteHeader answers the error of jwt.Parse with 403`
	}
}

// Hint is the near miss: an ID token hint (a logout request's) is no
// credential of the request; a bad one is a bad request.
func Hint(w http.ResponseWriter, r *http.Request) {
	if _, err := verifier.Verify(r.Context(), r.FormValue("id_token_hint")); err != nil {
		http.Error(w, "invalid id_token_hint", http.StatusBadRequest)
	}
}

var conf *oauth2.Config

// Callback is the near miss: the ID token the callback just received from
// the token endpoint is not the request's credential.
func Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusInternalServerError)
		return
	}
	raw, _ := tok.Extra("id_token").(string)
	if _, err := verifier.Verify(r.Context(), raw); err != nil {
		http.Error(w, "invalid ID token", http.StatusInternalServerError)
	}
}

var errInvalid = errors.New("invalid token")

// validate returns its own error where the verification failed.
func validate(r *http.Request) error {
	if _, err := jwt.Parse(bearer(r), keyfunc); err != nil {
		return errInvalid
	}
	return nil
}

func OwnError(w http.ResponseWriter, r *http.Request) {
	if err := validate(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden) // want `http.Error answers the error of jwt.Parse with 403`
	}
}

// lookup fails after a successful verification: not a token's error.
func lookup(r *http.Request) error {
	if _, err := jwt.Parse(bearer(r), keyfunc); err != nil {
		return nil
	}
	return errInvalid
}

// Lookup is the near miss.
func Lookup(w http.ResponseWriter, r *http.Request) {
	if err := lookup(r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
