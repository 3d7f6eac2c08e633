package model

import "strings"

// Library is one modelled token library at one major version.
type Library struct {
	// ID names the library in messages and configuration, e.g. "golang-jwt/jwt/v5".
	ID string
	// Module is the module path; every package below it belongs to the
	// library. (x/oauth2/jws is modelled as a library of its own: its Module
	// is that package's path inside module golang.org/x/oauth2.)
	Module string
	// Excludes lists module paths nested below Module that are other
	// libraries (jwx v1's module path is a prefix of v2's).
	Excludes []string
	// Family groups the major versions of one library ("golang-jwt").
	Family string
	// Deprecated, when non-empty, says why the library should not be used.
	Deprecated string
	// Replacement names the module to migrate to.
	Replacement string
	// Advisories are vulnerabilities fixed in later versions of the module.
	Advisories []Advisory
	// Claims says how the library's verifying parse validates the
	// registered claims (set in jwtclaims.go), or 0.
	Claims ClaimsRule
}

// Advisory is a vulnerability of a module fixed in version Fixed.
type Advisory struct {
	ID      string // "CVE-2024-51744"
	Fixed   string // semantic version that fixes it, e.g. "v4.5.1"
	Summary string // what goes wrong, in a few words
}

var (
	golangJWTv5 = &Library{ID: "golang-jwt/jwt/v5", Module: "github.com/golang-jwt/jwt/v5", Family: "golang-jwt",
		Advisories: []Advisory{
			{ID: "CVE-2025-30204", Fixed: "v5.2.2", Summary: "memory exhaustion"},
		}}
	golangJWTv4 = &Library{ID: "golang-jwt/jwt/v4", Module: "github.com/golang-jwt/jwt/v4", Family: "golang-jwt",
		Advisories: []Advisory{
			{ID: "CVE-2024-51744", Fixed: "v4.5.1", Summary: "claims checked before the signature"},
			{ID: "CVE-2025-30204", Fixed: "v4.5.2", Summary: "memory exhaustion"},
		}}
	golangJWTv3 = &Library{ID: "golang-jwt/jwt (v3)", Module: "github.com/golang-jwt/jwt", Family: "golang-jwt",
		Excludes:    []string{"github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v6"},
		Deprecated:  "the v3 import path of golang-jwt gets no fixes (CVE-2025-30204 is unfixed)",
		Replacement: "github.com/golang-jwt/jwt/v5"}
	dgrijalva = &Library{ID: "dgrijalva/jwt-go", Module: "github.com/dgrijalva/jwt-go", Family: "golang-jwt",
		Deprecated:  "dgrijalva/jwt-go is unmaintained and vulnerable (CVE-2020-26160: audience check bypass)",
		Replacement: "github.com/golang-jwt/jwt/v5"}
	form3tech = &Library{ID: "form3tech-oss/jwt-go", Module: "github.com/form3tech-oss/jwt-go", Family: "golang-jwt",
		Deprecated:  "form3tech-oss/jwt-go is an unmaintained fork of dgrijalva/jwt-go",
		Replacement: "github.com/golang-jwt/jwt/v5"}

	jwxV1 = &Library{ID: "lestrrat-go/jwx (v1)", Module: "github.com/lestrrat-go/jwx", Family: "jwx",
		Excludes:    []string{"github.com/lestrrat-go/jwx/v2", "github.com/lestrrat-go/jwx/v3", "github.com/lestrrat-go/jwx/v4"},
		Deprecated:  "jwx v1 is deprecated by its maintainers and validates no claim by default",
		Replacement: "github.com/lestrrat-go/jwx/v3"}
	jwxV2 = &Library{ID: "lestrrat-go/jwx/v2", Module: "github.com/lestrrat-go/jwx/v2", Family: "jwx",
		Deprecated:  "jwx v2 is deprecated and GHSA-4cf7-xm37-g63h (claim injection) is unfixed there",
		Replacement: "github.com/lestrrat-go/jwx/v3"}
	jwxV3 = &Library{ID: "lestrrat-go/jwx/v3", Module: "github.com/lestrrat-go/jwx/v3", Family: "jwx",
		Advisories: []Advisory{
			{ID: "GHSA-4cf7-xm37-g63h", Fixed: "v3.3.0", Summary: "claim injection"},
		}}
	jwxV4 = &Library{ID: "lestrrat-go/jwx/v4", Module: "github.com/lestrrat-go/jwx/v4", Family: "jwx",
		Advisories: []Advisory{
			{ID: "GHSA-4cf7-xm37-g63h", Fixed: "v4.5.0", Summary: "claim injection"},
		}}

	goJoseV4 = &Library{ID: "go-jose/go-jose/v4", Module: "github.com/go-jose/go-jose/v4", Family: "go-jose",
		Advisories: []Advisory{
			{ID: "CVE-2025-27144", Fixed: "v4.0.5", Summary: "memory exhaustion"},
		}}
	goJoseV3 = &Library{ID: "go-jose/go-jose/v3", Module: "github.com/go-jose/go-jose/v3", Family: "go-jose",
		Advisories: []Advisory{
			{ID: "CVE-2025-27144", Fixed: "v3.0.4", Summary: "memory exhaustion"},
		}}
	squareJose = &Library{ID: "square/go-jose.v2", Module: "gopkg.in/square/go-jose.v2", Family: "go-jose",
		Deprecated:  "square/go-jose.v2 is unmaintained: without Expected.Time its Validate skips exp and nbf",
		Replacement: "github.com/go-jose/go-jose/v4"}
	goJoseV2 = &Library{ID: "go-jose/go-jose.v2", Module: "gopkg.in/go-jose/go-jose.v2", Family: "go-jose",
		Deprecated:  "go-jose v2 is no longer supported by its maintainers",
		Replacement: "github.com/go-jose/go-jose/v4"}

	goOIDC   = &Library{ID: "coreos/go-oidc/v3", Module: "github.com/coreos/go-oidc/v3", Family: "go-oidc"}
	goOIDCv2 = &Library{ID: "coreos/go-oidc (v2)", Module: "github.com/coreos/go-oidc", Family: "go-oidc",
		Excludes: []string{"github.com/coreos/go-oidc/v3"}}

	oauth2 = &Library{ID: "x/oauth2", Module: "golang.org/x/oauth2", Family: "oauth2"}
	// oauth2JWS is a package of the x/oauth2 module, modelled as a library of
	// its own because it alone is deprecated.
	oauth2JWS = &Library{ID: "x/oauth2/jws", Module: "golang.org/x/oauth2/jws", Family: "oauth2",
		Deprecated:  "it is not for public use, and its Decode does not verify the signature",
		Replacement: "github.com/golang-jwt/jwt/v5 or github.com/go-jose/go-jose/v4"}

	idtoken    = &Library{ID: "google.golang.org/api/idtoken", Module: "google.golang.org/api/idtoken", Family: "idtoken"}
	firebaseV4 = &Library{ID: "firebase auth", Module: "firebase.google.com/go/v4/auth", Family: "firebase"}
	firebaseV3 = &Library{ID: "firebase auth (v3)", Module: "firebase.google.com/go/auth", Family: "firebase"}

	kataras     = &Library{ID: "kataras/jwt", Module: "github.com/kataras/jwt", Family: "kataras"}
	cristalhqV4 = &Library{ID: "cristalhq/jwt/v4", Module: "github.com/cristalhq/jwt/v4", Family: "cristalhq"}
	cristalhqV5 = &Library{ID: "cristalhq/jwt/v5", Module: "github.com/cristalhq/jwt/v5", Family: "cristalhq"}
	gbrlsnchs   = &Library{ID: "gbrlsnchs/jwt/v3", Module: "github.com/gbrlsnchs/jwt/v3", Family: "gbrlsnchs",
		Deprecated:  "gbrlsnchs/jwt is no longer maintained and validates no claim unless asked",
		Replacement: "github.com/golang-jwt/jwt/v5"}

	keyfuncV1 = &Library{ID: "MicahParks/keyfunc", Module: "github.com/MicahParks/keyfunc", Family: "keyfunc",
		Excludes: []string{"github.com/MicahParks/keyfunc/v2", "github.com/MicahParks/keyfunc/v3"}}
	keyfuncV2 = &Library{ID: "MicahParks/keyfunc/v2", Module: "github.com/MicahParks/keyfunc/v2", Family: "keyfunc"}
	keyfuncV3 = &Library{ID: "MicahParks/keyfunc/v3", Module: "github.com/MicahParks/keyfunc/v3", Family: "keyfunc"}
)

