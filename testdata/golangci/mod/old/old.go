// Package old uses a deprecated token library.
package old

import (
	"fmt"

	jwt "github.com/dgrijalva/jwt-go"
)

// Method is the signing method.
var Method = jwt.SigningMethodHS256

func Name() string { return fmt.Sprint(Method.Alg()) }
