package a

import (
	jwtgo "github.com/dgrijalva/jwt-go"     // want `^github\.com/dgrijalva/jwt-go is deprecated: dgrijalva/jwt-go is unmaintained and vulnerable \(CVE-2020-26160: audience check bypass\); migrate to github\.com/golang-jwt/jwt/v5$`
	_ "github.com/dgrijalva/jwt-go/request" // the same library: one finding per package
	_ "github.com/form3tech-oss/jwt-go"     // want `^github\.com/form3tech-oss/jwt-go is deprecated: form3tech-oss/jwt-go is an unmaintained fork of dgrijalva/jwt-go; migrate to github\.com/golang-jwt/jwt/v5$`
	. "github.com/gbrlsnchs/jwt/v3"         // want `^github\.com/gbrlsnchs/jwt/v3 is deprecated: gbrlsnchs/jwt is no longer maintained and validates no claim unless asked; migrate to github\.com/golang-jwt/jwt/v5$`
	_ "github.com/go-jose/go-jose/v4"
	_ "github.com/golang-jwt/jwt"    // want `^github\.com/golang-jwt/jwt is deprecated: the v3 import path of golang-jwt gets no fixes \(CVE-2025-30204 is unfixed\); migrate to github\.com/golang-jwt/jwt/v5$`
	_ "github.com/golang-jwt/jwt/v4" // version unknown in GOPATH mode: no diagnostic
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/lestrrat-go/jwx/jwt"    // want `^github\.com/lestrrat-go/jwx/jwt is deprecated: jwx v1 is deprecated by its maintainers and validates no claim by default; migrate to github\.com/lestrrat-go/jwx/v3$`
	_ "github.com/lestrrat-go/jwx/v2/jwt" // want `^github\.com/lestrrat-go/jwx/v2/jwt is deprecated: jwx v2 is deprecated and GHSA-4cf7-xm37-g63h \(claim injection\) is unfixed there; migrate to github\.com/lestrrat-go/jwx/v3$`
	_ "github.com/lestrrat-go/jwx/v3/jwt" // version unknown: no diagnostic
	_ "golang.org/x/oauth2"
	_ "golang.org/x/oauth2/jws"        // want `^golang\.org/x/oauth2/jws is deprecated: it is not for public use, and its Decode does not verify the signature; migrate to github\.com/golang-jwt/jwt/v5 or github\.com/go-jose/go-jose/v4$`
	_ "gopkg.in/go-jose/go-jose.v2"    // want `^gopkg\.in/go-jose/go-jose\.v2 is deprecated: go-jose v2 is no longer supported by its maintainers; migrate to github\.com/go-jose/go-jose/v4$`
	_ "gopkg.in/square/go-jose.v2"     // want `^gopkg\.in/square/go-jose\.v2 is deprecated: square/go-jose\.v2 is unmaintained: without Expected\.Time its Validate skips exp and nbf; migrate to github\.com/go-jose/go-jose/v4$`
	_ "gopkg.in/square/go-jose.v2/jwt" // the same library: one finding per package
)

// The same path again in this file: already reported.
import _ "github.com/dgrijalva/jwt-go"

var _ = jwtgo.X + X
