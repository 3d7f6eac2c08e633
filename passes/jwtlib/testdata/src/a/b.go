package a

// Each file's import is reported.
import _ "github.com/dgrijalva/jwt-go" // want `^github\.com/dgrijalva/jwt-go is deprecated`

import "fmt"

var _ = fmt.Sprint
