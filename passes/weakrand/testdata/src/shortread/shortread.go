package shortread

import (
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"io"
	"net/http"

	"golang.org/x/oauth2"
)

func Login(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	b := make([]byte, 8)
	rand.Read(b) // want `crypto/rand.Read reads only 8 random bytes, yet they become the OAuth2 state \(\(\*oauth2.Config\).AuthCodeURL\); read at least 16 bytes \(or use crypto/rand.Text\(\)\)`
	http.Redirect(w, r, conf.AuthCodeURL(hex.EncodeToString(b)), http.StatusFound)
}

func Cookie(w http.ResponseWriter) {
	var b [4]byte
	rand.Read(b[:]) // want `crypto/rand.Read reads only 4 random bytes, yet they become a cookie value \(http.Cookie.Value\)`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: hex.EncodeToString(b[:])})
}

// LoginSafe: 32 bytes; and a short read that is not a secret.
func LoginSafe(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	b := make([]byte, 32)
	rand.Read(b)
	salt := make([]byte, 8)
	rand.Read(salt)
	w.Header().Set("X-Request-Salt", hex.EncodeToString(salt))
	http.Redirect(w, r, conf.AuthCodeURL(hex.EncodeToString(b)), http.StatusFound)
}

// Sized reads a buffer of a length it is given: unknown, not reported.
func Sized(conf *oauth2.Config, n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return conf.AuthCodeURL(hex.EncodeToString(b))
}

func Full(w http.ResponseWriter) {
	b := make([]byte, 8)
	io.ReadFull(rand.Reader, b) // want `io.ReadFull reads only 8 random bytes, yet they become a cookie value \(http.Cookie.Value\)`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: hex.EncodeToString(b)})
}

// Sealed: a 12-byte GCM nonce, sent with the ciphertext.
func Sealed(w http.ResponseWriter, aead cipher.AEAD, pt []byte) {
	nonce := make([]byte, 12)
	rand.Read(nonce)
	out := aead.Seal(nonce, nonce, pt, nil)
	http.SetCookie(w, &http.Cookie{Name: "data", Value: hex.EncodeToString(append(nonce, out...))})
}
