package cookies

import (
	crand "crypto/rand"
	"math/rand"
	"net/http"
	"strconv"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	"github.com/gorilla/sessions"
	"github.com/rs/xid"
)

func Session(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: xid.New().String(), Secure: true, HttpOnly: true}) // want `xid.New is predictable, yet its value becomes a cookie value \(http.Cookie.Value\); use crypto/rand`
}

// SessionSafe: crypto/rand, and a random UUID (version 4).
func SessionSafe(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: crand.Text(), Secure: true, HttpOnly: true})
	http.SetCookie(w, &http.Cookie{Name: "rid", Value: uuid.New().String(), Secure: true, HttpOnly: true})
}

func SessionV1(w http.ResponseWriter) {
	c := &http.Cookie{Name: "sid", Secure: true, HttpOnly: true}
	c.Value = uuid.Must(uuid.NewUUID()).String() // want `uuid.NewUUID is predictable, yet its value becomes a cookie value \(http.Cookie.Value\)`
	http.SetCookie(w, c)
}

// Visited: a clock in a cookie is a timestamp, not a secret.
func Visited(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "last", Value: strconv.FormatInt(time.Now().Unix(), 10)})
}

func Gin(c *gin.Context) {
	c.SetCookie("sid", strconv.Itoa(rand.Int()), 3600, "/", "", true, true) // want `math/rand.Int is predictable, yet its value becomes a cookie value \(\(\*gin.Context\).SetCookie\)`
}

// GinSafe: an A/B bucket from math/rand in a cookie's name, not its
// value... and a crypto/rand value.
func GinSafe(c *gin.Context) {
	c.SetCookie("bucket"+strconv.Itoa(rand.Intn(2)), crand.Text(), 3600, "/", "", true, true)
}

func Gorilla(s *sessions.Session) {
	s.ID = strconv.FormatInt(time.Now().UnixNano(), 36) // want `\(time.Time\).UnixNano reads a clock, a guessable value, yet it becomes a session ID \(sessions.Session.ID\)`
}

// GorillaValues: values kept in a session are not reported.
func GorillaValues(s *sessions.Session) {
	s.Values["state"] = strconv.Itoa(rand.Int())
}
