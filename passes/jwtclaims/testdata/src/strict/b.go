package strict

import (
	"context"
	"time"

	josejwt "github.com/go-jose/go-jose/v4/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"google.golang.org/api/idtoken"
)

func key4(*jwt4.Token) (interface{}, error) { return []byte("k"), nil }

func v4Loose(s string) string {
	var c jwt4.RegisteredClaims
	if _, err := jwt4.ParseWithClaims(s, &c, key4); err != nil { // want `this parse does not require exp, audience and issuer.*; add claims.VerifyExpiresAt\(..., true\), claims.VerifyAudience\(..., true\), claims.VerifyIssuer\(..., true\)$`
		return ""
	}
	return c.Subject
}

func v4Partial(s string) string {
	var c jwt4.RegisteredClaims
	if _, err := jwt4.ParseWithClaims(s, &c, key4); err != nil { // want `add claims.VerifyIssuer\(..., true\)$`
		return ""
	}
	if !c.VerifyExpiresAt(time.Now(), true) || !c.VerifyAudience("api", true) {
		return ""
	}
	return c.Subject
}

func v4Weak(s string) string {
	var c jwt4.RegisteredClaims
	if _, err := jwt4.ParseWithClaims(s, &c, key4); err != nil { // want `add claims.VerifyExpiresAt\(..., true\)$`
		return ""
	}
	if !c.VerifyExpiresAt(time.Now(), false) || !c.VerifyAudience("api", true) || !c.VerifyIssuer("i", true) { // want `claims.VerifyExpiresAt\(..., false\) accepts a token without the exp claim`
		return ""
	}
	return c.Subject
}

// full requires all three in its claims' own Valid method.
type full struct{ jwt4.RegisteredClaims }

func (c *full) Valid() error {
	if err := c.RegisteredClaims.Valid(); err != nil {
		return err
	}
	if !c.VerifyExpiresAt(time.Now(), true) || !c.VerifyAudience("api", true) || !c.VerifyIssuer("i", true) {
		return nil
	}
	return nil
}

func v4Full(s string) string {
	var c full
	if _, err := jwt4.ParseWithClaims(s, &c, key4); err != nil {
		return ""
	}
	return c.Subject
}

// The token leaves the function: its checks may be elsewhere.
func v4Escapes(s string) (*jwt4.Token, error) {
	return jwt4.ParseWithClaims(s, &jwt4.RegisteredClaims{}, key4)
}

func joseLoose(tok *josejwt.JSONWebToken) string {
	var c josejwt.Claims
	if err := tok.Claims([]byte("0123456789abcdef0123456789abcdef"), &c); err != nil {
		return ""
	}
	if err := c.Validate(josejwt.Expected{Issuer: "i"}); err != nil { // want `this validation does not require exp, audience and issuer.*; add the Expected audience \(AnyAudience in v4, Audience in v3 and v2\), a nil check of claims.Expiry$`
		return ""
	}
	return c.Subject
}

func joseFull(tok *josejwt.JSONWebToken) string {
	var c josejwt.Claims
	if err := tok.Claims([]byte("0123456789abcdef0123456789abcdef"), &c); err != nil {
		return ""
	}
	if c.Expiry == nil {
		return ""
	}
	if err := c.Validate(josejwt.Expected{Issuer: "i", AnyAudience: []string{"api"}}); err != nil {
		return ""
	}
	return c.Subject
}

func google(ctx context.Context, tok string) string {
	p, err := idtoken.Validate(ctx, tok, "client-id") // want `idtoken Validate checks the audience but never the issuer`
	if err != nil {
		return ""
	}
	return p.Subject
}

func googleIssuer(ctx context.Context, tok string) string {
	p, err := idtoken.Validate(ctx, tok, "client-id")
	if err != nil || p.Issuer != "https://accounts.google.com" {
		return ""
	}
	return p.Subject
}
