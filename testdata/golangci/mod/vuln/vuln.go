// Package vuln uses a version of a token library with known vulnerabilities.
package vuln

import "github.com/golang-jwt/jwt/v4"

// Method is the signing method.
var Method = jwt.SigningMethodHS256
