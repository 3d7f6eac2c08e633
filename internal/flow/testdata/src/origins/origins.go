// Package origins uses a key sink: the engine walks each key back to its
// origins (Result.Origins), for hardcodedsecret.
package origins

import (
	"cmp"
	"errors"
	"flag"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

type config struct{ Secret string }

func withPrefix(s string) string { return "prefix-" + s }

func contextual(t *jwt.Token, cfg *config) {
	t.SignedString(withPrefix(cfg.Secret)) // want `origins: const:16 part, field:19`
	withPrefix("not-a-key")                // near miss: another call's argument
}

func inner(s string) string { return s }

func outer(s string) string { return inner(s) }

func nested(t *jwt.Token) {
	t.SignedString(outer("nested-key"))   // want `origins: const:28$`
	t.SignedString(outer(os.Getenv("K"))) // want `origins: call:29$`
}

func switched(t *jwt.Token, env string) {
	var key string
	switch env {
	case "dev":
		key = "dev-key"
	case "prod":
		key = os.Getenv("KEY")
	default:
		return
	}
	t.SignedString([]byte(key)) // want `origins: call:38 alt, const:36 alt$`
}

func fallback(t *jwt.Token) {
	t.SignedString(cmp.Or(os.Getenv("K"), "fallback-key")) // want `origins: call:46 alt, const:46 alt$`
}

func flagged(t *jwt.Token) {
	var key string
	flag.StringVar(&key, "key", "flag-default", "")
	t.SignedString(key) // want `origins: $`
}

func captured(t *jwt.Token) {
	key := "captured-key"
	f := func() { t.SignedString(key) } // want `origins: const:56$`
	f()
}

func sign(t *jwt.Token, k string) { t.SignedString(k) } // want `origins: const:64, field:65$`

func callers(t *jwt.Token, cfg *config) {
	sign(t, "caller-key")
	sign(t, cfg.Secret)
}

var (
	pkgKey    = "package-key"
	rewritten = "rewritten-key"
	unset     string
)

// rewritten is assigned here: its declaration's value is not its only one.
func rewrite(cfg *config) { rewritten = cfg.Secret }

func globals(t *jwt.Token) {
	t.SignedString(pkgKey)    // want `origins: const:69$`
	t.SignedString(rewritten) // want `origins: $`
	t.SignedString(unset)     // want `origins: global:80$`
}

func load() (string, error) {
	if k := os.Getenv("K"); k != "" {
		return k, nil
	}
	return "error-path", errors.New("no key")
}

func errorPath(t *jwt.Token) {
	k, _ := load()
	t.SignedString(k) // want `origins: call:84$`
}

func short(t *jwt.Token) {
	t.SignedString(make([]byte, 16)) // want `origins: make:96$`
}

type server struct{ cfg *config }

func (s *server) keyfunc(*jwt.Token) (any, error) { return []byte(s.cfg.Secret), nil }

func keyfuncs(tok string, s *server) {
	jwt.Parse(tok, func(*jwt.Token) (any, error) { return []byte("literal-key"), nil }) // want `origins: const:104$`
	jwt.Parse(tok, s.keyfunc)                                                           // want `origins: field:101$`
	kf := func(t *jwt.Token) (any, error) {
		if t.Method == nil {
			return "error-path", errors.New("unexpected method")
		}
		return pkgKey, nil
	}
	jwt.Parse(tok, kf) // want `origins: const:69$`
}

type settings struct{ Key, Name string }

func (s *settings) fill() {
	if s.Key == "" {
		s.Key = "field-fallback"
	}
	if s.Name == "" {
		s.Key = "not-its-own-check"
	}
}

func (s *settings) sign(t *jwt.Token) {
	t.SignedString(s.Key) // want `origins: const:119 alt, field:127$`
}
