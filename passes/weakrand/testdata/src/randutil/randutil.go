package randutil // want package:`hasSummaries`

// randutil is a module's helper package: its functions return
// predictable values (their summaries say so) and it has no place that
// needs an unguessable one, so nothing is reported here.

import (
	"math/rand"
	"time"
)

var letterRunes = []rune("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

func RandStringRunes(n int) string { // want RandStringRunes:`flow\(result 0: predictable value\)`
	b := make([]rune, n)
	for i := range b {
		b[i] = letterRunes[rand.Intn(len(letterRunes))]
	}
	return string(b)
}

// Backoff is jitter.
func Backoff(attempt int) time.Duration {
	return time.Duration(attempt)*time.Second + time.Duration(rand.Int63n(int64(time.Second)))
}
