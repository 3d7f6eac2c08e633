package labels

import (
	"net/http"

	"golang.org/x/oauth2"
)

func check(v any) {}

type cookie struct {
	Name  string
	Value string
}

func a(r *http.Request, tok *oauth2.Token) {
	h := r.Header.Get("Authorization")
	check(h)             // want `label: Authorization header`
	check("Bearer " + h) // want `label: Authorization header`
	check(tok.TokenType) // near miss
	c := cookie{Name: "n", Value: tok.AccessToken}
	check(c.Value) // want `label: access token`
	check(c.Name)  // near miss
	v := tok.RefreshToken
	check(v) // want `label: refresh token`
}
