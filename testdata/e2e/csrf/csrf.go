// Package csrf protects forms with gorilla/csrf, whose authentication key
// signs the CSRF token cookie.
package csrf

import (
	"crypto/rand"
	"net/http"
	"os"

	"github.com/gorilla/csrf"

	"example.com/e2e/weakrand_util"
)

// Protected uses a key written in the source: anyone can forge a valid
// CSRF token for any victim.
func Protected(h http.Handler) http.Handler {
	return csrf.Protect([]byte("32-byte-long-auth-key-0123456789"), csrf.Secure(true))(h) // want:hardcodedsecret
}

// Predictable uses a key made with another package's math/rand helper.
func Predictable(h http.Handler) http.Handler {
	return csrf.Protect([]byte(weakrand_util.RandStringRunes(32)))(h) // want:weakrand
}

// FromEnv reads the key from the environment.
func FromEnv(h http.Handler) http.Handler {
	return csrf.Protect([]byte(os.Getenv("CSRF_AUTH_KEY")))(h)
}

// Generated makes the key from crypto/rand at start-up.
func Generated(h http.Handler) http.Handler {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		panic(err)
	}
	return csrf.Protect(key)(h)
}
