package lib // want package:`hasSummaries`

import (
	"log"

	"golang.org/x/oauth2"
)

func Bearer(tok *oauth2.Token) string { // want Bearer:`flow\(result 0: access token\)`
	return "Bearer " + tok.AccessToken
}

func Secret(cfg *oauth2.Config) string { // want Secret:`flow\(result 0: client secret\)`
	return cfg.ClientSecret
}

func Debug(msg string, v any) { // want Debug:`flow\(param 0 -> log log.Printf; param 1 -> log log.Printf\)`
	log.Printf("%s: %v", msg, v)
}

func Plain(s string) string { return s + "x" } // want Plain:`flow\(param 0 -> result 0\)`
