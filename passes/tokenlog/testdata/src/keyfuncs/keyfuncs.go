// Package keyfuncs uses no source but the *jwt.Token type: it is followed.
package keyfuncs

import (
	"log"

	"github.com/golang-jwt/jwt/v5"
)

func Keyfunc(token *jwt.Token) (any, error) {
	log.Printf("Token: %+v", token)           // want `signed JWT reaches log.Printf`
	log.Printf("alg: %v", token.Method.Alg()) // near miss
	return []byte("k"), nil
}
