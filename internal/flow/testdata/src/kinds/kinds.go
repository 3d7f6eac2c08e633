package kinds

import (
	"fmt"
	"log"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func streams(tok *oauth2.Token) {
	fmt.Fprintln(os.Stderr, tok.AccessToken) // want `flow: access token -> fmt.Fprintln \(standard error\)`
	fmt.Fprintln(os.Stdout, tok.AccessToken) // want `flow: access token -> fmt.Fprintln \(standard output\)`
	fmt.Println(tok.AccessToken)             // want `flow: access token -> fmt.Println \(standard output\)`
	println("token", tok.RefreshToken)       // want `flow: refresh token -> println \(standard error\)`
	println("type", tok.TokenType)           // near miss
}

// A writer takes the labels of what is printed into it.
func intoWriter(tok *oauth2.Token) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Authorization: Bearer %s", tok.AccessToken)
	log.Print(sb.String()) // want `flow: access token -> log.Print \(log\)`
	var n strings.Builder
	fmt.Fprintf(&n, "token of %d bytes, %T", len(tok.AccessToken), tok)
	log.Print(n.String()) // near miss: the length and the type
}
