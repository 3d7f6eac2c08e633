module example.com/app

go 1.22

require (
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	github.com/go-jose/go-jose/v4 v4.1.9
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/lestrrat-go/jwx/v3 v3.2.0
	golang.org/x/oauth2 v0.30.0
)

// The replacement fixes CVE-2025-30204.
replace github.com/golang-jwt/jwt/v5 => github.com/golang-jwt/jwt/v5 v5.2.2
