package viperkeys

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/viper"
)

func init() {
	viper.SetDefault("jwt_secret", "random") // want `hard-coded default of configuration key "jwt_secret" reaches \(\*jwt.Token\).SignedString as the key; require the key to be configured instead`
	viper.SetDefault("jwt_ttl", "1h")
	viper.SetDefault("refresh_secret", "") // near miss: an empty default is checked where it is read
}

func sign(t *jwt.Token) (string, error) {
	return t.SignedString([]byte(viper.GetString("JWT_SECRET")))
}

func signRefresh(t *jwt.Token) (string, error) {
	return t.SignedString([]byte(viper.GetString("refresh_secret"))) // near miss: empty default
}

func instance(t *jwt.Token) (string, error) {
	v := viper.New()
	v.SetDefault("other_secret", "instance-default")
	// near miss: the global instance's key, not v's
	return t.SignedString([]byte(viper.GetString("other_secret")))
}

func instanceKey(t *jwt.Token) (string, error) {
	v := viper.New()
	v.SetDefault("inst_secret", "instance-default-secret") // want `hard-coded default of configuration key "inst_secret"`
	return t.SignedString([]byte(v.GetString("inst_secret")))
}

func twoInstances(t *jwt.Token) (string, error) {
	v, w := viper.New(), viper.New()
	v.SetDefault("two_secret", "first-instance-default")
	return t.SignedString([]byte(w.GetString("two_secret"))) // near miss: another instance
}

type server struct{ conf, other *viper.Viper }

func newServer() *server {
	s := &server{conf: viper.New(), other: viper.New()}
	def := "field-instance-default-secret" // want `hard-coded default of configuration key "session_secret"`
	s.conf.SetDefault("session_secret", def)
	s.other.SetDefault("api_secret", "other-instance-default-secret")
	return s
}

func (s *server) sign(t *jwt.Token) (string, error) {
	return t.SignedString([]byte(s.conf.GetString("session_secret")))
}

func (s *server) signAPI(t *jwt.Token) (string, error) {
	return t.SignedString([]byte(s.conf.GetString("api_secret"))) // near miss: set on the other field's instance
}
