package jose

import (
	"crypto/ecdsa"
	"time"

	jwt3 "github.com/go-jose/go-jose/v3/jwt"
	jose4 "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	jose2 "gopkg.in/go-jose/go-jose.v2"
	josejwt2 "gopkg.in/go-jose/go-jose.v2/jwt"
	"gopkg.in/square/go-jose.v2"
	squarejwt "gopkg.in/square/go-jose.v2/jwt"
)

var pub *ecdsa.PublicKey

var secret = []byte("secret")

const noLeeway = 0

func v4(s string, set jose4.JSONWebKeySet) {
	tok, _ := jwt.ParseSigned(s)
	var c jwt.Claims
	_ = tok.Claims(set, &c)
	_ = c.ValidateWithLeeway(jwt.Expected{}, noLeeway)  // want `^\(jwt\.Claims\)\.ValidateWithLeeway sets zero clock-skew leeway for a token minted by another machine`
	_ = c.ValidateWithLeeway(jwt.Expected{}, time.Hour) // want `^\(jwt\.Claims\)\.ValidateWithLeeway leeway of 1h0m0s exceeds 5m0s`
	_ = c.ValidateWithLeeway(jwt.Expected{}, time.Minute)
	_ = c.Validate(jwt.Expected{})
}

func v4HMAC(s string) {
	tok, _ := jwt.ParseSigned(s)
	var c jwt.Claims
	_ = tok.Claims(secret, &c)
	_ = c.ValidateWithLeeway(jwt.Expected{}, 0)
}

func v3(s string) {
	tok, _ := jwt3.ParseSigned(s)
	var c jwt3.Claims
	_ = tok.Claims(pub, &c)
	_ = c.ValidateWithLeeway(jwt3.Expected{}, 0)             // want `^\(jwt\.Claims\)\.ValidateWithLeeway sets zero clock-skew leeway`
	_ = c.ValidateWithLeeway(jwt3.Expected{}, 6*time.Minute) // want `^\(jwt\.Claims\)\.ValidateWithLeeway leeway of 6m0s exceeds 5m0s`
	_ = c.ValidateWithLeeway(jwt3.Expected{}, 30*time.Second)
}

func v3HMAC(s string) {
	tok, _ := jwt3.ParseSigned(s)
	var c jwt3.Claims
	_ = tok.Claims(secret, &c)
	_ = c.ValidateWithLeeway(jwt3.Expected{}, 0)
}

func square(s string, set *jose.JSONWebKeySet) {
	tok, _ := squarejwt.ParseSigned(s)
	var c squarejwt.Claims
	_ = tok.Claims(set, &c)
	_ = c.ValidateWithLeeway(squarejwt.Expected{Time: time.Now()}, 0)           // want `^\(jwt\.Claims\)\.ValidateWithLeeway sets zero clock-skew leeway`
	_ = c.ValidateWithLeeway(squarejwt.Expected{Time: time.Now()}, 2*time.Hour) // want `^\(jwt\.Claims\)\.ValidateWithLeeway leeway of 2h0m0s exceeds 5m0s`
	_ = c.ValidateWithLeeway(squarejwt.Expected{Time: time.Now()}, time.Second)
}

func squareHMAC(s string) {
	tok, _ := squarejwt.ParseSigned(s)
	var c squarejwt.Claims
	_ = tok.Claims(secret, &c)
	_ = c.ValidateWithLeeway(squarejwt.Expected{Time: time.Now()}, 0)
}

func gojose2(s string, key jose2.JSONWebKeySet) {
	tok, _ := josejwt2.ParseSigned(s)
	var c josejwt2.Claims
	_ = tok.Claims(key, &c)
	_ = c.ValidateWithLeeway(josejwt2.Expected{Time: time.Now()}, 0) // want `^\(jwt\.Claims\)\.ValidateWithLeeway sets zero clock-skew leeway`
	_ = c.ValidateWithLeeway(josejwt2.Expected{Time: time.Now()}, 3*time.Second)
}

func gojose2HMAC(s string) {
	tok, _ := josejwt2.ParseSigned(s)
	var c josejwt2.Claims
	_ = tok.Claims(secret, &c)
	_ = c.ValidateWithLeeway(josejwt2.Expected{Time: time.Now()}, 0)
}

func expectedTime(c jwt.Claims, c3 jwt3.Claims, cs squarejwt.Claims, c2 josejwt2.Claims, t time.Time) {
	_ = c.Validate(jwt.Expected{Time: time.Now()})
	_ = c.Validate(jwt.Expected{Time: time.Now().Add(time.Hour)}) // want `^jwt\.Expected\.Time replaces the validation clock with a shifted clock`
	_ = c.Validate(jwt.Expected{}.WithTime(time.Now().UTC()))
	_ = c.Validate(jwt.Expected{}.WithTime(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))) // want `^\(jwt\.Expected\)\.WithTime replaces the validation clock with a fixed time`
	_ = c.Validate(jwt.Expected{}.WithTime(t))
	_ = c3.Validate(jwt3.Expected{Time: time.Now()})
	_ = c3.Validate(jwt3.Expected{Time: time.Now().Add(-time.Hour)}) // want `^jwt\.Expected\.Time replaces the validation clock with a shifted clock`
	_ = cs.Validate(squarejwt.Expected{Time: time.Now()})
	_ = cs.Validate(squarejwt.Expected{Time: time.Unix(1, 0)}) // want `^jwt\.Expected\.Time replaces the validation clock with a fixed time`
	_ = c2.Validate(josejwt2.Expected{Time: time.Now()})
	e := josejwt2.Expected{}
	e.Time = time.Now().Add(time.Hour) // want `^jwt\.Expected\.Time replaces the validation clock with a shifted clock`
	_ = c2.Validate(e)
	later := time.Now().Add(time.Minute)
	_ = c2.Validate(e.WithTime(later)) // want `^\(jwt\.Expected\)\.WithTime replaces the validation clock with a shifted clock`
}
