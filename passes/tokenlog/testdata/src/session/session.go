package session

import (
	"fmt"
	"log"

	"golang.org/x/oauth2"

	"example.com/logutil"
)

func login(tok *oauth2.Token) {
	logutil.Debug("login", "refresh_token", tok.RefreshToken)             // want `refresh token reaches slog.Debug through logutil.Debug`
	logutil.Debug("login", "token", logutil.Fingerprint(tok.AccessToken)) // near miss
	logutil.Debug("login", "token", logutil.Wrap(tok.AccessToken))        // want `access token reaches slog.Debug through logutil.Debug`
	log.Printf("token %s", logutil.Wrap(tok.TokenType))                   // near miss
}

func printed(tok *oauth2.Token) {
	log.Printf("token: %+v", tok)          // want `a whole \*oauth2.Token reaches log.Printf`
	log.Printf("token: %v", *tok)          // want `a whole \*oauth2.Token reaches log.Printf`
	log.Printf("token: %T", tok)           // near miss
	fmt.Printf("expiry: %v\n", tok.Expiry) // near miss
}
