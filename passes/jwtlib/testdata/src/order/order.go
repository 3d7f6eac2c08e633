package order

import _ "github.com/dgrijalva/jwt-go" // want `^github\.com/dgrijalva/jwt-go is deprecated`