// Libraries lists every modelled library.
var libraries = []*Library{
	golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech,
	jwxV1, jwxV2, jwxV3, jwxV4,
	goJoseV4, goJoseV3, squareJose, goJoseV2,
	goOIDC, goOIDCv2,
	oauth2JWS, oauth2,
	idtoken, firebaseV4, firebaseV3,
	kataras, cristalhqV4, cristalhqV5, gbrlsnchs,
	keyfuncV1, keyfuncV2, keyfuncV3,
}

// hasParserOptions reports whether a golang-jwt library has ParserOptions
// (WithValidMethods, NewParser, WithoutClaimsValidation, the ErrToken*
// errors): v5 and v4, not the v3 paths.
func (l *Library) hasParserOptions() bool { return l == golangJWTv5 || l == golangJWTv4 }

// claimsTypes returns the claims types of a golang-jwt library that carry
// Valid and Verify* methods: v4 has RegisteredClaims, the v3 paths only
// MapClaims and StandardClaims, v5 none.
func claimsTypes(l *Library) []string {
	switch l {
	case golangJWTv5:
		return nil
	case golangJWTv4:
		return []string{"MapClaims", "StandardClaims", "RegisteredClaims"}
	}
	return []string{"MapClaims", "StandardClaims"}
}

// Libraries returns every modelled library. The slice must not be modified.
func Libraries() []*Library { return libraries }

