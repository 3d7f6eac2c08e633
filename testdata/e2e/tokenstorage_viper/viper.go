// Package tokenstorage_viper saves a CLI's login in its viper
// configuration.
package tokenstorage_viper

import (
	"github.com/spf13/viper"
	"golang.org/x/oauth2"
)

// SaveLogin writes the refresh token with viper's default mode 0644.
func SaveLogin(tok *oauth2.Token) error {
	viper.Set("auth.refresh_token", tok.RefreshToken)
	return viper.WriteConfig() // want:tokenstorage
}

// SaveLoginPrivate narrows the mode first.
func SaveLoginPrivate(tok *oauth2.Token) error {
	v := viper.New()
	v.SetConfigPermissions(0o600)
	v.Set("auth.refresh_token", tok.RefreshToken)
	return v.WriteConfigAs("/tmp/config.yaml")
}
