package golangjwt

import (
	"os"

	keyfunc "github.com/MicahParks/keyfunc/v3"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

func hmacKey(*jwt.Token) (interface{}, error) { return secret, nil }

func skipOption(s string) {
	jwt.Parse(s, hmacKey, jwt.WithoutClaimsValidation()) // want `jwt.WithoutClaimsValidation\(\) switches off the exp and nbf checks`
	jwt.Parse(s, hmacKey, jwt.WithExpirationRequired())
}

func skipField(s string) {
	p := &jwt4.Parser{SkipClaimsValidation: true} // want `the parser.s SkipClaimsValidation: true switches off`
	p.Parse(s, nil)
	q := &jwt4.Parser{SkipClaimsValidation: false}
	q.Parse(s, nil)
	var r jwt4.Parser
	r.SkipClaimsValidation = true // want `the parser.s SkipClaimsValidation: true switches off`
}

// Self-issued HMAC tokens are not reported by default.
func selfIssued(s string) {
	jwt.Parse(s, hmacKey)
}

func remote(s string) error {
	k, err := keyfunc.NewDefault([]string{"https://idp.example.com/jwks"})
	if err != nil {
		return err
	}
	_, err = jwt.Parse(s, k.Keyfunc) // want `tokens verified with keys from a remote key set are accepted for any audience and issuer`
	return err
}

func remoteBound(s string) error {
	k, err := keyfunc.NewDefault([]string{"https://idp.example.com/jwks"})
	if err != nil {
		return err
	}
	_, err = jwt.Parse(s, k.Keyfunc, jwt.WithAudience("api"), jwt.WithIssuer("https://idp.example.com"))
	return err
}

func remoteEnv(s string) error {
	k, _ := keyfunc.NewDefault(nil)
	_, err := jwt.Parse(s, k.Keyfunc, jwt.WithAudience(os.Getenv("AUD"))) // want `tokens verified with keys from a remote key set`
	return err
}

type server struct{ jwks keyfunc.Keyfunc }

func (sv *server) lit(s string) error {
	_, err := jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return sv.jwks.Keyfunc(t) }) // want `remote key set`
	return err
}

func (sv *server) litBound(s string, opts []jwt.ParserOption) error {
	_, err := jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return sv.jwks.Keyfunc(t) }, opts...)
	return err
}

// v4: custom Valid methods.
type bad struct {
	jwt4.RegisteredClaims
	Role string
}

func (c bad) Valid() error { return nil } // want `this Valid method replaces the embedded jwt.RegisteredClaims.Valid without calling it`

type good struct {
	jwt4.RegisteredClaims
	Role string
}

func (c good) Valid() error {
	if err := c.RegisteredClaims.Valid(); err != nil {
		return err
	}
	return nil
}

type std struct{ jwt4.StandardClaims }

func (c *std) Valid() error { return nil } // want `replaces the embedded jwt.StandardClaims.Valid`

type own struct{ Sub string }

func (c own) Valid() error { return nil }

// v4: req=false as the only check.
func weak(c *jwt4.RegisteredClaims, m jwt4.MapClaims) bool {
	return c.VerifyAudience("api", false) && // want `claims.VerifyAudience\(..., false\) accepts a token without the aud claim`
		m.VerifyExpiresAt(0, true)
}

func weakButChecked(c *jwt4.RegisteredClaims) bool {
	return c.VerifyAudience("api", false) && c.VerifyAudience("api", true)
}

func v4remote(s string) error {
	var c jwt4.RegisteredClaims
	k, _ := keyfunc.NewDefault(nil)
	_, err := jwt4.ParseWithClaims(s, &c, func(t *jwt4.Token) (interface{}, error) { return k, nil }) // want `remote key set`
	return err
}

func v4remoteChecked(s string) error {
	var c jwt4.RegisteredClaims
	k, _ := keyfunc.NewDefault(nil)
	if _, err := jwt4.ParseWithClaims(s, &c, func(t *jwt4.Token) (interface{}, error) { return k, nil }); err != nil {
		return err
	}
	if !c.VerifyAudience("api", true) {
		return nil
	}
	return nil
}
