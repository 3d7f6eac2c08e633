// Package circular verifies tokens against an audience read from the
// token itself.
package circular

import (
	"context"
	"errors"
	"log"

	"github.com/coreos/go-oidc/v3/oidc"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	"google.golang.org/api/idtoken"
)

// Every audience the token names is tried: any audience passes.
func anyAudience(ctx context.Context, raw string) (*idtoken.Payload, error) {
	var unverified jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &unverified); err != nil {
		return nil, err
	}
	for _, aud := range unverified.Audience {
		if p, err := idtoken.Validate(ctx, raw, aud); err == nil { // want `the audience this Validate expects is read from the unverified claims of the token it verifies, so any audience passes; expect your configured value$`
			return p, nil
		}
	}
	return nil, errors.New("invalid token")
}

// The audience of an unverified payload, compared with the configured one
// first: fine.
func checkedFirst(ctx context.Context, raw, want string) (*idtoken.Payload, error) {
	unverified, err := idtoken.ParsePayload(raw)
	if err != nil {
		return nil, err
	}
	if unverified.Audience != want {
		return nil, errors.New("wrong audience")
	}
	return idtoken.Validate(ctx, raw, want)
}

// The configured audiences are tried: fine.
func configured(ctx context.Context, raw string, audiences []string) (*idtoken.Payload, error) {
	for _, aud := range audiences {
		if p, err := idtoken.Validate(ctx, raw, aud); err == nil {
			return p, nil
		}
	}
	return nil, errors.New("invalid token")
}

// The client ID of the verifier comes from the token.
func clientFromToken(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil {
		return nil, err
	}
	audFromToken := c.Audience[0]
	return p.Verifier(&oidc.Config{ClientID: audFromToken}).Verify(ctx, raw) // want `the audience this Verify expects is read from the unverified claims`
}

// The unverified claims pick nothing the verification expects: fine.
func clientConfigured(ctx context.Context, p *oidc.Provider, raw, clientID string) (*oidc.IDToken, error) {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil {
		return nil, err
	}
	if c.Issuer == "" {
		return nil, errors.New("no issuer")
	}
	return p.Verifier(&oidc.Config{ClientID: clientID}).Verify(ctx, raw)
}

var secret = []byte("0123456789abcdef0123456789abcdef")

func key(*jwt.Token) (interface{}, error) { return secret, nil }

// golang-jwt: the audience option takes the unverified audience.
func withAudience(raw string) (*jwt.Token, error) {
	claims := jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &claims); err != nil {
		return nil, err
	}
	return jwt.Parse(raw, key, jwt.WithAudience(claims.Audience[0])) // want `the audience this Parse expects is read from the unverified claims`
}

// The unverified claims of another token (an ID token picking the
// audience of an access token) are not the token verified: not reported.
func otherToken(raw, idToken string) (*jwt.Token, error) {
	claims := jwt.RegisteredClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(idToken, &claims); err != nil {
		return nil, err
	}
	return jwt.Parse(raw, key, jwt.WithAudience(claims.Audience[0]))
}

var allowedClients = map[string]bool{"web": true, "cli": true}

// The audience the token names is checked against an allow-list first:
// fine.
func allowListed(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) { // want allowListed:"checks aud"
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil {
		return nil, err
	}
	aud := c.Audience[0]
	if !allowedClients[aud] {
		return nil, errors.New("unknown client")
	}
	return p.Verifier(&oidc.Config{ClientID: aud}).Verify(ctx, raw)
}

// audienceOf peeks at the audience a token names.
func audienceOf(raw string) string { // want audienceOf:"returns unverified claims of parameter 0"
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil || len(c.Audience) == 0 {
		return ""
	}
	return c.Audience[0]
}

// The helper reads the audience of the token being verified.
func viaHelper(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	aud := audienceOf(raw)
	return p.Verifier(&oidc.Config{ClientID: aud}).Verify(ctx, raw) // want `the audience this Verify expects is read from the unverified claims`
}

// The helper reads the audience of another token: not reported.
func viaHelperOther(ctx context.Context, p *oidc.Provider, raw, idToken string) (*oidc.IDToken, error) {
	return p.Verifier(&oidc.Config{ClientID: audienceOf(idToken)}).Verify(ctx, raw)
}

// go-jose: the Expected issuer is the one the token names.
func joseIssuer(tok *josejwt.JSONWebToken, key interface{}) (string, error) {
	var unverified, c josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&unverified); err != nil {
		return "", err
	}
	if err := tok.Claims(key, &c); err != nil {
		return "", err
	}
	if err := c.Validate(josejwt.Expected{Issuer: unverified.Issuer}); err != nil { // want `the issuer this Validate expects is read from the unverified claims`
		return "", err
	}
	return c.Subject, nil
}

func joseIssuerConfigured(tok *josejwt.JSONWebToken, key interface{}, iss string) (string, error) {
	var unverified, c josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&unverified); err != nil {
		return "", err
	}
	if err := tok.Claims(key, &c); err != nil {
		return "", err
	}
	if err := c.Validate(josejwt.Expected{Issuer: iss, AnyAudience: []string{"api"}}); err != nil {
		return "", err
	}
	log.Println("token of", unverified.Subject)
	return c.Subject, nil
}

// The audience is derived from the unverified subject: still circular.
func joseDerived(tok *josejwt.JSONWebToken, key interface{}, iss string) error {
	var unverified, c josejwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&unverified); err != nil {
		return err
	}
	if err := tok.Claims(key, &c); err != nil {
		return err
	}
	return c.Validate(josejwt.Expected{Issuer: iss, AnyAudience: []string{unverified.Subject + "-app"}}) // want `the audience this Validate expects is read from the unverified claims`
}
