package app

import (
	_ "github.com/dgrijalva/jwt-go"          // want `^github\.com/dgrijalva/jwt-go is deprecated`
	_ "github.com/go-jose/go-jose/v4"        // v4.1.9: no advisory
	_ "github.com/golang-jwt/jwt/v4"         // want `^github\.com/golang-jwt/jwt/v4 v4\.5\.0 is vulnerable to CVE-2024-51744 \(claims checked before the signature\) and CVE-2025-30204 \(memory exhaustion\); upgrade to v4\.5\.2 or later$`
	_ "github.com/golang-jwt/jwt/v4/request" // the same module: one finding per package
	_ "github.com/golang-jwt/jwt/v5"         // v5.2.1 replaced by v5.2.2: fixed
	_ "github.com/lestrrat-go/jwx/v3/jwt"    // want `^github\.com/lestrrat-go/jwx/v3 v3\.2\.0 is vulnerable to GHSA-4cf7-xm37-g63h \(claim injection\); upgrade to v3\.3\.0 or later$`
	_ "golang.org/x/oauth2"
	_ "golang.org/x/oauth2/jws" // want `^golang\.org/x/oauth2/jws is deprecated`
)
