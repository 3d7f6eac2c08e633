// Package influxfixed is the fixed InfluxDB: an empty secret is refused.
package influxfixed

import (
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

type Config struct {
	Enabled      bool
	SharedSecret string `toml:"shared-secret"`
}

func NewConfig() Config {
	return Config{Enabled: true} // near miss: the secret is checked before use
}

type Handler struct{ Config *Config }

func (h *Handler) authenticate(tok string) (*jwt.Token, error) {
	if h.Config.SharedSecret == "" {
		return nil, errors.New("bearer auth disabled: no shared secret")
	}
	return jwt.Parse(tok, func(t *jwt.Token) (any, error) {
		return []byte(h.Config.SharedSecret), nil
	})
}

// Options is set by its constructor from a parameter.
type Options struct{ Key []byte }

func NewOptions(key []byte) *Options {
	return &Options{Key: key} // near miss: the constructor sets the key
}

func (o *Options) sign(t *jwt.Token) (string, error) { return t.SignedString(o.Key) }
