package bearerlib // want package:`hasSummaries`

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"golang.org/x/oauth2"
)

// User is a profile of the API.
type User struct{ Name string }

// GetUser sets the header from the token it is given and never checks
// for 401: its summary says so, and its callers judge the token.
func GetUser(ctx context.Context, tok *oauth2.Token) (*User, error) { // want GetUser:`flow\(param 1 -> hand-set Authorization header \(http.Header\).Set\)`
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New("profile: " + resp.Status)
	}
	var u User
	return &u, json.NewDecoder(resp.Body).Decode(&u)
}

// ErrExpired says the API refused the token.
var ErrExpired = errors.New("token expired")

// GetUserChecked is the near miss of GetUser: a 401 is told apart (its
// response handed to a check of the package), so it has no summary.
func GetUserChecked(ctx context.Context, tok *oauth2.Token) (*User, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	if Unauthorized(resp) {
		return nil, ErrExpired
	}
	return &User{}, nil
}

// Unauthorized checks a response for 401.
func Unauthorized(resp *http.Response) bool { // want Unauthorized:`flow\(param 0 -> 401 check StatusCode\)`
	return resp.StatusCode == http.StatusUnauthorized
}
