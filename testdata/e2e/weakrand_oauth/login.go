// Package weakrand_oauth starts OAuth2 and OpenID Connect logins.
package weakrand_oauth

import (
	"crypto/rand"
	"fmt"
	mrand "math/rand"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"example.com/e2e/weakrand_util"
)

// Login makes the state and the nonce with a math/rand helper of
// another package: an attacker who predicts them forges the callback.
func Login(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	state := weakrand_util.RandStringRunes(24) // want:weakrand
	nonce := weakrand_util.RandStringRunes(24) // want:weakrand
	setState(w, state)
	http.Redirect(w, r, conf.AuthCodeURL(state, oidc.Nonce(nonce)), http.StatusFound)
}

// LoginSafe makes them with crypto/rand, and retries with jitter.
func LoginSafe(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	weakrand_util.Backoff(1)
	state := rand.Text()
	setState(w, state)
	http.Redirect(w, r, conf.AuthCodeURL(state, oidc.Nonce(rand.Text())), http.StatusFound)
}

func setState(w http.ResponseWriter, state string) {
	// The state cookie is compared in the callback; its value is the
	// login's state, reported where the state is made.
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, Secure: true, HttpOnly: true})
}

// PKCE makes the code verifier from math/rand.
func PKCE(conf *oauth2.Config) string {
	verifier := fmt.Sprintf("%016x%016x%016x", mrand.Uint64(), mrand.Uint64(), mrand.Uint64()) // want:weakrand
	return conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(verifier))
}

// PKCESafe uses oauth2.GenerateVerifier.
func PKCESafe(conf *oauth2.Config) string {
	return conf.AuthCodeURL(rand.Text(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))
}

// Constant passes the same state to every login.
func Constant(conf *oauth2.Config) string {
	return conf.AuthCodeURL("state", oauth2.AccessTypeOffline) // want:weakrand
}

// PerLogin passes a fresh state to every login.
func PerLogin(conf *oauth2.Config) string {
	return conf.AuthCodeURL(rand.Text(), oauth2.AccessTypeOffline)
}
