// Package csrfkeys makes gorilla/csrf authentication keys: from math/rand
// (reported: whoever predicts the key forges CSRF tokens) and from
// crypto/rand (not).
package csrfkeys

import (
	crand "crypto/rand"
	"math/rand"
	"net/http"

	"github.com/gorilla/csrf"
)

func weakKey() []byte {
	b := make([]byte, 32)
	for i := range b {
		b[i] = byte(rand.Intn(256)) // want `math/rand.Intn is predictable, yet its value becomes a key \(csrf.Protect\)`
	}
	return b
}

func Protected(h http.Handler) http.Handler {
	return csrf.Protect(weakKey())(h)
}

// Strong: a key read from crypto/rand.
func Strong(h http.Handler) http.Handler {
	key := make([]byte, 32)
	if _, err := crand.Read(key); err != nil {
		panic(err)
	}
	return csrf.Protect(key)(h)
}
