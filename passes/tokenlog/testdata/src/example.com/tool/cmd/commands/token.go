// Package commands holds tokentool's subcommands (under cmd/: a command).
package commands

import (
	"fmt"

	"golang.org/x/oauth2"
)

// PrintToken is the `token` subcommand.
func PrintToken(tok *oauth2.Token) {
	fmt.Printf("%s\n", tok.AccessToken) // the command's output
}
