// Package hardcodedsecret signs and verifies tokens with keys written into
// the source, beside the same code loading them from configuration.
package hardcodedsecret

import (
	"cmp"
	"crypto/x509"
	"encoding/pem"
	"os"
	"time"

	cristal "github.com/cristalhq/jwt/v4"
	"github.com/go-jose/go-jose/v4"
	jwt5 "github.com/golang-jwt/jwt/v5"
	kjwt "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa" // want:jwtlib
	"github.com/lestrrat-go/jwx/v2/jwk"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
	"github.com/spf13/viper"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// JwtSigKey is the signing key, in the source.
var JwtSigKey = []byte("my-very-secret-jwt-signing-key-2024") // want:hardcodedsecret

// Issue signs a session token with the package's key.
func Issue(user string) (string, error) {
	claims := jwt5.RegisteredClaims{Subject: user, ExpiresAt: jwt5.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString(JwtSigKey)
}

// IssueConfigured signs with the key of the environment.
func IssueConfigured(user string) (string, error) {
	claims := jwt5.RegisteredClaims{Subject: user, ExpiresAt: jwt5.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte(os.Getenv("JWT_KEY")))
}

// Config is the service's configuration.
type Config struct {
	KeySuffix string
	Secret    string
}

// KeyWithSuffix builds the key from a constant and a configured suffix.
func KeyWithSuffix(cfg *Config, tok string) (*jwt5.Token, error) {
	return jwt5.Parse(tok, func(*jwt5.Token) (any, error) {
		return []byte("app-signing-prefix-" + cfg.KeySuffix), nil // want:hardcodedsecret
	}, jwt5.WithValidMethods([]string{"HS256"}))
}

// KeyConfigured returns the configured key.
func KeyConfigured(cfg *Config, tok string) (*jwt5.Token, error) {
	return jwt5.Parse(tok, func(*jwt5.Token) (any, error) {
		return []byte(cfg.Secret), nil
	}, jwt5.WithValidMethods([]string{"HS256"}))
}

func init() {
	viper.SetDefault("jwt_secret", "random") // want:hardcodedsecret
	viper.SetDefault("jwt_ttl", "1h")
}

// SignViper signs with viper's jwt_secret, which defaults to a constant.
func SignViper(claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte(viper.GetString("jwt_secret")))
}

// SignViperRequired signs with a key that has no default.
func SignViperRequired(claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte(viper.GetString("jwt_key")))
}

// FallbackKey falls back to a constant when the environment has no key.
func FallbackKey() []byte {
	s := os.Getenv("JWT_SECRET")
	if s == "" {
		s = "changeme" // want:hardcodedsecret
	}
	return []byte(s)
}

// SignFallback signs with FallbackKey.
func SignFallback(claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString(FallbackKey())
}

// SignCmpOr falls back with cmp.Or.
func SignCmpOr(claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte(cmp.Or(os.Getenv("JWT_SECRET"), "dev-secret"))) // want:hardcodedsecret
}

// RequiredKey fails when the environment has no key.
func RequiredKey() ([]byte, error) {
	s := os.Getenv("JWT_SECRET")
	if s == "" {
		return nil, os.ErrNotExist
	}
	return []byte(s), nil
}

// Empty signs with an empty key.
func Empty(claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte("")) // want:hardcodedsecret
}

const servicePrivateKey = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n-----END PRIVATE KEY-----\n" // want:hardcodedsecret

// ParsePrivate parses the service's private key from the source.
func ParsePrivate() (any, error) {
	block, _ := pem.Decode([]byte(servicePrivateKey))
	return x509.ParsePKCS8PrivateKey(block.Bytes)
}

// ParsePrivateFile parses the private key of a file.
func ParsePrivateFile(path string) (any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	return x509.ParsePKCS8PrivateKey(block.Bytes)
}

// OAuth is a web application's OAuth2 client with its secret in the source.
var OAuth = &oauth2.Config{ClientID: "web-app", ClientSecret: "GOCSPX-0123456789abcdefghijkl"} // want:hardcodedsecret

