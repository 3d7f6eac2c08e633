// Package randuse makes an OAuth2 state, an OpenID Connect nonce and a
// password reset link with randutil's math/rand helper.
package randuse

import (
	"crypto/rand"
	"net/http"
	"os"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"randutil"
)

func Login(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	state := randutil.RandStringRunes(16) // want `randutil.RandStringRunes returns a predictable value, yet it becomes the OAuth2 state \(\(\*oauth2.Config\).AuthCodeURL\); generate it with crypto/rand \(rand.Text\(\)\)`
	nonce := randutil.RandStringRunes(16) // want `randutil.RandStringRunes returns a predictable value, yet it becomes the OpenID Connect nonce \(oidc.Nonce\)`
	http.Redirect(w, r, conf.AuthCodeURL(state, oidc.Nonce(nonce)), http.StatusFound)
}

// LoginSafe: crypto/rand, and the helper for a temporary file name.
func LoginSafe(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	f, _ := os.CreateTemp("", randutil.RandStringRunes(8))
	f.Close()
	http.Redirect(w, r, conf.AuthCodeURL(rand.Text(), oidc.Nonce(rand.Text())), http.StatusFound)
}
