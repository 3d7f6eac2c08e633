package related

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/spf13/viper"
)

var key = []byte("package-level-secret-0123456789abc") // want `hard-coded key`

func sign(t *jwt.Token) {
	t.SignedString(key)
}

func parse(s string) {
	jwt.Parse(s, func(*jwt.Token) (any, error) { return []byte("keyfunc-secret-0123456789abcdefghij"), nil }) // want `hard-coded key`
}

func configured(t *jwt.Token) {
	viper.SetDefault("secret", "default-secret") // want `hard-coded default`
	t.SignedString([]byte(viper.GetString("secret")))
}
