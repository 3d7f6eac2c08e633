package keys

import (
	"cmp"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"flag"
	"log"
	"os"
	"testing"

	"github.com/golang-jwt/jwt/v5"

	"keyconsts"
)

type config struct {
	Secret, Prefix, Suffix string
}

// A package-level key never reassigned.
var JwtSigKey = []byte("s3cr3t-signing-key-0123456789abcdef") // want `hard-coded key reaches \(\*jwt.Token\).SignedString; load it from configuration or a secret manager`

// Near miss: reassigned at start-up.
var rotated = []byte("initial-value-000000000000000000000")

func load(cfg *config) { rotated = []byte(cfg.Secret) }

const signingKey = "const-secret-key-0123456789abcdefgh" // want `hard-coded key reaches \(\*jwt.Token\).SignedString`

func packageVar(t *jwt.Token) {
	t.SignedString(JwtSigKey)
	t.SignedString(rotated) // near miss: reassigned in load
}

func direct(t *jwt.Token, cfg *config) {
	t.SignedString([]byte("direct-secret-key-abcdefghijklmnop")) // want `hard-coded key reaches \(\*jwt.Token\).SignedString`
	t.SignedString([]byte(os.Getenv("KEY")))                     // near miss: from the environment
	t.SignedString([]byte(signingKey))
	t.SignedString([]byte(cfg.Secret)) // near miss: a configuration field
}

func foreignConst(t *jwt.Token) {
	t.SignedString([]byte(keyconsts.Secret))        // want `hard-coded key keyconsts.Secret reaches \(\*jwt.Token\).SignedString`
	log.Println(keyconsts.Issuer, keyconsts.Secret) // near miss: not a key sink
}

func keyfunc(s string, cfg *config) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return []byte("keyfunc-secret-0123456789abcdefghij"), nil // want `hard-coded key reaches jwt.Parse`
	})
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return []byte(cfg.Secret), nil // near miss
	})
}

var hmacKey = []byte("method-keyfunc-secret-0123456789abc") // want `hard-coded key reaches jwt.ParseWithClaims`

type server struct{ cfg *config }

func (s *server) keyFunc(t *jwt.Token) (any, error) { return hmacKey, nil }

func (s *server) cfgKeyFunc(t *jwt.Token) (any, error) { return []byte(s.cfg.Secret), nil }

func (s *server) verify(tok string) {
	jwt.ParseWithClaims(tok, jwt.MapClaims{}, s.keyFunc)
	jwt.ParseWithClaims(tok, jwt.MapClaims{}, s.cfgKeyFunc) // near miss
}

func envFallback(t *jwt.Token) {
	k := os.Getenv("JWT_KEY")
	if k == "" {
		k = "fallback-secret" // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing; fail at start-up instead`
	}
	t.SignedString([]byte(k))

	m := os.Getenv("JWT_KEY")
	if m == "" {
		log.Fatal("JWT_KEY is not set")
	}
	t.SignedString([]byte(m)) // near miss: no fallback
}

func cmpFallback(t *jwt.Token) {
	t.SignedString([]byte(cmp.Or(os.Getenv("K"), "cmp-fallback-secret"))) // want `hard-coded fallback key reaches`
	t.SignedString([]byte(cmp.Or(os.Getenv("K"), os.Getenv("K2"))))       // near miss
}

func concat(t *jwt.Token, cfg *config) {
	t.SignedString([]byte("static-prefix-" + cfg.Suffix)) // want `the key reaching \(\*jwt.Token\).SignedString is built from a hard-coded string`
	t.SignedString([]byte(cfg.Prefix + ":" + cfg.Suffix)) // near miss: a separator
}

func emptyKey(t *jwt.Token, cfg *config) {
	t.SignedString([]byte("")) // want `empty HMAC key reaches \(\*jwt.Token\).SignedString: anyone can sign tokens`
	secret := ""
	if cfg.Secret != "" {
		secret = cfg.Secret
	}
	t.SignedString([]byte(secret)) // near miss: an empty zero default among other values
}

func shortKey(t *jwt.Token) {
	key := make([]byte, 16) // want `16-byte HMAC key reaches \(\*jwt.Token\).SignedString; RFC 7518 requires at least 32 bytes for HS256`
	rand.Read(key)
	t.SignedString(key)
	long := make([]byte, 32)
	rand.Read(long)
	t.SignedString(long) // near miss: 32 bytes
}

