package use

import (
	"lib"

	"golang.org/x/oauth2"
)

func a(tok *oauth2.Token, cfg *oauth2.Config) {
	lib.Debug("token", lib.Bearer(tok))  // want `flow: access token -> log.Printf`
	lib.Debug("secret", lib.Secret(cfg)) // want `flow: client secret -> log.Printf`
	lib.Debug("plain", lib.Plain("x"))   // near miss
	lib.Debug("expiry", tok.Expiry)      // near miss
}
