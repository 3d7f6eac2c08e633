// Package weakrand_session issues session cookies and JWT IDs.
package weakrand_session

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/rs/xid"
)

// StartSession names the session with an xid: a timestamp, a machine
// id and a counter.
func StartSession(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: xid.New().String(), Secure: true, HttpOnly: true}) // want:weakrand
}

// StartSessionSafe names it with crypto/rand.
func StartSessionSafe(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), Secure: true, HttpOnly: true})
}

// RememberMe uses a version 1 UUID (time and MAC address).
func RememberMe(c *gin.Context) {
	id, _ := uuid.NewUUID() // want:weakrand
	c.SetCookie("remember", id.String(), 86400, "/", "", true, true)
}

// RememberMeSafe uses a random (version 4) UUID, and keeps the time of
// the last visit in a cookie of its own.
func RememberMeSafe(c *gin.Context) {
	c.SetCookie("remember", uuid.NewString(), 86400, "/", "", true, true)
	c.SetCookie("last_visit", strconv.FormatInt(time.Now().Unix(), 10), 86400, "/", "", true, true)
}

// Short reads 8 random bytes: 64 bits.
func Short(w http.ResponseWriter) {
	b := make([]byte, 8)
	rand.Read(b) // want:weakrand
	http.SetCookie(w, &http.Cookie{Name: "session", Value: hex.EncodeToString(b), Secure: true, HttpOnly: true})
}

// Long reads 32.
func Long(w http.ResponseWriter) {
	b := make([]byte, 32)
	rand.Read(b)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: hex.EncodeToString(b), Secure: true, HttpOnly: true})
}

// Claims gives the token a math/rand JWT ID.
func Claims(sub string) jwt.Claims {
	return jwt.RegisteredClaims{Subject: sub, ID: strconv.FormatInt(mrand.Int63(), 36), ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))} // want:weakrand
}

// ClaimsSafe gives it a crypto/rand one, and a sampled shard from
// math/rand.
func ClaimsSafe(sub string) jwt.Claims {
	return jwt.MapClaims{"sub": sub, "jti": rand.Text(), "shard": mrand.Intn(16)}
}