func signingMethod() {
	jwt.SigningMethodHS256.Sign("header.payload", []byte("sign-method-secret-0123456789abc")) // want `hard-coded key reaches \(\*jwt.SigningMethodHMAC\).Sign`
	var m jwt.SigningMethod = jwt.SigningMethodHS256
	m.Verify("header.payload", nil, []byte("verify-method-secret-0123456789ab")) // want `hard-coded key reaches \(jwt.SigningMethod\).Verify`
	m.Verify("header.payload", nil, []byte(os.Getenv("K")))                      // near miss
}

const privPEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----" // want `hard-coded private key reaches jwt.ParseRSAPrivateKeyFromPEM`

const pubPEM = `-----BEGIN PUBLIC KEY-----
MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf
-----END PUBLIC KEY-----`

func pemKeys() {
	jwt.ParseRSAPrivateKeyFromPEM([]byte(privPEM))
	jwt.ParseRSAPublicKeyFromPEM([]byte(pubPEM)) // near miss: a public key is no secret
}

func x509Keys(path string) {
	block, _ := pem.Decode([]byte(`-----BEGIN PRIVATE KEY----- ... -----END PRIVATE KEY-----`)) // want `hard-coded private key reaches x509.ParsePKCS8PrivateKey`
	x509.ParsePKCS8PrivateKey(block.Bytes)
	data, _ := os.ReadFile(path)
	fromFile, _ := pem.Decode(data)
	x509.ParsePKCS8PrivateKey(fromFile.Bytes) // near miss: from a file
}

func overwritten(t *jwt.Token) {
	key := "dev-default-key-0123456789abcdefgh"
	key = os.Getenv("KEY")
	t.SignedString([]byte(key)) // near miss: the constant is overwritten before it is read
}

func flagKey(t *jwt.Token) {
	var key string
	flag.StringVar(&key, "key", "flag-default-secret", "signing key")
	t.SignedString([]byte(key)) // near miss: a flag
}

func sign(t *jwt.Token, key string) { t.SignedString([]byte(key)) }

func callers(t *jwt.Token, cfg *config) {
	sign(t, "helper-argument-secret-0123456789") // want `hard-coded key reaches \(\*jwt.Token\).SignedString`
	sign(t, cfg.Secret)                          // near miss
}

func helperForTests(tb testing.TB, t *jwt.Token) {
	t.SignedString([]byte("test-only-secret")) // near miss: test support code
}

func none(t *jwt.Token) {
	t.SignedString(jwt.UnsafeAllowNoneSignatureType) // near miss: the library's sentinel for the none algorithm (jwtalg)
}

var unset []byte // want `empty HMAC key reaches \(\*jwt.Token\).SignedString`

// Exported is set by the program's main package.
var Exported []byte

var a, b = twoKeys()

func twoKeys() ([]byte, []byte) { return []byte(os.Getenv("A")), []byte(os.Getenv("B")) }

func neverAssigned(t *jwt.Token) {
	t.SignedString(unset)
	t.SignedString(Exported) // near miss: another package may set it
	t.SignedString(a)        // near miss: declared with a call's value
}

func loadKey() (string, error) {
	v := os.Getenv("K")
	if v == "" {
		return "", errors.New("no key")
	}
	return v, nil
}

func errorPaths(t *jwt.Token, s string) {
	k, _ := loadKey()
	t.SignedString([]byte(k)) // near miss: "" is returned with an error
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return "", errors.New("unexpected method") // near miss: an error path
		}
		return []byte(os.Getenv("K")), nil
	})
}

func getEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func envHelper(t *jwt.Token) {
	t.SignedString([]byte(getEnv("JWT_SECRET", "env-helper-default"))) // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing`
	log.Println(getEnv("PORT", "8080"))                                // near miss: not a key
	t.SignedString([]byte(getEnv("OTHER_SECRET", "")))                 // near miss: an empty fallback
}

var pkgKey = []byte(getEnv("PKG_SECRET", "pkg-level-default-secret")) // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString`

func pkgLevelFallback(t *jwt.Token) { t.SignedString(pkgKey) }

func suppressed(t *jwt.Token) {
	//tokenvet:ignore hardcodedsecret -- the public key of the demo server, documented as such
	t.SignedString([]byte("suppressed-demo-key-0123456789abcd"))
}

