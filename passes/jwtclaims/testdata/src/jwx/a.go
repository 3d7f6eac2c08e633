package jwx

import (
	"context"

	jwxv1 "github.com/lestrrat-go/jwx/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func v2(b []byte, key interface{}) {
	jwt.Parse(b, jwt.WithKey(jwa.RS256, key), jwt.WithValidate(false))                                      // want `jwt.WithValidate\(false\) switches off claims validation`
	jwt.Parse(b, jwt.WithKey(jwa.RS256, key), jwt.WithValidate(true))                                       // want `tokens verified with a public key of another party`
	jwt.Parse(b, jwt.WithKey(jwa.RS256, key), jwt.WithResetValidators(true), jwt.WithIssuer("https://idp")) // want `jwt.WithResetValidators\(true\) drops the exp, iat and nbf validators`
	jwt.Parse(b, jwt.WithKey(jwa.RS256, key), jwt.WithResetValidators(false), jwt.WithAudience("api"))
}

func v1(b []byte, key interface{}) {
	jwxv1.Parse(b, jwxv1.WithVerify("RS256", key))                           // want `jwx v1 jwt.Parse does not validate claims unless given jwt.WithValidate\(true\); add jwt.WithValidate\(true\)$`
	jwxv1.Parse(b, jwxv1.WithVerify("RS256", key), jwxv1.WithAudience("a"))  // want `the jwt.WithAudience passed here is ignored without it`
	jwxv1.Parse(b, jwxv1.WithVerify("RS256", key), jwxv1.WithValidate(true)) // want `tokens verified with a public key of another party`
	jwxv1.Parse(b, jwxv1.WithVerify("RS256", key), jwxv1.WithValidate(true), jwxv1.WithIssuer("https://idp"))
}

func remote(ctx context.Context, b []byte) error {
	set, err := jwk.Fetch(ctx, "https://idp.example.com/jwks")
	if err != nil {
		return err
	}
	_, err = jwt.Parse(b, jwt.WithKeySet(set)) // want `remote key set`
	return err
}

func remoteBound(ctx context.Context, b []byte) error {
	set, err := jwk.Fetch(ctx, "https://idp.example.com/jwks")
	if err != nil {
		return err
	}
	_, err = jwt.Parse(b, jwt.WithKeySet(set), jwt.WithIssuer("https://idp.example.com"))
	return err
}

func cached(c *jwk.Cache, b []byte) {
	jwt.Parse(b, jwt.WithKeySet(jwk.NewCachedSet(c, "https://idp.example.com/jwks"))) // want `remote key set`
	jwt.Parse(b, jwt.WithKeySet(jwk.NewCachedSet(c, "u")), jwt.WithAudience("api"))
}
