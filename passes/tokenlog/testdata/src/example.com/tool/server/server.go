// Package server is not a command: printing a token is logging it.
package server

import (
	"fmt"

	"golang.org/x/oauth2"
)

// Serve prints the token (near miss of commands.PrintToken).
func Serve(tok *oauth2.Token) {
	fmt.Printf("%s\n", tok.AccessToken) // want `access token reaches fmt.Printf`
}
