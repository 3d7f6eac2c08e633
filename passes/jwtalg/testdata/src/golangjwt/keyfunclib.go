package golangjwt

import (
	"context"

	keyfuncv2 "github.com/MicahParks/keyfunc/v2"
	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
)

// JWKS keyfuncs select the key by kid and check alg themselves.
func JWKS(ctx context.Context, raw string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{"https://issuer.example/jwks"})
	if err != nil {
		return nil, err
	}
	if _, err := jwt.Parse(raw, k.Keyfunc); err != nil {
		return nil, err
	}
	if _, err := jwt.Parse(raw, k.KeyfuncCtx(ctx)); err != nil {
		return nil, err
	}
	jwks, err := keyfuncv2.Get("https://issuer.example/jwks", keyfuncv2.Options{})
	if err != nil {
		return nil, err
	}
	return jwt.Parse(raw, jwks.Keyfunc)
}

// Delegated hands the token to a JWKS keyfunc.
func Delegated(k keyfunc.Keyfunc, raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { return k.Keyfunc(t) })
}
