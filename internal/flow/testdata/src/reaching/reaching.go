// Package reaching uses a key sink: the engine says which definitions
// reach each key variable read (Result.Reaching), for hardcodedsecret.
package reaching

import (
	"flag"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func overwritten(t *jwt.Token) {
	key := "dev"
	key = os.Getenv("K")
	t.SignedString([]byte(key)) // want `reaches: key:14`
}

func kept(t *jwt.Token) {
	key := "dev"
	t.SignedString([]byte(key)) // want `reaches: key:19`
}

func fallback(t *jwt.Token) {
	k := os.Getenv("K")
	if k == "" {
		k = "secret"
	}
	t.SignedString([]byte(k)) // want `reaches: k:24, k:26`
}

func noFallback(t *jwt.Token) {
	k := os.Getenv("K")
	if k == "" {
		panic("K is not set")
	}
	t.SignedString([]byte(k)) // want `reaches: k:32`
}

func param(t *jwt.Token, key string) {
	t.SignedString(key) // want `reaches: param key`
}

func reassignedParam(t *jwt.Token, key string) {
	if key == "" {
		key = "default"
	}
	t.SignedString(key) // want `reaches: param key, key:45`
}

func copied(t *jwt.Token) {
	k := os.Getenv("K")
	key := k
	t.SignedString(key) // want `reaches: key:52`
	t.SignedString(k)   // want `reaches: k:51`
}

func captured(t *jwt.Token) {
	key := "captured"
	f := func() {
		t.SignedString(key) // want `reaches: key:58`
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
	t.SignedString(key) // want `reaches: key:78, key:80`
}

var initKey = defaultKey()

func defaultKey() string {
	k := "init"
	return k // want `returns: k:88`
}

func unused() string {
	k := "unused"
	return k // want `returns: not followed`
}

func helperSign(t *jwt.Token, key string) { // want `calls: 102, 104, 106`
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
