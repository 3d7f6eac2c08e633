// Package escapeunchecked is package escape without the audience check.
package escapeunchecked

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

func config(id string) *oidc.Config {
	return &oidc.Config{ClientID: id, SkipClientIDCheck: true} // want `oidc.Config SkipClientIDCheck: true makes the verifier accept ID tokens issued to any client`
}

type builder func(*oidc.Config) *oidc.IDTokenVerifier

type wrapper struct{ v *oidc.IDTokenVerifier }

func newWrapper(b builder, id string) *wrapper { return &wrapper{v: b(config(id))} }

func (w *wrapper) Verify(ctx context.Context, raw string) (*oidc.IDToken, error) {
	return w.v.Verify(ctx, raw)
}
