package stored

import (
	"context"
	"net/http"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

type client struct {
	cc  *clientcredentials.Config
	tok *oauth2.Token
}

func (c *client) login(ctx context.Context) (err error) {
	c.tok, err = c.cc.Token(ctx) // want `the token of \(\*clientcredentials.Config\).Token is kept in tok and used by later requests, but its expiry is never checked: check tok.Valid\(\) before each use, or keep a refreshing token source`
	return err
}

func (c *client) do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Authorization", "Bearer "+c.tok.AccessToken)
	return http.DefaultClient.Do(req)
}

// checked is the near miss: the expiry is checked before each use.
type checked struct {
	cc  *clientcredentials.Config
	tok *oauth2.Token
}

func (c *checked) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	if c.tok == nil || !c.tok.Valid() {
		tok, err := c.cc.Token(ctx)
		if err != nil {
			return nil, err
		}
		c.tok = tok
	}
	c.tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

var conf = &oauth2.Config{}

var session *oauth2.Token

func Callback(ctx context.Context, code string) error {
	tok, err := conf.Exchange(ctx, code)
	session = tok // want `the token of \(\*oauth2.Config\).Exchange is kept in session`
	return err
}

func Call(req *http.Request) {
	session.SetAuthHeader(req)
}

// robot is the near miss: a token from the environment never expires.
type robot struct{ tok *oauth2.Token }

func newRobot() *robot {
	r := &robot{}
	r.tok = &oauth2.Token{AccessToken: os.Getenv("ROBOT_TOKEN")}
	return r
}

func (r *robot) do(req *http.Request) {
	r.tok.SetAuthHeader(req)
}

// refreshed is the near miss: the kept token is handed to a refreshing
// source.
type refreshed struct{ tok *oauth2.Token }

func (r *refreshed) login(ctx context.Context, code string) {
	r.tok, _ = conf.Exchange(ctx, code)
}

func (r *refreshed) client(ctx context.Context) *http.Client {
	return conf.Client(ctx, r.tok)
}

func (r *refreshed) header() string { return "Bearer " + r.tok.AccessToken }
