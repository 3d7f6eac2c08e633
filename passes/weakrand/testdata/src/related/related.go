package related

import (
	"math/rand"
	"net/http"

	"golang.org/x/oauth2"
)

func token() string {
	const letters = "abcdef0123456789"
	b := make([]byte, 32)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // want `math/rand.Intn is predictable`
	}
	return string(b)
}

func Login(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	state := token()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, Secure: true, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}
