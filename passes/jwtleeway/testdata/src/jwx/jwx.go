package jwx

import (
	"crypto/rsa"
	"time"

	jwa1 "github.com/lestrrat-go/jwx/jwa"
	jwk1 "github.com/lestrrat-go/jwx/jwk"
	jwt1 "github.com/lestrrat-go/jwx/jwt"
	jwa2 "github.com/lestrrat-go/jwx/v2/jwa"
	jwk2 "github.com/lestrrat-go/jwx/v2/jwk"
	jwt2 "github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

var pub *rsa.PublicKey

var secret = []byte("secret")

func v1(b []byte, set jwk1.Set) {
	jwt1.Parse(b, jwt1.WithKeySet(set), jwt1.WithValidate(true), jwt1.WithAcceptableSkew(0)) // want `^jwt\.WithAcceptableSkew sets zero clock-skew leeway for a token minted by another machine`
	jwt1.Parse(b, jwt1.WithVerify(jwa1.HS256, secret), jwt1.WithValidate(true), jwt1.WithAcceptableSkew(0))
	jwt1.Parse(b, jwt1.WithVerify(jwa1.RS256, pub), jwt1.WithValidate(true), jwt1.WithAcceptableSkew(time.Hour)) // want `^jwt\.WithAcceptableSkew leeway of 1h0m0s exceeds 5m0s`
	jwt1.Parse(b, jwt1.WithVerify(jwa1.RS256, pub), jwt1.WithValidate(true), jwt1.WithAcceptableSkew(time.Minute))
}

func v2(b []byte, set jwk2.Set) {
	jwt2.Parse(b, jwt2.WithKeySet(set), jwt2.WithAcceptableSkew(0)) // want `^jwt\.WithAcceptableSkew sets zero clock-skew leeway`
	jwt2.Parse(b, jwt2.WithKey(jwa2.HS256, secret), jwt2.WithAcceptableSkew(0))
	jwt2.Parse(b, jwt2.WithKey(jwa2.RS256, pub), jwt2.WithAcceptableSkew(24*time.Hour)) // want `^jwt\.WithAcceptableSkew leeway of 24h0m0s exceeds 5m0s`
	jwt2.Parse(b, jwt2.WithKey(jwa2.RS256, pub), jwt2.WithAcceptableSkew(2*time.Second))
}

func v3(b []byte, set jwk.Set, key jwk.Key) {
	jwt.Parse(b, jwt.WithKey(jwa.RS256(), key), jwt.WithAcceptableSkew(0)) // want `^jwt\.WithAcceptableSkew sets zero clock-skew leeway`
	jwt.Parse(b, jwt.WithKey(jwa.HS256(), key), jwt.WithAcceptableSkew(0))
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithAcceptableSkew(10*time.Minute)) // want `^jwt\.WithAcceptableSkew leeway of 10m0s exceeds 5m0s`
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithAcceptableSkew(30*time.Second))
}

// jwt.Validate after a parse in the same function: the parse's key decides.
func v3Validate(b []byte, set jwk.Set) {
	tok, _ := jwt.Parse(b, jwt.WithKeySet(set))
	_ = jwt.Validate(tok, jwt.WithAcceptableSkew(0)) // want `^jwt\.WithAcceptableSkew sets zero clock-skew leeway`
}

func v3ValidateHMAC(b []byte) {
	tok, _ := jwt.Parse(b, jwt.WithKey(jwa.HS256(), secret))
	_ = jwt.Validate(tok, jwt.WithAcceptableSkew(0))
}

type offsetClock struct{}

func (offsetClock) Now() time.Time { return time.Now().Add(time.Hour) }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

func clocks(b []byte, set jwk.Set, c jwt.Clock) {
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithClock(jwt.ClockFunc(time.Now)))
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithClock(c))
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithClock(realClock{}))
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithClock(offsetClock{}))                                                              // want `^jwt\.WithClock replaces the validation clock with a shifted clock`
	jwt.Parse(b, jwt.WithKeySet(set), jwt.WithClock(jwt.ClockFunc(func() time.Time { return time.Unix(0, 0) })))                 // want `^jwt\.WithClock replaces the validation clock with a fixed time`
	jwt2.Parse(b, jwt2.WithKeySet(nil), jwt2.WithClock(jwt2.ClockFunc(func() time.Time { return time.Now().AddDate(0, 0, 1) }))) // want `^jwt\.WithClock replaces the validation clock with a shifted clock`
	jwt1.Parse(b, jwt1.WithKeySet(nil), jwt1.WithClock(jwt1.ClockFunc(func() time.Time { return time.Now().Round(0) })))
}
