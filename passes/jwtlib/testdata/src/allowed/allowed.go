package allowed

// Run with -allow=github.com/dgrijalva/jwt-go,gopkg.in/square/go-jose.v2.
import (
	_ "github.com/dgrijalva/jwt-go"
	_ "github.com/dgrijalva/jwt-go/request"
	_ "github.com/form3tech-oss/jwt-go" // want `^github\.com/form3tech-oss/jwt-go is deprecated`
	_ "gopkg.in/square/go-jose.v2/jwt"
)
