// Package optional binds the audience only when it is configured.
package optional

import (
	"crypto/rsa"

	"context"
	josejwt "github.com/go-jose/go-jose/v4/jwt"

	keyfunc "github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

type Config struct {
	JWKSURL  string
	Audience string
	Issuer   string
}

func verify(cfg Config, s string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return nil, err
	}
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"})}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	return jwt.Parse(s, k.Keyfunc, opts...) // want `tokens verified with keys from a remote key set are accepted for any audience and issuer if cfg.Audience is empty \(jwt.WithAudience is only added otherwise\); require it$`
}

// The issuer is always bound: fine.
func verifyIssuer(cfg Config, s string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return nil, err
	}
	opts := []jwt.ParserOption{jwt.WithIssuer("https://idp.example.com")}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	return jwt.Parse(s, k.Keyfunc, opts...)
}

// The audience is required by the configuration's validation elsewhere,
// and added unconditionally: fine.
func verifyAlways(cfg Config, s string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return nil, err
	}
	opts := []jwt.ParserOption{}
	opts = append(opts, jwt.WithAudience(cfg.Audience))
	return jwt.Parse(s, k.Keyfunc, opts...)
}

func verifyJWX(ctx context.Context, cfg Config, b []byte) (jwxjwt.Token, error) {
	set, err := jwk.Fetch(ctx, cfg.JWKSURL)
	if err != nil {
		return nil, err
	}
	opts := []jwxjwt.ParseOption{jwxjwt.WithKeySet(set)}
	if len(cfg.Issuer) > 0 {
		opts = append(opts, jwxjwt.WithIssuer(cfg.Issuer))
	}
	return jwxjwt.Parse(b, opts...) // want `tokens verified with keys from a remote key set are accepted for any audience and issuer if cfg.Issuer is empty \(jwt.WithIssuer is only added otherwise\); require it$`
}

// The option slice made with make, the audience appended when configured.
func verifyMake(cfg Config, s string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return nil, err
	}
	var opts []jwt.ParserOption
	opts = make([]jwt.ParserOption, 0, 2)
	if cfg.Audience != "" && cfg.Issuer != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience), jwt.WithIssuer(cfg.Issuer))
	}
	return jwt.Parse(s, k.Keyfunc, opts...) // want `if cfg.Audience is empty \(jwt.WithAudience is only added otherwise\); require it$`
}

// go-jose: the Expected issuer is only set when configured.
func verifyJose(cfg Config, tok *josejwt.JSONWebToken, pub *rsa.PublicKey) (string, error) {
	var c josejwt.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return "", err
	}
	e := josejwt.Expected{}
	if cfg.Issuer != "" {
		e.Issuer = cfg.Issuer
	}
	if err := c.Validate(e); err != nil { // want `^tokens verified with a public key of another party are accepted for any audience and issuer if cfg.Issuer is empty \(Expected.Issuer is only added otherwise\); require it$`
		return "", err
	}
	return c.Subject, nil
}

func verifyJoseSet(cfg Config, tok *josejwt.JSONWebToken, pub *rsa.PublicKey) (string, error) {
	var c josejwt.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return "", err
	}
	e := josejwt.Expected{}
	e.Issuer = cfg.Issuer
	if err := c.Validate(e); err != nil {
		return "", err
	}
	return c.Subject, nil
}
