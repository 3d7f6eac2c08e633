// Package escape builds its go-oidc configuration in one function and the
// verifier through a function value elsewhere; the verifier's tokens have
// their audience compared by hand (the oauth2-proxy shape).
package escape

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
)

func config(id string) *oidc.Config {
	return &oidc.Config{ClientID: id, SkipClientIDCheck: true}
}

type builder func(*oidc.Config) *oidc.IDTokenVerifier

type wrapper struct {
	v       *oidc.IDTokenVerifier
	allowed map[string]bool
}

func newWrapper(b builder, id string) *wrapper {
	return &wrapper{v: b(config(id)), allowed: map[string]bool{id: true}}
}

func (w *wrapper) Verify(ctx context.Context, raw string) (*oidc.IDToken, error) {
	tok, err := w.v.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	if ok, err := w.validAudience(tok.Audience); !ok {
		return nil, err
	}
	return tok, nil
}

func (w *wrapper) validAudience(aud []string) (bool, error) {
	for _, a := range aud {
		if w.allowed[a] {
			return true, nil
		}
	}
	return false, errors.New("audience not allowed")
}
