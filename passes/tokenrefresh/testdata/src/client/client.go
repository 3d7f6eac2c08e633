package client

import (
	"context"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

var conf = &oauth2.Config{ClientID: "id"}

func Exchanged(ctx context.Context, code string) (*http.Client, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)), nil // want `oauth2.StaticTokenSource never refreshes the token of \(\*oauth2.Config\).Exchange, which expires: use \(\*oauth2.Config\).TokenSource\(ctx, tok\), which refreshes it in time`
}

// Refreshing is the near miss: the configuration's source refreshes.
func Refreshing(ctx context.Context, code string) (*http.Client, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, conf.TokenSource(ctx, tok)), nil
}

func Password(ctx context.Context, user, pass string) oauth2.TokenSource {
	tok, _ := conf.PasswordCredentialsToken(ctx, user, pass)
	return oauth2.ReuseTokenSource(tok, oauth2.StaticTokenSource(tok)) // want `oauth2.StaticTokenSource never refreshes the token of \(\*oauth2.Config\).PasswordCredentialsToken, which expires`
}

func Frozen(ctx context.Context, src oauth2.TokenSource) *http.Client {
	tok, _ := src.Token()
	return &http.Client{Transport: &oauth2.Transport{Source: oauth2.StaticTokenSource(tok)}} // want `the token of \(oauth2.TokenSource\).Token, which expires: use the token source itself, which refreshes the token in time`
}

func Robot(ctx context.Context, cc *clientcredentials.Config) oauth2.TokenSource {
	tok, _ := cc.Token(ctx)
	return oauth2.StaticTokenSource(tok) // want `the token of \(\*clientcredentials.Config\).Token, which expires: use \(\*clientcredentials.Config\).TokenSource\(ctx\), which fetches a new token in time`
}

func Literal(access, refresh string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: access, RefreshToken: refresh}) // want `oauth2.StaticTokenSource never refreshes this token, which expires`
}

func WithExpiry(access string, ttl time.Duration) oauth2.TokenSource {
	tok := &oauth2.Token{AccessToken: access, Expiry: time.Now().Add(ttl)}
	return oauth2.StaticTokenSource(tok) // want `oauth2.StaticTokenSource never refreshes this token, which expires`
}

// PAT is the near miss: a personal access token from the environment has
// neither a refresh token nor an expiry.
func PAT(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv("GITHUB_TOKEN")}))
}

// Empty is the near miss: an empty refresh token.
func Empty(access string) oauth2.TokenSource {
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: access, RefreshToken: "", Expiry: time.Time{}})
}

// Profile is the near miss: the client is used for one request right
// after the exchange, and dropped.
func Profile(ctx context.Context, code string) (*http.Response, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	client := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok))
	return client.Get("https://example.com/userinfo")
}

type api struct{ client *http.Client }

// Kept: the client is kept in a struct that outlives the call.
func Kept(ctx context.Context, code string) *api {
	tok, _ := conf.Exchange(ctx, code)
	client := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)) // want `never refreshes the token of \(\*oauth2.Config\).Exchange`
	return &api{client: client}
}

// Field: the source is stored in a field.
func (a *api) Field(ctx context.Context, code string) {
	tok, _ := conf.Exchange(ctx, code)
	a.client = oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)) // want `never refreshes the token of \(\*oauth2.Config\).Exchange`
}

// Goroutine: a client used by a goroutine that outlives the call.
func Goroutine(ctx context.Context, code string, urls []string) {
	tok, _ := conf.Exchange(ctx, code)
	client := oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)) // want `never refreshes the token of \(\*oauth2.Config\).Exchange`
	go func() {
		for _, u := range urls {
			client.Get(u)
		}
	}()
}
