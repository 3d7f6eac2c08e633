package clocks

import (
	"context"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	dgrijalva "github.com/dgrijalva/jwt-go"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/kataras/jwt"
)

func init() {
	jwt4.TimeFunc = func() time.Time { return time.Now().Add(time.Minute) } // want `^assignment to jwt\.TimeFunc outside tests replaces the clock of every token validation in the process; remove it and keep the library's time\.Now$`
	dgrijalva.TimeFunc = time.Now                                           // want `^assignment to jwt\.TimeFunc outside tests replaces the clock`
	jwt.Clock = func() time.Time { return time.Now().UTC() }                // want `^assignment to jwt\.Clock outside tests replaces the clock`
}

// Reading the clock is fine.
func now() time.Time { return jwt4.TimeFunc() }

// kataras jwt.Leeway is stricter, not a leeway: never reported.
func kataras(tok []byte) {
	jwt.Verify(jwt.RS256, nil, tok, jwt.Leeway(time.Hour))
	jwt.Verify(jwt.RS256, nil, tok, jwt.Leeway(0))
}

func oidcConfigs(ctx context.Context, p *oidc.Provider, f func() time.Time) {
	p.Verifier(&oidc.Config{ClientID: "x", Now: time.Now})
	p.Verifier(&oidc.Config{ClientID: "x", Now: f})
	p.Verifier(&oidc.Config{ClientID: "x", Now: func() time.Time { return time.Now().Add(-10 * time.Minute) }}) // want `^oidc\.Config\.Now replaces the validation clock with a shifted clock`
	cfg := &oidc.Config{ClientID: "x"}
	cfg.Now = func() time.Time { return time.Unix(1700000000, 0) } // want `^oidc\.Config\.Now replaces the validation clock with a fixed time`
	cfg.Now = func() time.Time { return time.Now() }
	p.Verifier(cfg)
}
