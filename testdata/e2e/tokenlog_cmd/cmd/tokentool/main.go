// Command tokentool prints an access token for scripts:
// export TOKEN=$(tokentool).
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"golang.org/x/oauth2/clientcredentials"
)

func main() {
	conf := &clientcredentials.Config{
		ClientID:     os.Getenv("CLIENT_ID"),
		ClientSecret: os.Getenv("CLIENT_SECRET"),
		TokenURL:     "https://auth.example.com/token",
	}
	tok, err := conf.Token(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	if os.Getenv("DEBUG") != "" {
		fmt.Fprintf(os.Stderr, "debug: token %s\n", tok.AccessToken) // want:tokenlog
		log.Printf("client secret %s", conf.ClientSecret)            // want:tokenlog
	}
	fmt.Println(tok.AccessToken) // the command's output, not logging
}
