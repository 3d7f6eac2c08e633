package vipersafe

import (
	"github.com/spf13/viper"
	"golang.org/x/oauth2"
)

func init() {
	viper.SetConfigPermissions(0o600)
}

func save(tok *oauth2.Token) error {
	viper.Set("auth.token", tok.AccessToken)
	return viper.SafeWriteConfig() // near miss: permissions set
}
