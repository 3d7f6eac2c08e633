// Package randhelper returns text made from math/rand: it is followed,
// and its summary says its result is predictable.
package randhelper // want `followed`

import (
	"math/rand"
	"time"
)

var letters = []rune("abcdefghijklmnopqrstuvwxyz")

func RandString(n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

// Jitter returns a duration: not followed.
func Jitter() time.Duration { return time.Duration(rand.Int63n(1000)) }
