package guess

import (
	crand "crypto/rand"
	"fmt"
	"log"
	"math/rand"
	"strconv"
	"time"

	"golang.org/x/oauth2"
)

const letters = "abcdefghijklmnopqrstuvwxyz"

func state(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func Login(conf *oauth2.Config) string {
	return conf.AuthCodeURL(state(16)) // want `flow: predictable value -> \(\*oauth2.Config\).AuthCodeURL`
}

func LoginClock(conf *oauth2.Config) string {
	s := strconv.FormatInt(time.Now().UnixNano(), 10)
	return conf.AuthCodeURL(s) // want `flow: time-derived value -> \(\*oauth2.Config\).AuthCodeURL`
}

func LoginVerifier(conf *oauth2.Config) string {
	v := fmt.Sprintf("%x%x", rand.Int63(), rand.Int63())
	return conf.AuthCodeURL(crand.Text(), oauth2.S256ChallengeOption(v)) // want `flow: predictable value -> oauth2.S256ChallengeOption`
}

// LoginSafe: crypto/rand.Text, and math/rand for jitter and a log line.
func LoginSafe(conf *oauth2.Config) string {
	time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	log.Printf("attempt %d", rand.Int())
	return conf.AuthCodeURL(crand.Text())
}

// Choose picks one of the given states: the caller's value, not a
// predictable one.
func Choose(conf *oauth2.Config, states []string) string {
	return conf.AuthCodeURL(states[rand.Intn(len(states))])
}
