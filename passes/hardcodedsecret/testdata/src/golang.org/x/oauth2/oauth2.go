// Package oauth2 is a stub of golang.org/x/oauth2.
package oauth2

type Config struct {
	ClientID     string
	ClientSecret string
	RedirectURL  string
}
