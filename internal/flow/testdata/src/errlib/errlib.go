package errlib // want package:`hasSummaries`

// errlib: the error of a token verification is labelled (model.TokenError)
// through returns and wrapping; a token given a refresh token or an expiry
// is refreshable (model.RefreshableToken).

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func Wrapped(raw string) error { // want Wrapped:`flow\(result 0: token verification error; param 0 -> authentication jwt.Parse\)`
	if _, err := jwt.Parse(raw, keyfunc); err != nil {
		return fmt.Errorf("auth: %w", err)
	}
	return nil
}

func Joined(raw string) error { // want Joined:`flow\(result 0: token verification error; param 0 -> authentication jwt.Parse\)`
	_, err := jwt.Parse(raw, keyfunc)
	return errors.Join(errors.New("denied"), err)
}

// Quoted returns an error of its own where the verification failed: a
// token error too.
func Quoted(raw string) error { // want Quoted:`flow\(result 0: token verification error; param 0 -> authentication jwt.Parse; param 0 -> error message fmt.Errorf\)`
	if _, err := jwt.Parse(raw, keyfunc); err != nil {
		return fmt.Errorf("bad token %q", raw)
	}
	return nil
}

func Login(cfg *oauth2.Config, code string) (*oauth2.Token, error) { // want Login:`flow\(result 0: \*oauth2.Token\+refreshable token\)`
	return cfg.Exchange(context.Background(), code)
}

func Built(a, r string) *oauth2.Token { // want Built:`flow\(result 0: \*oauth2.Token\+refreshable token\)`
	return &oauth2.Token{AccessToken: a, RefreshToken: r}
}

func Expiring(a string, d time.Duration) *oauth2.Token { // want Expiring:`flow\(result 0: \*oauth2.Token\+refreshable token\)`
	t := &oauth2.Token{AccessToken: a}
	t.Expiry = time.Now().Add(d)
	return t
}

// PAT is a near miss: a token with neither a refresh token nor an expiry.
func PAT(a string) *oauth2.Token { // want PAT:`flow\(result 0: \*oauth2.Token\)`
	return &oauth2.Token{AccessToken: a, RefreshToken: ""}
}

// Status writes the status it is given (model.StatusSink): only the
// parameter is recorded.
func Status(w http.ResponseWriter, code int) { // want Status:`flow\(param 1 -> HTTP status \(http.ResponseWriter\).WriteHeader\)`
	w.WriteHeader(code)
}

// Fixed is the near miss: a constant status.
func Fixed(w http.ResponseWriter) {
	w.WriteHeader(http.StatusInternalServerError)
}

// ErrInvalid is the package's own error for a refused token.
var ErrInvalid = errors.New("invalid token")

// Replaced returns its own error where the verification failed.
func Replaced(raw string) error { // want Replaced:`flow\(result 0: token verification error; param 0 -> authentication jwt.Parse\)`
	if _, err := jwt.Parse(raw, keyfunc); err != nil {
		return ErrInvalid
	}
	return nil
}

// Later is the near miss: its error after a successful verification is
// not a token's.
func Later(raw string) error { // want Later:`flow\(param 0 -> authentication jwt.Parse\)`
	if _, err := jwt.Parse(raw, keyfunc); err != nil {
		return nil
	}
	return ErrInvalid
}
