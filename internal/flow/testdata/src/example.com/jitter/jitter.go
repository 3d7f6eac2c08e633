// Package jitter uses math/rand and a clock for back-off and
// timestamps only: it has no place needing an unguessable value and no
// function returning text made from math/rand, so it is not followed.
package jitter

import (
	"math/rand"
	"strconv"
	"time"
)

func Backoff(attempt int) time.Duration {
	return time.Duration(attempt)*time.Second + time.Duration(rand.Int63n(int64(time.Second)))
}

func Shuffle(servers []string) {
	rand.Shuffle(len(servers), func(i, j int) { servers[i], servers[j] = servers[j], servers[i] })
}

func Stamp() string {
	return strconv.FormatInt(time.Now().UnixNano(), 10)
}
