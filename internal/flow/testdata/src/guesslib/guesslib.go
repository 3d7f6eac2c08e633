package guesslib // want package:`hasSummaries`

// Package guesslib returns text made from math/rand and short
// crypto/rand reads: its summaries say which results are predictable
// (and the jitter, the timestamp and the long read are not).

import (
	"crypto/cipher"
	crand "crypto/rand"
	"encoding/hex"
	"io"
	"math/rand"
	"strconv"
	"time"
)

var letters = []rune("abcdefghijklmnopqrstuvwxyz")

func RandString(n int) string { // want RandString:`flow\(result 0: predictable value\)`
	b := make([]rune, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

const letterBytes = "abcdefghijklmnopqrstuvwxyz"

// Masked is the letter-index trick: arithmetic on a source's Int63.
func Masked(n int) string { // want Masked:`flow\(result 0: predictable value\)`
	src := rand.NewSource(time.Now().UnixNano())
	b := make([]byte, n)
	for i, cache := 0, src.Int63(); i < n; i++ {
		b[i] = letterBytes[int(cache&63)%len(letterBytes)]
		cache >>= 6
	}
	return string(b)
}

func Number() string { // want Number:`flow\(result 0: predictable value\)`
	return strconv.FormatInt(rand.Int63(), 36)
}

func Short() string { // want Short:`flow\(result 0: predictable value\)`
	b := make([]byte, 8)
	crand.Read(b)
	return hex.EncodeToString(b)
}

func ShortArray() string { // want ShortArray:`flow\(result 0: predictable value\)`
	var b [4]byte
	crand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Long reads 32 bytes: not predictable, a crypto/rand value.
func Long() string { // want Long:`flow\(result 0: crypto/rand value\)`
	b := make([]byte, 32)
	crand.Read(b)
	return hex.EncodeToString(b)
}

// Jitter returns a duration: no summary.
func Jitter() time.Duration { return time.Duration(rand.Int63n(1000)) }

// Stamp formats a clock: a clock alone seeds nothing in a package with
// no place needing an unguessable value.
func Stamp() string { return strconv.FormatInt(time.Now().UnixNano(), 10) }

// Pick chooses among strings it is given: they are not predictable.
func Pick(s []string) string { return s[rand.Intn(len(s))] } // want Pick:`flow\(param 0 -> result 0\)`

func ShortFull() string { // want ShortFull:`flow\(result 0: predictable value\)`
	b := make([]byte, 8)
	io.ReadFull(crand.Reader, b)
	return hex.EncodeToString(b)
}

// FullOther reads 8 bytes of another reader: not a source.
func FullOther(r io.Reader) string {
	b := make([]byte, 8)
	io.ReadFull(r, b)
	return hex.EncodeToString(b)
}

// Sealed reads a 12-byte GCM nonce: a cipher's nonce, not a token.
func Sealed(aead cipher.AEAD, pt []byte) string {
	nonce := make([]byte, 12)
	crand.Read(nonce)
	return hex.EncodeToString(append(nonce, aead.Seal(nil, nonce, pt, nil)...))
}
