package misc

import (
	"context"
	"os"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	cjwt "github.com/cristalhq/jwt/v4"
	gjwt "github.com/gbrlsnchs/jwt/v3"
	"google.golang.org/api/idtoken"
)

func oidcConfig(ctx context.Context, p *oidc.Provider, insecure bool) {
	p.Verifier(&oidc.Config{ClientID: "c", SkipExpiryCheck: true}) // want `oidc.Config SkipExpiryCheck: true makes the verifier accept expired ID tokens`
	p.Verifier(&oidc.Config{SkipClientIDCheck: true})              // want `oidc.Config SkipClientIDCheck: true makes the verifier accept ID tokens issued to any client`
	p.Verifier(&oidc.Config{ClientID: "c", SkipIssuerCheck: true}) // want `oidc.Config SkipIssuerCheck: true`
	p.Verifier(&oidc.Config{ClientID: "c", SkipExpiryCheck: false})
	p.Verifier(&oidc.Config{ClientID: "c", SkipIssuerCheck: insecure})
	ctx = oidc.InsecureIssuerURLContext(ctx, "https://login.example.com") // want `^oidc.InsecureIssuerURLContext skips the check that the discovery document is the issuer's own and binds tokens to the alias given; drop it unless the provider is off-spec$`
	oidc.NewProvider(ctx, "https://login.example.com")
}

func google(ctx context.Context, tok string, v *idtoken.Validator) {
	idtoken.Validate(ctx, tok, "")                     // want `an empty audience makes Validate accept ID tokens issued to any client`
	idtoken.Validate(ctx, tok, os.Getenv("CLIENT_ID")) // want `an empty audience`
	idtoken.Validate(ctx, tok, "client-id")
	v.Validate(ctx, tok, "") // want `an empty audience`
}

func cristal(raw []byte, v cjwt.Verifier) string {
	var c cjwt.RegisteredClaims
	if err := cjwt.ParseClaims(raw, v, &c); err != nil { // want `jwt.ParseClaims verifies only the signature: cristalhq/jwt checks no claim`
		return ""
	}
	return c.Subject
}

func cristalChecked(raw []byte, v cjwt.Verifier) string {
	var c cjwt.RegisteredClaims
	if err := cjwt.ParseClaims(raw, v, &c); err != nil {
		return ""
	}
	if !c.IsValidAt(time.Now()) {
		return ""
	}
	return c.Subject
}

func gbrl(raw []byte, alg gjwt.Algorithm) string {
	var pl gjwt.Payload
	gjwt.Verify(raw, alg, &pl) // want `jwt.Verify without a jwt.ValidatePayload option checks no claim`
	gjwt.Verify(raw, alg, &pl, gjwt.ValidatePayload(&pl, gjwt.ExpirationTimeValidator(time.Now())))
	return pl.Subject
}

type ownKeys struct{ signer interface{} }

// Our own signer's keys: audience and issuer binding is not at stake.
func selfIssued() {
	oidc.NewVerifier("https://us", &ownKeys{}, &oidc.Config{SkipClientIDCheck: true})
	oidc.NewVerifier("https://us", oidc.NewRemoteKeySet(context.Background(), "u"), &oidc.Config{SkipClientIDCheck: true}) // want `oidc.Config SkipClientIDCheck: true`
}

// A shape probe that skips the signature too: jwtverify's business.
func probe(p *oidc.Provider) {
	p.Verifier(&oidc.Config{SkipClientIDCheck: true, SkipExpiryCheck: true, InsecureSkipSignatureCheck: true})
}
