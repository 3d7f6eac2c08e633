// Command tokentool prints a token: export TOKEN=$(tokentool).
package main

import (
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2"
)

var tok = &oauth2.Token{}

func main() {
	fmt.Println(tok.AccessToken)                       // the command's output
	fmt.Fprintln(os.Stdout, tok.RefreshToken)          // the command's output
	fmt.Fprintln(os.Stderr, "debug:", tok.AccessToken) // want `access token reaches fmt.Fprintln: print a redacted form`
	log.Print("token ", tok.AccessToken)               // want `access token reaches log.Print`
	println("token", tok.AccessToken)                  // want `access token reaches println: print a redacted form`
	if tok.AccessToken == "" {
		panic("no token " + tok.RefreshToken) // want `refresh token reaches panic`
	}
}
