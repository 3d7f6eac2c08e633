package oauthcfg

import (
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

const clientSecret = "GOCSPX-abcdefghijklmnop" // want `hard-coded OAuth2 client secret reaches oauth2.Config.ClientSecret; load it from configuration or a secret manager`

var conf = oauth2.Config{ClientID: "app", ClientSecret: clientSecret}

func public() *oauth2.Config {
	return &oauth2.Config{ClientID: "cli", ClientSecret: ""} // near miss: a public client
}

func fromEnv() *oauth2.Config {
	return &oauth2.Config{ClientID: "app", ClientSecret: os.Getenv("CLIENT_SECRET")} // near miss
}

func machine() *clientcredentials.Config {
	return &clientcredentials.Config{ClientID: "svc", ClientSecret: "cc-secret-literal"} // want `hard-coded OAuth2 client secret reaches clientcredentials.Config.ClientSecret`
}

func assigned(c *oauth2.Config) {
	c.ClientSecret = "assigned-secret-literal" // want `hard-coded OAuth2 client secret reaches oauth2.Config.ClientSecret`
	c.ClientID = "client-id-is-public"         // near miss: not a secret
}

func localSecret(c *oauth2.Config) {
	secret := "local-client-secret-literal" // want `hard-coded OAuth2 client secret reaches oauth2.Config.ClientSecret`
	c.ClientSecret = secret
	env := os.Getenv("CLIENT_SECRET")
	c.ClientSecret = env // near miss: from the environment
}
