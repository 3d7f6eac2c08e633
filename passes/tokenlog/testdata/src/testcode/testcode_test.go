package testcode

import (
	"log"
	"testing"

	"golang.org/x/oauth2"
)

func TestToken(t *testing.T) {
	tok := &oauth2.Token{AccessToken: "x"}
	log.Printf("token %s", tok.AccessToken) // a _test.go file: not reported
	checkToken(t, tok)
}

func helper(tok *oauth2.Token) {
	log.Printf("token %s", tok.AccessToken) // a _test.go file: not reported
}
