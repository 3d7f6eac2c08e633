package loghelpuse

import (
	"example.com/loghelp"

	"golang.org/x/oauth2"
)

func use(tok *oauth2.Token) {
	loghelp.Debug("token", tok.AccessToken) // want `flow: access token -> log.Printf`
	loghelp.Debug("type", tok.TokenType)    // near miss
}
