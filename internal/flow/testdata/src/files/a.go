package files // want package:`hasSummaries`

// Only the files that use a source, and those declaring what they call,
// get function bodies.

import "golang.org/x/oauth2"

func Use(tok *oauth2.Token) {
	show(tok.AccessToken)
}

func Get(tok *oauth2.Token) string { return tok.AccessToken } // want Get:`flow\(result 0: access token\)`
