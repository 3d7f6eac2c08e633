// Package confdefault gives its configuration's key a constant default.
package confdefault

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

type Config struct {
	JWTSecret string
	Issuer    string
}

func DefaultConfig() *Config {
	return &Config{JWTSecret: "changeme-in-production", Issuer: "https://issuer.example.com"} // want `hard-coded default of confdefault.Config.JWTSecret reaches \(\*jwt.Token\).SignedString as the key; require it to be configured instead`
}

func sign(cfg *Config, t *jwt.Token) (string, error) {
	return t.SignedString([]byte(cfg.JWTSecret))
}

// Env is filled from the environment, with a default in its tag.
type Env struct {
	Secret string `envconfig:"JWT_SECRET" default:"dev-secret-from-tag"` // want `hard-coded default of confdefault.Env.Secret reaches jwt.Parse`
	Realm  string `envconfig:"REALM" default:"tokens"`
	Key    string `envconfig:"JWT_KEY" required:"true"`
}

func (e *Env) verify(s string) {
	jwt.Parse(s, func(*jwt.Token) (any, error) { return []byte(e.Secret), nil })
	jwt.Parse(s, func(*jwt.Token) (any, error) { return []byte(e.Key), nil }) // near miss: no default
}

// Other is set by its constructor from a parameter.
type Other struct{ Secret string }

func NewOther(secret string) *Other { return &Other{Secret: secret} }

func (o *Other) sign(t *jwt.Token) (string, error) {
	return t.SignedString([]byte(o.Secret)) // near miss
}

// Guarded refuses its own default at start-up.
type Guarded struct{ Secret string }

func DefaultGuarded() Guarded { return Guarded{Secret: "changeme"} }

func (g Guarded) sign(t *jwt.Token) (string, error) {
	if g.Secret == "changeme" {
		return "", errors.New("set a secret")
	}
	return t.SignedString([]byte(g.Secret)) // near miss: the default is refused
}

// Checked refuses an empty key, not its default.
type Checked struct{ Secret string }

func DefaultChecked() *Checked {
	return &Checked{Secret: "changeme-checked-default"} // want `hard-coded default of confdefault.Checked.Secret reaches \(\*jwt.Token\).SignedString as the key`
}

func (c *Checked) sign(t *jwt.Token) (string, error) {
	if len(c.Secret) == 0 {
		return "", errors.New("no secret")
	}
	return t.SignedString([]byte(c.Secret))
}
