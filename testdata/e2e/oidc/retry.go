package oidc

import (
	"context"
	"log"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
)

// Retry verifies the ID token again once the provider's keys may have
// rotated; the second result is checked.
func (a *App) Retry(ctx context.Context, w http.ResponseWriter, raw string) {
	v := a.provider.Verifier(&oidc.Config{ClientID: a.clientID})
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		log.Print("retrying: ", err)
		tok, err = v.Verify(ctx, raw)
		if err != nil {
			http.Error(w, "bad token", http.StatusUnauthorized)
			return
		}
	}
	w.Header().Set("X-User", userOf(tok.Subject))
}

// RetryUnchecked retries but never checks the second result.
func (a *App) RetryUnchecked(ctx context.Context, w http.ResponseWriter, raw string) {
	v := a.provider.Verifier(&oidc.Config{ClientID: a.clientID})
	tok, err := v.Verify(ctx, raw) // want:jwtverify
	if err != nil {
		log.Print("retrying: ", err)
		tok, _ = v.Verify(ctx, raw) // want:jwtverify
	}
	w.Header().Set("X-User", userOf(tok.Subject))
}

func userOf(sub string) string { return "user:" + sub }
