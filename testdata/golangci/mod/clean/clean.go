// Package clean uses a maintained token library at a fixed version.
package clean

import "github.com/golang-jwt/jwt/v5"

// Method is the signing method.
var Method = jwt.SigningMethodHS256
