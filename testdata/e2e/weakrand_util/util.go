// Package weakrand_util is a module's helper package: a random string
// built on math/rand, the helper a login handler in another package
// uses for its state and nonce (weakrand_oauth).
package weakrand_util

import (
	"math/rand"
	"time"
)

var letterRunes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

// RandStringRunes returns n letters picked with math/rand.
func RandStringRunes(n int) string {
	b := make([]rune, n)
	for i := range b {
		b[i] = letterRunes[rand.Intn(len(letterRunes))]
	}
	return string(b)
}

// Backoff waits a jittered delay: math/rand for jitter is fine.
func Backoff(attempt int) {
	time.Sleep(time.Duration(attempt)*time.Second + time.Duration(rand.Int63n(int64(time.Second))))
}
