// Package reaching uses a key sink: the engine says which definitions
// reach each key variable read (Result.Reaching), for hardcodedsecret.
package reaching

import (
	"flag"
	"os"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
)

func overwritten(t *jwt.Token) {
	key := "dev"
	key = os.Getenv("K")
	t.SignedString([]byte(key)) // want `reaches: key:15`
}

func kept(t *jwt.Token) {
	key := "dev"
	t.SignedString([]byte(key)) // want `reaches: key:20`
}

func fallback(t *jwt.Token) {
	k := os.Getenv("K")
	if k == "" {
		k = "secret"
	}
	t.SignedString([]byte(k)) // want `reaches: k:25, k:27`
}

func noFallback(t *jwt.Token) {
	k := os.Getenv("K")
	if k == "" {
		panic("K is not set")
	}
	t.SignedString([]byte(k)) // want `reaches: k:33`
}

func param(t *jwt.Token, key string) {
	t.SignedString(key) // want `reaches: param key`
}

func reassignedParam(t *jwt.Token, key string) {
	if key == "" {
		key = "default"
	}
	t.SignedString(key) // want `reaches: param key, key:46`
}

func copied(t *jwt.Token) {
	k := os.Getenv("K")
	key := k
	t.SignedString(key) // want `reaches: key:53`
	t.SignedString(k)   // want `reaches: k:52`
}

func captured(t *jwt.Token) {
	key := "captured"
	f := func() {
		t.SignedString(key) // want `reaches: key:59`
	}
	f()
}

func addressTaken(t *jwt.Token) {
	var key string
	flag.StringVar(&key, "key", "flag-default", "signing key")
	t.SignedString(key) // want `reaches: \?`
}

func opAssign(t *jwt.Token) {
	key := "prefix-"
	key += os.Getenv("K")
	t.SignedString(key) // want `reaches: \?`
}

func viaInterface(t *jwt.Token, b bool) {
	var key any = "first"
	if b {
		key = []byte(os.Getenv("K"))
	}
	t.SignedString(key) // want `reaches: key:79, key:81`
}

var initKey = defaultKey()

func defaultKey() string {
	k := "init"
	return k // want `returns: k:89`
}

func unused() string {
	k := "unused"
	return k // want `returns: not followed`
}

func helperSign(t *jwt.Token, key string) {
	t.SignedString(key) // want `reaches: param key`
}

func signs(t *jwt.Token, sign func(*jwt.Token, string)) {
	helperSign(t, "a")
	f := helperSign
	f(t, "b") // a static call too
	func() {
		helperSign(t, "c")
	}()
	sign(t, "d") // not a static call
}

// joseKey sets a key field: it is followed.
func joseKey() string {
	k := "jose"
	_ = jose.SigningKey{Key: k}
	return k // want `returns: k:114`
}

// joseType only names the type: it is not followed.
func joseType(s *jose.SigningKey) string {
	k := "type"
	return k // want `returns: not followed`
}