// LibraryOf returns the library the package with the given (canonical)
// import path belongs to, or nil. The most specific module wins.
func LibraryOf(path string) *Library {
	var best *Library
	for _, lib := range libraries {
		if path != lib.Module && !(len(path) > len(lib.Module) && path[len(lib.Module)] == '/' && strings.HasPrefix(path, lib.Module)) {
			continue
		}
		excluded := false
		for _, ex := range lib.Excludes {
			if path == ex || strings.HasPrefix(path, ex+"/") {
				excluded = true
				break
			}
		}
		if !excluded && (best == nil || len(lib.Module) > len(best.Module)) {
			best = lib
		}
	}
	return best
}

// familyHas reports whether a library of the family satisfies pred.
// Facts exported across packages carry a parse's family, not its library.
func familyHas(family string, pred func(*Library) bool) bool {
	for _, lib := range libraries {
		if lib.Family == family && pred(lib) {
			return true
		}
	}
	return false
}

// ProbesWithInsecureVerifier reports whether the family's verifier can be
// configured to skip the signature check and still be asked whether a
// string has the shape of a token (go-oidc
// Config{InsecureSkipSignatureCheck: true}): a function whose verifications
// all discard the token only probes that shape.
func ProbesWithInsecureVerifier(family string) bool {
	return familyHas(family, func(l *Library) bool { return l == goOIDC || l == goOIDCv2 })
}

// ExpiredErrorMayHideForgery reports whether the family's parse error can
// say "expired" for a token whose signature is also invalid, so that code
// accepting a token on that error must first rule out signature errors
// (golang-jwt before v4.5.1, CVE-2024-51744, and its forks; the rule is
// applied to every version of the family).
func ExpiredErrorMayHideForgery(family string) bool {
	return familyHas(family, func(l *Library) bool { return l.Family == golangJWTv5.Family })
}
