// Package csrfkeys protects forms with gorilla/csrf: with a hard-coded
// authentication key (reported: anyone can forge a valid CSRF token) and
// with keys from the environment or generated at start-up (not).
package csrfkeys

import (
	"crypto/rand"
	"net/http"
	"os"

	"github.com/gorilla/csrf"
)

func Protected(h http.Handler) http.Handler {
	return csrf.Protect([]byte("32-byte-long-auth-key-0123456789"), csrf.Secure(true))(h) // want `hard-coded key reaches csrf.Protect`
}

// FromEnv: the key comes from the environment.
func FromEnv(h http.Handler) http.Handler {
	return csrf.Protect([]byte(os.Getenv("CSRF_KEY")))(h)
}

// Short: a 16-byte key, even from crypto/rand, is below the 32 bytes
// csrf.Protect asks for.
func Short(h http.Handler) http.Handler {
	key := make([]byte, 16) // want `16-byte HMAC key reaches csrf.Protect`
	rand.Read(key)
	return csrf.Protect(key)(h)
}

// Generated: 32 random bytes at start-up.
func Generated(h http.Handler) http.Handler {
	key := make([]byte, 32)
	rand.Read(key)
	return csrf.Protect(key)(h)
}
