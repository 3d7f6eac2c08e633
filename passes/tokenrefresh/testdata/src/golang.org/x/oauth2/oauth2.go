package oauth2

import (
	"context"
	"net/http"
	"time"
)

type Token struct {
	AccessToken  string    `json:"access_token"`
	TokenType    string    `json:"token_type,omitempty"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	Expiry       time.Time `json:"expiry,omitempty"`
	ExpiresIn    int64     `json:"expires_in,omitempty"`
	raw          any
}

func (t *Token) Valid() bool          { return true }
func (t *Token) Extra(key string) any { return nil }

type TokenSource interface {
	Token() (*Token, error)
}

type Config struct {
	ClientID     string
	ClientSecret string
}

func (c *Config) Exchange(ctx context.Context, code string) (*Token, error) { return nil, nil }
func (c *Config) PasswordCredentialsToken(ctx context.Context, username, password string) (*Token, error) {
	return nil, nil
}
func (c *Config) TokenSource(ctx context.Context, t *Token) TokenSource { return nil }
func (c *Config) Client(ctx context.Context, t *Token) *http.Client     { return nil }

func StaticTokenSource(t *Token) TokenSource                      { return nil }
func ReuseTokenSource(t *Token, src TokenSource) TokenSource      { return nil }
func NewClient(ctx context.Context, src TokenSource) *http.Client { return nil }

type Transport struct {
	Source TokenSource
	Base   http.RoundTripper
}

func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) { return nil, nil }

func ReuseTokenSourceWithExpiry(t *Token, src TokenSource, earlyExpiry time.Duration) TokenSource {
	return nil
}

func (t *Token) SetAuthHeader(r *http.Request) {}
