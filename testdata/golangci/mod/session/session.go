// Package session names sessions with math/rand (weakrand).
package session

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand"
	"net/http"
	"strconv"
)

// Start names the session with math/rand.
func Start(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: strconv.FormatInt(mrand.Int63(), 36), Secure: true, HttpOnly: true})
}

// StartSafe names it with crypto/rand.
func StartSafe(w http.ResponseWriter) {
	b := make([]byte, 32)
	rand.Read(b)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: hex.EncodeToString(b), Secure: true, HttpOnly: true})
}
