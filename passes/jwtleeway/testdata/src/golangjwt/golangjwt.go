package golangjwt

import (
	"crypto/rsa"
	"crypto/x509"
	"time"

	"conf"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

var secret = []byte("secret")

func rsaKey(*jwt.Token) (interface{}, error)  { return pub, nil }
func hmacKey(*jwt.Token) (interface{}, error) { return secret, nil }

func zeroForeign(s string) {
	jwt.Parse(s, rsaKey, jwt.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway for a token minted by another machine: a second of skew rejects fresh tokens \(nbf, iat\); allow 30\*time\.Second$`
}

// A self-issued HMAC token: the same service mints and verifies it.
func zeroHMAC(s string) {
	jwt.Parse(s, hmacKey, jwt.WithLeeway(0))
}

func zeroRemoteKeySet(s string, k keyfunc.Keyfunc) {
	jwt.Parse(s, k.Keyfunc, jwt.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}

// The key is unknown: not reported.
func zeroUnknownKey(s string, kf jwt.Keyfunc) {
	jwt.Parse(s, kf, jwt.WithLeeway(0))
}

func zeroKeySetLiteral(s string, claims jwt.MapClaims) {
	jwt.ParseWithClaims(s, claims, func(*jwt.Token) (interface{}, error) {
		return jwt.VerificationKeySet{}, nil
	}, jwt.WithLeeway(conf.ZeroSkew)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}

func zeroFromOtherPackageVar(s string) {
	jwt.Parse(s, rsaKey, jwt.WithLeeway(conf.Skew)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}

// conf.Mutable is reassigned in its package: its value is unknown.
func mutableVar(s string) {
	jwt.Parse(s, rsaKey, jwt.WithLeeway(conf.Mutable))
}

func zeroThroughParser(s string) {
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"}), jwt.WithLeeway(time.Duration(conf.Seconds))}
	p := jwt.NewParser(opts...)
	p.Parse(s, rsaKey)
	lee := 0 * time.Second
	p2 := jwt.NewParser(jwt.WithLeeway(lee)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
	p2.Parse(s, rsaKey)
}

func smallLeeway(s string) {
	jwt.Parse(s, rsaKey, jwt.WithLeeway(30*time.Second))
	jwt.Parse(s, rsaKey, jwt.WithLeeway(5*time.Minute))
}

func excessive(s string) {
	jwt.Parse(s, hmacKey, jwt.WithLeeway(time.Hour))                 // want `^jwt\.WithLeeway leeway of 1h0m0s exceeds 5m0s: every token stays valid that long past its exp; use a minute or less \(limit: -jwtleeway\.max\)$`
	jwt.Parse(s, hmacKey, jwt.WithLeeway(conf.BigSkew))              // want `^jwt\.WithLeeway leeway of 10m0s exceeds 5m0s`
	jwt.Parse(s, hmacKey, jwt.WithLeeway(conf.Long))                 // want `^jwt\.WithLeeway leeway of 1h0m0s exceeds 5m0s`
	jwt.Parse(s, hmacKey, jwt.WithLeeway(5*time.Minute+time.Second)) // want `^jwt\.WithLeeway leeway of 5m1s exceeds 5m0s`
}

var fixed = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

func clocks(s string, f func() time.Time) {
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(time.Now))
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(func() time.Time { return time.Now() }))
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(func() time.Time { return time.Now().UTC() }))
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(f))
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(func() time.Time { return time.Now().Add(time.Hour) })) // want `^jwt\.WithTimeFunc replaces the validation clock with a shifted clock outside tests, so expired tokens can pass; use time\.Now and express clock skew as a leeway$`
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(func() time.Time { return fixed }))                     // want `^jwt\.WithTimeFunc replaces the validation clock with a fixed time outside tests`
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(shifted))                                               // want `^jwt\.WithTimeFunc replaces the validation clock with a shifted clock`
	jwt.Parse(s, rsaKey, jwt.WithTimeFunc(nowUTC))
}

func shifted() time.Time { return time.Now().Add(-2 * time.Minute) }

func nowUTC() time.Time { return time.Now().UTC() }

type testingT interface{ Helper() }

type certHolder struct{ cert *x509.Certificate }

// The key of a certificate.
func (h certHolder) zeroCert(s string) {
	jwt.Parse(s, func(*jwt.Token) (interface{}, error) { return h.cert.PublicKey, nil }, jwt.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}

func loadKey() (interface{}, error)    { return pub, nil }
func loadSecret() (interface{}, error) { return secret, nil }

// Keys assigned from a multi-value call (k, err := f()) are followed into f.
func zeroTupleForeign(s string) {
	jwt.Parse(s, func(*jwt.Token) (interface{}, error) {
		k, err := loadKey()
		return k, err
	}, jwt.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}

func zeroTupleSecret(s string) {
	jwt.Parse(s, func(*jwt.Token) (interface{}, error) {
		k, err := loadSecret()
		return k, err
	}, jwt.WithLeeway(0))
}
