// Package apicoverage imports the libraries the other e2e packages do not
// use, so that internal/model's TestModelMatchesRealLibraries checks the
// model's names against their real APIs too.
package apicoverage

import (
	_ "firebase.google.com/go/v4/auth"
	_ "github.com/MicahParks/keyfunc"
	_ "github.com/MicahParks/keyfunc/v2"
	_ "github.com/coreos/go-oidc"
	_ "github.com/form3tech-oss/jwt-go" // want:jwtlib
	_ "gopkg.in/go-jose/go-jose.v2"     // want:jwtlib
	_ "gopkg.in/go-jose/go-jose.v2/jwt" // reported once per package, at the library's first import
)
