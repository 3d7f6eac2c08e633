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
	raw          any
}

func (t *Token) Extra(key string) any { return nil }
func (t *Token) Valid() bool          { return true }

func (t *Token) SetAuthHeader(r *http.Request) {
	r.Header.Set("Authorization", "Bearer "+t.AccessToken)
}

type Config struct {
	ClientID     string
	ClientSecret string
}

func (c *Config) Exchange(ctx context.Context, code string) (*Token, error) { return nil, nil }

type AuthCodeOption interface{}

func (c *Config) AuthCodeURL(state string, opts ...AuthCodeOption) string { return "" }

func S256ChallengeOption(verifier string) AuthCodeOption { return nil }
