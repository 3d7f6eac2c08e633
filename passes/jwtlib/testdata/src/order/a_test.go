package order

// A test file sorts before order.go, yet the package's own file is where
// the finding goes, in the package and in its test variant alike.
import _ "github.com/dgrijalva/jwt-go"
