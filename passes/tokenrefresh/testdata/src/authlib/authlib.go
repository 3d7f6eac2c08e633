package authlib // want package:`hasSummaries`

import (
	"context"
	"fmt"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Authenticator struct{ v *oidc.IDTokenVerifier }

// Authenticate returns the verification's error, wrapped.
func (a *Authenticator) Authenticate(ctx context.Context, raw string) (*oidc.IDToken, error) { // want Authenticate:`flow\(result 1: token verification error; param 1 -> authentication \(\*oidc.IDTokenVerifier\).Verify\)`
	t, err := a.v.Verify(ctx, raw)
	if err != nil {
		return nil, fmt.Errorf("authenticate: %w", err)
	}
	return t, nil
}

// Lookup is the near miss: its error is not a token's.
func Lookup(ctx context.Context, name string) (string, error) { // want Lookup:`flow\(param 1 -> error message fmt.Errorf\)`
	return "", fmt.Errorf("no user %q", name)
}

// Fail answers with the status it is given.
func Fail(w http.ResponseWriter, status int, msg string) { // want Fail:`flow\(param 2 -> HTTP error response http.Error; param 1 -> HTTP status http.Error\)`
	http.Error(w, msg, status)
}