func keyfuncVar(s string, cfg *config) {
	kf := func(t *jwt.Token) (any, error) {
		return []byte("keyfunc-var-secret-0123456789abcdef"), nil // want `hard-coded key reaches jwt.Parse`
	}
	jwt.Parse(s, kf)
	cf := func(t *jwt.Token) (any, error) { return []byte(cfg.Secret), nil }
	jwt.Parse(s, cf) // near miss: a configured key
}

func capturedKey(t *jwt.Token, cfg *config) {
	key := "captured-secret-0123456789abcdefgh" // want `hard-coded key reaches \(\*jwt.Token\).SignedString`
	sign := func() { t.SignedString([]byte(key)) }
	sign()
	fromCfg := cfg.Secret
	signCfg := func() { t.SignedString([]byte(fromCfg)) } // near miss: a configured key
	signCfg()
}

func defaultKey() string {
	k := "init-helper-secret-0123456789abcdef" // want `hard-coded key reaches \(\*jwt.Token\).SignedString`
	return k
}

func configuredKey() string {
	k := os.Getenv("KEY")
	return k
}

var (
	initKey = defaultKey()
	initCfg = configuredKey()
)

func initKeys(t *jwt.Token) {
	t.SignedString([]byte(initKey))
	t.SignedString([]byte(initCfg)) // near miss: from the environment
}

func signVia(t *jwt.Token, cfg *config) {
	f := sign
	f(t, "func-value-secret-0123456789abcdef") // want `hard-coded key reaches \(\*jwt.Token\).SignedString`
	f(t, cfg.Secret)                           // near miss: a configured key
}

func prefixed(s string) string { return "key-prefix-0123456789-" + s } // want `the key reaching \(\*jwt.Token\).SignedString is built from a hard-coded string`

func identity(s string) string { return s }

func throughHelpers(t *jwt.Token, cfg *config) {
	t.SignedString([]byte(prefixed(cfg.Suffix)))
	t.SignedString([]byte(identity(identity("nested-helper-secret-0123456789")))) // want `hard-coded key reaches \(\*jwt.Token\).SignedString`
	log.Println(identity("not-a-key-but-long-enough-0123456789"))                 // near miss: another call's argument
	t.SignedString([]byte(identity(identity(os.Getenv("K")))))                    // near miss
}

func byEnvironment(t *jwt.Token, env string) {
	var key string
	switch env {
	case "dev":
		key = "switch-dev-secret" // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing`
	case "prod":
		key = os.Getenv("KEY")
	default:
		log.Fatal("unknown environment")
	}
	t.SignedString([]byte(key))
}

// pemFramed frames a configured key body as PEM.
func pemFramed(body string) string {
	return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"
}

func framedKeys(cfg *config) {
	block, _ := pem.Decode([]byte(pemFramed(cfg.Secret)))
	x509.ParsePKCS8PrivateKey(block.Bytes)                                                                      // near miss: the constant parts are PEM armor
	withBody, _ := pem.Decode([]byte("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF" + cfg.Suffix)) // want `the private key reaching x509.ParsePKCS8PrivateKey is built from a hard-coded string`
	x509.ParsePKCS8PrivateKey(withBody.Bytes)
}

type settings struct{ JWTSecret, RefreshSecret, Name string }

// normalize fills in defaults.
func (s *settings) normalize() {
	if s.JWTSecret == "" {
		s.JWTSecret = "normalized-fallback-secret" // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing`
	}
	if len(s.RefreshSecret) == 0 {
		s.RefreshSecret = "refresh-fallback-secret" // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing`
	}
	if s.Name == "" {
		s.Name = "default-name-0123456789" // near miss: not a key
	}
}

// rename sets the name, not on an empty key.
func (s *settings) rename() {
	if s.Name == "" {
		s.JWTSecret = "unguarded-by-its-own-field" // near miss: not the key's own emptiness check
	}
}

func (s *settings) sign(t *jwt.Token) {
	t.SignedString([]byte(s.JWTSecret))
	t.SignedString([]byte(s.RefreshSecret))
}

type guardedSettings struct{ Secret string }

func (g *guardedSettings) normalize() {
	if g.Secret == "" {
		g.Secret = "changeme-placeholder"
	}
}

func (g *guardedSettings) sign(t *jwt.Token) {
	if g.Secret == "changeme-placeholder" {
		log.Fatal("set a secret")
	}
	t.SignedString([]byte(g.Secret)) // near miss: the fallback is refused at start-up
}
