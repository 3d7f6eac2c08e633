package minted

import (
	"log"

	"github.com/golang-jwt/jwt/v5"
)

func mint(key []byte, parsed *jwt.Token) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "alice"})
	s, err := tok.SignedString(key)
	if err != nil {
		return "", err
	}
	log.Printf("minted %s", s)                 // want `signed JWT reaches log.Printf`
	log.Printf("minted %d bytes", len(s))      // near miss
	log.Printf("parsed %s", parsed.Raw)        // want `signed JWT reaches log.Printf`
	log.Printf("alg %v", parsed.Header["alg"]) // near miss
	return s, nil
}

// A keyfunc that prints the whole token it is given prints its Raw.
func keyfunc(token *jwt.Token) (any, error) {
	log.Printf("Token: %+v", token)           // want `signed JWT reaches log.Printf`
	log.Printf("alg: %v", token.Method.Alg()) // near miss
	return []byte("k"), nil
}
