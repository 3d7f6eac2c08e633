// Package oidc logs users in with github.com/coreos/go-oidc/v3 and
// golang.org/x/oauth2 (neither is a jwtlib finding).
package oidc

import (
	"context"
	"fmt"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

// App is an OIDC relying party.
type App struct {
	provider *oidc.Provider
	oauth    oauth2.Config
	clientID string
}

// New discovers the provider.
func New(ctx context.Context, issuer, clientID, secret string) (*App, error) {
	p, err := oidc.NewProvider(ctx, issuer)
	if err != nil {
		return nil, err
	}
	return &App{
		provider: p,
		oauth:    oauth2.Config{ClientID: clientID, ClientSecret: secret, Endpoint: p.Endpoint(), Scopes: []string{oidc.ScopeOpenID}},
		clientID: clientID,
	}, nil
}

func (a *App) login(w http.ResponseWriter, r *http.Request, v *oidc.IDTokenVerifier) {
	tok, err := a.oauth.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	raw, _ := tok.Extra("id_token").(string)
	idt, err := v.Verify(r.Context(), raw)
	if err != nil {
		http.Error(w, "bad id token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", idt.Subject)
}

// CallbackDev skips the signature check of the ID token.
func (a *App) CallbackDev(w http.ResponseWriter, r *http.Request) {
	v := a.provider.Verifier(&oidc.Config{
		ClientID:                   a.clientID,
		InsecureSkipSignatureCheck: true, // want:jwtverify
	})
	a.login(w, r, v)
}

// CallbackDevInline does the same on one line.
func (a *App) CallbackDevInline(w http.ResponseWriter, r *http.Request) {
	cfg := oidc.Config{ClientID: a.clientID, InsecureSkipSignatureCheck: true} // want:jwtverify
	a.login(w, r, a.provider.Verifier(&cfg))
}

// Callback verifies the ID token.
func (a *App) Callback(w http.ResponseWriter, r *http.Request) {
	a.login(w, r, a.provider.Verifier(&oidc.Config{ClientID: a.clientID}))
}

// CallbackExplicit keeps the check, saying so.
func (a *App) CallbackExplicit(w http.ResponseWriter, r *http.Request) {
	a.login(w, r, a.provider.Verifier(&oidc.Config{
		ClientID:                   a.clientID,
		InsecureSkipSignatureCheck: false,
	}))
}
