// Package influx is the InfluxDB 1.x shape of CVE-2019-20933: the shared
// secret defaults to empty and the keyfunc returns it unchecked.
package influx

import "github.com/golang-jwt/jwt/v5"

type Config struct {
	Enabled      bool
	BindAddress  string
	SharedSecret string `toml:"shared-secret"`
	// Realm is read as a key nowhere.
	Realm string
}

func NewConfig() Config {
	return Config{Enabled: true, BindAddress: ":8086"} // want `empty default HMAC key influx.Config.SharedSecret reaches jwt.Parse: NewConfig leaves it unset and nothing checks it, so anyone can sign tokens; reject an empty key`
}

type Handler struct{ Config *Config }

func (h *Handler) authenticate(tok string) (*jwt.Token, error) {
	return jwt.Parse(tok, func(t *jwt.Token) (any, error) {
		return []byte(h.Config.SharedSecret), nil
	})
}
