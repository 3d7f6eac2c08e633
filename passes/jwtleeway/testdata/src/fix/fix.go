package fix

import (
	"crypto/rsa"
	"time"

	"github.com/go-jose/go-jose/v4/jwt"
	jwt5 "github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v3/jwk"
	jwtx "github.com/lestrrat-go/jwx/v3/jwt"
)

var pub *rsa.PublicKey

func rsaKey(*jwt5.Token) (interface{}, error) { return pub, nil }

func golangJWT(s string) {
	jwt5.Parse(s, rsaKey, jwt5.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}

func jwx(b []byte, set jwk.Set) {
	jwtx.Parse(b, jwtx.WithKeySet(set), jwtx.WithAcceptableSkew(time.Duration(0))) // want `^jwt\.WithAcceptableSkew sets zero clock-skew leeway`
}

func jose(s string) {
	tok, _ := jwt.ParseSigned(s)
	var c jwt.Claims
	_ = tok.Claims(pub, &c)
	_ = c.ValidateWithLeeway(jwt.Expected{}, 0*time.Second) // want `^\(jwt\.Claims\)\.ValidateWithLeeway sets zero clock-skew leeway`
}

// "time" is shadowed here: no fix.
func shadowed(s string) {
	time := 0
	jwt5.Parse(s, rsaKey, jwt5.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
	_ = time
}
