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
// github.com/gbrlsnchs/jwt/v3 and golang.org/x/oauth2/jws. Subpackages
// (github.com/dgrijalva/jwt-go/request) are reported too, and so are imports
// in packages that do not type-check. Each library is reported once per
// package, at its first import in the package's own files (before its
// _test.go files), however many files or subpackages import it: the
// remedy, upgrading or migrating, is one change for the whole package. A
// //tokenvet:ignore directive at any import of the library in the package
// silences that finding.
//
// Where the version the module requires is known, it also reports imports of
// a library version with a known vulnerability fixed later, naming every
// advisory that applies and the version that fixes them all: golang-jwt v4
// before v4.5.1 (CVE-2024-51744), v5 before v5.2.2 and v4 before v4.5.2
// (CVE-2025-30204), and jwx v3 before v3.3.0 (GHSA-4cf7-xm37-g63h). The
// version is read from the go.mod of the analyzed package's module, the
// nearest go.mod above its files: the require directive of the module that
// provides the import, as changed by a replace directive to another version
// of the same module. The version is unknown, and only deprecations are
// reported, when the module is not known (GOPATH mode, Bazel's nogo), has no
// such go.mod or directive, or is replaced by a directory or another module.
//
// The message names each advisory with a few words; what they mean:
// CVE-2024-51744 (golang-jwt v4 before v4.5.1): claims are validated before
// the signature, so an expired-token error can hide an invalid signature
// from code that only checks for the expiry error. CVE-2025-30204 (golang-jwt
// v5 before v5.2.2, v4 before v4.5.2, and the v3 path, unfixed) and
// CVE-2025-27144 (go-jose before v4.0.5 and v3.0.4): excessive memory
// allocation while parsing a token with many periods, a denial of service.
// GHSA-4cf7-xm37-g63h (jwx v3 before v3.3.0, and v2, unfixed): custom claim
// and header names are not JSON-escaped, allowing claim injection.
// CVE-2020-26160 (dgrijalva/jwt-go): an aud claim that is a list is read as
// the empty string, which can bypass the audience check. jwx v1 also parses without verifying unless given a key;
// golang.org/x/oauth2/jws is deprecated by its maintainers and not intended
// for public use.
//
// The -allow flag takes a comma-separated list of module paths a team has
// decided to keep, e.g. -jwtlib.allow=github.com/golang-jwt/jwt,gopkg.in/square/go-jose.v2
// (golang.org/x/oauth2/jws is named by its package path). A value that is not
// the module path of a library jwtlib reports is an error.
package jwtlib
