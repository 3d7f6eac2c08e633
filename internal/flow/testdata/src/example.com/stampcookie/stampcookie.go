// Package stampcookie puts a clock reading in a cookie: a timestamp is no
// finding as a cookie value, so the clock does not make it followed.
package stampcookie

import (
	"net/http"
	"strconv"
	"time"
)

func Visit(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "last", Value: strconv.FormatInt(time.Now().Unix(), 10)})
}
