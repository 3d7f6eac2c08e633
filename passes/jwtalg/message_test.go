package jwtalg

import (
	"strings"
	"testing"

	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/msgtest"
)

// TestKeyfuncMessageLength checks that the keyfunc message stays within
// msgtest.MaxLen for the longest display names and qualifiers of the real
// golang-jwt API, in every variant: the testdata cannot hold them all.
func TestKeyfuncMessageLength(t *testing.T) {
	names := []string{"jwt.Parse", "(*jwt.Parser).ParseWithClaims", "request.ParseFromRequestWithClaims"}
	quals := []string{"", "jwt.", "jwtgo."}
	parses := []*model.KeyfuncParse{
		{HasOptions: true, Options: 3},
		{HasOptions: true, Options: -1},
		{HasOptions: true, Options: 4, Request: true},
		{HasOptions: false, Options: -1},
	}
	kindSets := []struct {
		kinds       []string
		publicBytes bool
	}{
		{[]string{"hmac"}, false},
		{[]string{"hmac"}, true},
		{[]string{"rsa", "hmac"}, false},
		{nil, false},
	}
	n := 0
	for _, name := range names {
		for _, qual := range quals {
			for _, kp := range parses {
				for _, ks := range kindSets {
					var algs []string
					if len(ks.kinds) == 1 && !ks.publicBytes {
						algs = kindAlgs[ks.kinds[0]]
					}
					msg := keyfuncMessage(name, qual, kp, ks.kinds, ks.publicBytes, algs)
					n++
					if len(msg) > msgtest.MaxLen || strings.Contains(msg, "\n") {
						t.Errorf("message of %d characters, more than %d: %s", len(msg), msgtest.MaxLen, msg)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no message checked")
	}
}
