// Package jwtlib defines an Analyzer that reports imports of deprecated or
// vulnerable token libraries.
//
// # Analyzer jwtlib
//
// jwtlib: report imports of deprecated or vulnerable token libraries
//
// jwtlib reports, at the import, each package of a token library that its
// maintainers have deprecated or that has a vulnerability with no fix on its
// import path, and names the replacement: github.com/dgrijalva/jwt-go,
// github.com/form3tech-oss/jwt-go, github.com/golang-jwt/jwt (the v3 path),
// github.com/lestrrat-go/jwx (v1) and github.com/lestrrat-go/jwx/v2,
// gopkg.in/square/go-jose.v2, gopkg.in/go-jose/go-jose.v2,
// github.com/gbrlsnchs/jwt/v3 and golang.org/x/oauth2/jws.
//
// Where the version the module requires is known (from its go.mod), it also
// reports imports of a library version with a known vulnerability fixed
// later: golang-jwt v4 before v4.5.1 (CVE-2024-51744), v5 before v5.2.2 and
// v4 before v4.5.2 (CVE-2025-30204).
//
// The -allow flag takes a comma-separated list of module paths a team has
// decided to keep.
package jwtlib
