// Package demo is a sample under an examples directory: its keys are
// demonstrations (see doc.go).
package demo

import "github.com/golang-jwt/jwt/v5"

func main() {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{})
	t.SignedString([]byte("example-secret")) // near miss: an examples tree
}
