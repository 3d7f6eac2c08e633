package shapes

import (
	"fmt"
	"log"
	"net/http"
	"strings"

	"golang.org/x/oauth2"
)

// Loops and switches: the label survives the phi.
func loop(toks []*oauth2.Token) {
	var all []string
	for _, t := range toks {
		all = append(all, t.AccessToken)
	}
	log.Println(strings.Join(all, ",")) // want `flow: access token -> log.Println`

	var exp []string
	for _, t := range toks {
		exp = append(exp, t.Expiry.String())
	}
	log.Println(exp) // near miss: expiries
}

func sw(tok *oauth2.Token, kind int) {
	var s string
	switch kind {
	case 0:
		s = tok.AccessToken
	case 1:
		s = tok.TokenType
	default:
		s = "none"
	}
	log.Print(s) // want `flow: access token -> log.Print`

	var t string
	switch kind {
	case 0:
		t = tok.TokenType
	default:
		t = "none"
	}
	log.Print(t) // near miss
}

// Method values.
type logger struct{ prefix string }

func (l *logger) Logf(format string, args ...any) { log.Printf(l.prefix+format, args...) }

func methodValue(tok *oauth2.Token) {
	l := &logger{prefix: "x"}
	logf := l.Logf
	logf("token %s", tok.RefreshToken) // want `flow: refresh token -> log.Printf`
	logf("expiry %s", tok.Expiry)      // near miss
	p := log.Printf
	p("%s", tok.AccessToken) // want `flow: access token -> log.Printf`
}

// Interface calls resolve to the package's implementations.
type sink interface{ Put(s string) }

type logSink struct{}

func (logSink) Put(s string) { log.Println(s) }

type nopSink struct{}

func (nopSink) Put(s string) {}

func iface(s sink, tok *oauth2.Token) {
	s.Put(tok.AccessToken) // want `flow: access token -> log.Println`
	s.Put("constant")      // near miss
}

// Maps and channels.
func maps(tok *oauth2.Token) {
	m := map[string]string{}
	m["t"] = tok.AccessToken
	log.Println(m) // want `flow: access token -> log.Println`
	n := map[string]string{"e": tok.Expiry.String()}
	log.Println(n) // near miss

	ch := make(chan string, 1)
	ch <- tok.AccessToken
	log.Println(<-ch) // want `flow: access token -> log.Println`
}

// Option slices and variadic helpers.
func args(tok *oauth2.Token) {
	vs := []any{"token", tok.AccessToken}
	log.Println(vs...) // want `flow: access token -> log.Println`
	ws := []any{"expiry", tok.Expiry}
	log.Println(ws...) // near miss
}

// Struct fields through methods of the same type.
type client struct {
	tok  string
	name string
}

func newClient(tok *oauth2.Token) *client { return &client{tok: tok.AccessToken, name: "c"} }

func (c *client) show() {
	log.Println(c.name) // near miss
	log.Println(c.tok)  // want `flow: access token -> log.Println`
}

// Hashing and comparison sanitize.
func sanitized(r *http.Request, want string) {
	h := r.Header.Get("Authorization")
	log.Println(h == want)                       // near miss
	log.Println(fmt.Sprintf("%T", h))            // near miss
	log.Println(strings.HasPrefix(h, "Bearer ")) // near miss
	log.Printf("%d %s", len(h), "x")             // near miss
	log.Printf("%q", h)                          // want `flow: Authorization header -> log.Printf`
}

// Closures capture by reference.
func captured(tok *oauth2.Token) func() {
	var s string
	f := func() { log.Println(s) } // want `flow: access token -> log.Println`
	s = tok.AccessToken
	return f
}
