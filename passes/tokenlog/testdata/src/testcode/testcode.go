package testcode

import (
	"log"
	"testing"

	"golang.org/x/oauth2"
)

// checkToken is test support code: it takes a *testing.T.
func checkToken(t *testing.T, tok *oauth2.Token) {
	log.Printf("token %s", tok.AccessToken) // test code: not reported
	func() {
		log.Printf("token %s", tok.RefreshToken) // test code: not reported
	}()
}

func serve(tok *oauth2.Token) {
	log.Printf("token %s", tok.AccessToken) // want `access token reaches log.Printf`
}
