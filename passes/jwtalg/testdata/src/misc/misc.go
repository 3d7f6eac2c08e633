// Package misc exercises go-oidc, kataras and gbrlsnchs.
package misc

import (
	"github.com/coreos/go-oidc/v3/oidc"
	gbjwt "github.com/gbrlsnchs/jwt/v3"
	"github.com/kataras/jwt"
)

// Configs lists algorithms for go-oidc.
func Configs() []*oidc.Config {
	good := &oidc.Config{ClientID: "a", SupportedSigningAlgs: []string{oidc.RS256, oidc.ES256}}
	bad := &oidc.Config{ClientID: "b", SupportedSigningAlgs: []string{oidc.RS256, "none"}} // want `the algorithm allow-list of oidc\.Config\.SupportedSigningAlgs includes "none"`
	var later oidc.Config
	later.SupportedSigningAlgs = append(later.SupportedSigningAlgs, "none") // want `the algorithm allow-list of oidc\.Config\.SupportedSigningAlgs includes "none"`
	return []*oidc.Config{good, bad, &later}
}

// Kataras verifies and signs with NONE.
func Kataras(tok []byte, key []byte) error {
	if _, err := jwt.Verify(jwt.NONE, nil, tok); err != nil { // want `jwt\.Verify with jwt\.NONE accepts unsigned tokens`
		return err
	}
	if _, err := jwt.Sign(jwt.NONE, nil, map[string]string{"sub": "x"}); err != nil { // want `jwt\.NONE signs or verifies tokens with alg none`
		return err
	}
	_, err := jwt.Verify(jwt.HS256, key, tok)
	return err
}

// KatarasCompare compares with NONE: not a finding.
func KatarasCompare(alg jwt.Alg) bool { return alg == jwt.NONE }

// Gbrlsnchs verifies with None().
func Gbrlsnchs(tok []byte, key []byte) error {
	var pl struct{}
	if _, err := gbjwt.Verify(tok, gbjwt.None(), &pl); err != nil { // want `jwt\.None\(\) is the none algorithm`
		return err
	}
	_, err := gbjwt.Verify(tok, gbjwt.NewHS256(key), &pl)
	return err
}
