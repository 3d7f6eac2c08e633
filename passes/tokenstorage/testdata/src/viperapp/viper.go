package viperapp

import (
	"github.com/spf13/viper"
	"golang.org/x/oauth2"
)

func save(tok *oauth2.Token) error {
	viper.Set("auth.token", tok.AccessToken)
	viper.Set("auth.expiry", tok.Expiry)
	return viper.WriteConfig() // want `viper.WriteConfig writes a configuration holding a token \(access token\) with viper's default mode 0644, readable by other users; call SetConfigPermissions\(0o600\) first`
}

func saveInstance(tok *oauth2.Token) error {
	v := viper.New()
	v.Set("refresh", tok.RefreshToken)
	if err := v.WriteConfigAs("/tmp/c.yaml"); err != nil { // want `\(\*viper.Viper\).WriteConfigAs writes a configuration holding a token \(refresh token\)`
		return err
	}
	w := viper.New()
	w.Set("refresh", tok.RefreshToken)
	w.SetConfigPermissions(0o600)
	return w.WriteConfigAs("/tmp/d.yaml") // near miss: 0600
}

func saveOther(tok *oauth2.Token) error {
	v := viper.New()
	v.Set("expiry", tok.Expiry)
	return v.WriteConfig() // near miss: no token
}
