package related

import (
	"context"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func Handler(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("Authorization")
	_, err := jwt.Parse(raw, keyfunc)
	if err != nil {
		w.WriteHeader(http.StatusForbidden) // want `answers the error of jwt.Parse with 403`
	}
}

func Client(ctx context.Context, conf *oauth2.Config, code string) oauth2.TokenSource {
	tok, _ := conf.Exchange(ctx, code)
	return oauth2.StaticTokenSource(tok) // want `never refreshes the token of`
}

func Built(access string) oauth2.TokenSource {
	tok := &oauth2.Token{AccessToken: access}
	tok.Expiry = time.Now().Add(time.Hour)
	return oauth2.StaticTokenSource(tok) // want `never refreshes this token`
}
