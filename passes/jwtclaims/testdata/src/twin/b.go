package twin

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
)

func verifyB(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true}) // want `oidc.Config SkipIssuerCheck: true makes the verifier accept ID tokens of any issuer`
	return v.Verify(ctx, raw)
}
