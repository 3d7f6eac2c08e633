// Package suplater imports a deprecated library in two files; the one
// finding of the package goes at a.go's import, yet the directive written
// at the import in b.go silences it (and so is not unused).
package suplater

import _ "github.com/dgrijalva/jwt-go"
