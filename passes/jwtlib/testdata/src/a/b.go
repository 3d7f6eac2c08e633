package a

// Another file of the package: reported once, in a.go.
import _ "github.com/dgrijalva/jwt-go"

import "fmt"

var _ = fmt.Sprint