// OAuthConfigured reads the secret from the environment.
func OAuthConfigured() *oauth2.Config {
	return &oauth2.Config{ClientID: "web-app", ClientSecret: os.Getenv("OAUTH_CLIENT_SECRET")}
}

// Machine is a client-credentials client; PublicClient has no secret.
func Machine() (*clientcredentials.Config, *oauth2.Config) {
	return &clientcredentials.Config{ClientID: "svc", ClientSecret: "svc-client-secret-literal"}, // want:hardcodedsecret
		&oauth2.Config{ClientID: "cli", ClientSecret: ""}
}

// JoseSigner signs with go-jose and a constant HMAC key.
func JoseSigner() (jose.Signer, error) {
	return jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("jose-hmac-key-0123456789abcdefghij")}, nil) // want:hardcodedsecret
}

// JWXSign signs with jwx and a constant key.
func JWXSign(t jwxjwt.Token) ([]byte, error) {
	return jwxjwt.Sign(t, jwxjwt.WithKey(jwa.HS256, []byte("jwx-hmac-key-0123456789abcdefghijk"))) // want:hardcodedsecret
}

// JWKRaw wraps a constant key in a JWK.
func JWKRaw() (jwk.Key, error) {
	return jwk.FromRaw([]byte("jwk-raw-key-0123456789abcdefghijkl")) // want:hardcodedsecret
}

// Kataras signs with kataras/jwt and a short key.
func Kataras(claims any) ([]byte, error) {
	return kjwt.Sign(kjwt.HS256, []byte("kataras-key"), claims) // want:hardcodedsecret
}

// Cristal builds a cristalhq signer from a constant key.
func Cristal() (*cristal.HSAlg, error) {
	return cristal.NewSignerHS(cristal.HS256, []byte("cristal-key-0123456789abcdefghijkl")) // want:hardcodedsecret
}

// CristalConfigured builds it from the environment.
func CristalConfigured() (*cristal.HSAlg, error) {
	return cristal.NewSignerHS(cristal.HS256, []byte(os.Getenv("JWT_KEY")))
}

// Settings are read from the environment, with a default in the tag
// (caarlos0/env).
type Settings struct {
	SigningKey string `env:"SIGNING_KEY" envDefault:"insecure-default-signing-key"` // want:hardcodedsecret
	Audience   string `env:"AUDIENCE" envDefault:"api"`
}

// SignSettings signs with the settings' key.
func SignSettings(s *Settings, claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte(s.SigningKey))
}

// HTTPConfig is InfluxDB 1.x's HTTP configuration: its shared secret
// defaults to empty (CVE-2019-20933).
type HTTPConfig struct {
	AuthEnabled  bool
	SharedSecret string `toml:"shared-secret"`
}

// NewHTTPConfig returns the defaults.
func NewHTTPConfig() HTTPConfig {
	return HTTPConfig{AuthEnabled: true} // want:hardcodedsecret
}

// Handler authenticates requests.
type Handler struct{ Config *HTTPConfig }

// Authenticate verifies a bearer token with the shared secret, empty or not.
func (h *Handler) Authenticate(tok string) (*jwt5.Token, error) {
	return jwt5.Parse(tok, func(*jwt5.Token) (any, error) {
		return []byte(h.Config.SharedSecret), nil
	}, jwt5.WithValidMethods([]string{"HS256"}))
}

// ServerConfig is filled from a file; Normalize gives the key a constant
// when the file left it empty.
type ServerConfig struct {
	JWTSecret string `json:"jwt_secret"`
	Name      string `json:"name"`
}

// Normalize fills in what the file left empty.
func (c *ServerConfig) Normalize() {
	if c.JWTSecret == "" {
		c.JWTSecret = "normalized-dev-secret" // want:hardcodedsecret
	}
	if c.Name == "" {
		c.Name = "default-server-name"
	}
}

// SignServer signs with the normalized key.
func SignServer(c *ServerConfig, claims jwt5.MapClaims) (string, error) {
	return jwt5.NewWithClaims(jwt5.SigningMethodHS256, claims).SignedString([]byte(c.JWTSecret))
}
