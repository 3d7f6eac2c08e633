// Package randstate makes an OAuth2 state with another package's
// math/rand helper: it is followed.
package randstate // want `followed`

import (
	"crypto/rand"

	"example.com/randhelper"
	"golang.org/x/oauth2"
)

func Login(conf *oauth2.Config) string {
	return conf.AuthCodeURL(randhelper.RandString(16)) // want `flow: predictable value -> \(\*oauth2.Config\).AuthCodeURL`
}

func LoginSafe(conf *oauth2.Config) string {
	return conf.AuthCodeURL(rand.Text())
}
