package oauth

import (
	crand "crypto/rand"
	"encoding/base64"
	"fmt"
	"log"
	"math/rand"
	mrand2 "math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

// randomString builds a string from math/rand: the finding is at the
// rand.Intn call, with each place the string becomes a secret related.
func randomString(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))] // want `math/rand.Intn is predictable, yet its value becomes the OAuth2 state \(\(\*oauth2.Config\).AuthCodeURL\); use crypto/rand \(rand.Text\(\), or rand.Read into 32 bytes\)`
	}
	return string(b)
}

func Login(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	http.Redirect(w, r, conf.AuthCodeURL(randomString(32)), http.StatusFound)
}

// LoginSafe: crypto/rand.
func LoginSafe(w http.ResponseWriter, r *http.Request, conf *oauth2.Config) {
	http.Redirect(w, r, conf.AuthCodeURL(crand.Text()), http.StatusFound)
}

func LoginSeeded(conf *oauth2.Config) string {
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	return conf.AuthCodeURL(strconv.FormatInt(rng.Int63(), 36)) // want `\(\*math/rand.Rand\).Int63 is predictable, yet its value becomes the OAuth2 state`
}

func LoginV2(conf *oauth2.Config) string {
	return conf.AuthCodeURL(fmt.Sprintf("%016x", mrand2.Uint64())) // want `math/rand/v2.Uint64 is predictable, yet its value becomes the OAuth2 state`
}

func LoginClock(conf *oauth2.Config) string {
	return conf.AuthCodeURL(strconv.FormatInt(time.Now().UnixNano(), 10)) // want `\(time.Time\).UnixNano reads a clock, a guessable value, yet it becomes the OAuth2 state \(\(\*oauth2.Config\).AuthCodeURL\); use crypto/rand`
}

// LoginClockSafe: the clock only in a log line.
func LoginClockSafe(conf *oauth2.Config) string {
	log.Printf("login at %d", time.Now().UnixNano())
	return conf.AuthCodeURL(crand.Text())
}

func LoginPKCE(conf *oauth2.Config) string {
	verifier := base64.RawURLEncoding.EncodeToString([]byte(strconv.Itoa(rand.Int()))) // want `math/rand.Int is predictable, yet its value becomes a PKCE code verifier \(oauth2.S256ChallengeOption\)`
	return conf.AuthCodeURL(crand.Text(), oauth2.S256ChallengeOption(verifier))
}

// LoginPKCESafe: oauth2.GenerateVerifier.
func LoginPKCESafe(conf *oauth2.Config) string {
	return conf.AuthCodeURL(crand.Text(), oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))
}

func ConstantState(conf *oauth2.Config) string {
	return conf.AuthCodeURL("state", oauth2.AccessTypeOffline) // want `\(\*oauth2.Config\).AuthCodeURL is given the constant state "state": it does not protect the login from CSRF; pass a per-login value from crypto/rand \(rand.Text\(\)\) and check it in the callback`
}

const fixedState = "xyz"

func ConstantNamed(conf *oauth2.Config) string {
	return conf.AuthCodeURL(fixedState) // want `is given the constant state "xyz"`
}

// Retry uses math/rand for jitter, sampling and shuffling only.
func Retry(conf *oauth2.Config, servers []string) string {
	time.Sleep(time.Duration(rand.Intn(100)) * time.Millisecond)
	if rand.Float64() < 0.01 {
		log.Printf("sampled")
	}
	rand.Shuffle(len(servers), func(i, j int) { servers[i], servers[j] = servers[j], servers[i] })
	return conf.AuthCodeURL(crand.Text())
}

// Nonce is a helper taking the nonce: the finding is where it is called
// with a predictable value.
func Nonce(nonce string) oauth2.AuthCodeOption { return oidc.Nonce(nonce) }

func LoginNonce(conf *oauth2.Config) string {
	return conf.AuthCodeURL(crand.Text(), Nonce(strconv.FormatInt(rand.Int63(), 10))) // want `math/rand.Int63 is predictable, yet its value becomes the OpenID Connect nonce \(oidc.Nonce\)`
}

// LoginMixed: a timestamp and a crypto/rand part: unguessable.
func LoginMixed(conf *oauth2.Config) string {
	return conf.AuthCodeURL(fmt.Sprintf("%d.%s", time.Now().Unix(), crand.Text()))
}

// LoginMixedRand: math/rand beside 32 bytes of crypto/rand.
func LoginMixedRand(conf *oauth2.Config) string {
	b := make([]byte, 32)
	crand.Read(b)
	return conf.AuthCodeURL(base64.RawURLEncoding.EncodeToString(b) + strconv.Itoa(rand.Int()))
}

func LoginParam(conf *oauth2.Config) string {
	nonce := strconv.FormatInt(rand.Int63(), 36) // want `math/rand.Int63 is predictable, yet its value becomes the OpenID Connect nonce \(oauth2.SetAuthURLParam\("nonce"\)\)`
	return conf.AuthCodeURL(crand.Text(), oauth2.SetAuthURLParam("nonce", nonce), oauth2.SetAuthURLParam("prompt", strconv.Itoa(rand.Intn(2))))
}

// LoginParamSafe: a crypto/rand nonce, a clock for another parameter.
func LoginParamSafe(conf *oauth2.Config) string {
	return conf.AuthCodeURL(crand.Text(), oauth2.SetAuthURLParam("nonce", crand.Text()), oauth2.SetAuthURLParam("ts", strconv.FormatInt(time.Now().Unix(), 10)))
}

// PasteCode is a command-line login whose user pastes the code: no
// redirect to protect, the finding is suppressed.
func PasteCode(conf *oauth2.Config) string {
	//tokenvet:ignore weakrand -- out-of-band flow, the user pastes the code
	return conf.AuthCodeURL("state")
}
