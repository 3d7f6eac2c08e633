package model

import "go/types"

// Kind says what a modelled function does to a token's signature.
type Kind uint8

const (
	_ Kind = iota
	// Unverified functions decode a token, message or payload without
	// verifying its signature.
	Unverified
	// Verified functions verify the signature; their error result says
	// whether they did, and their token/claims must not be used before it is
	// checked.
	Verified
	// VerifyOnly functions verify a signature and return no token.
	VerifyOnly
)

// Value says what a parse result carries.
type Value uint8

const (
	_ Value = iota
	// TokenValue is a token object whose header can be read on its own
	// (golang-jwt *Token, kataras *UnverifiedToken, cristalhq *Token).
	TokenValue
	// MessageValue is a signed message whose protected headers can be read
	// on their own and whose payload is the claims (jwx *jws.Message).
	MessageValue
	// ClaimsValue is decoded claims or a payload: every use of it trusts it.
	ClaimsValue
)

// OptionMode says how the variadic options of a parse function change its Kind.
type OptionMode uint8

const (
	// NoOptions: the options do not change whether the signature is verified.
	NoOptions OptionMode = iota
	// VerifyUnlessDisabled: verified unless an option turns verification
	// off (jwx v2+: jwt.WithVerify(false)); the key options are then ignored.
	VerifyUnlessDisabled
	// VerifyOnlyWithKey: unverified unless an option supplies a key (jwx v1).
	VerifyOnlyWithKey
)

// Func describes a modelled parse or verify function.
type Func struct {
	Name string   // canonical full name
	Lib  *Library // the library it belongs to
	Kind Kind
	// Result is the index of the result carrying the token, message or
	// claims, or -1.
	Result int
	// Value is what Result carries.
	Value Value
	// Dests are the indices of parameters that receive decoded claims
	// (pointers the function fills in). A variadic parameter's index stands
	// for all its arguments.
	Dests []int
	// Err is the index of the error result, or -1.
	Err int
	// Options says how the function's options change Kind.
	Options OptionMode
	// VerifiedLater, for an Unverified function whose message can be verified
	// later by another call of the library (jwx jws.Parse then jws.Verify),
	// is true: a verify call of the same library in the same function
	// vouches for it.
	VerifiedLater bool
	// Fix says how to verify instead, for an Unverified function.
	Fix string
	// Input is the index of the parameter holding the raw token, or -1
	// when the receiver is the parsed token (go-jose methods).
	Input int
}

func (f *Func) String() string { return f.Name }

var funcs = map[string]*Func{}

// fixes are the default advice, per library family, for replacing an
// unverified parse.
var fixes = map[string]string{
	"golang-jwt": "use jwt.ParseWithClaims(s, claims, keyFunc, jwt.WithValidMethods(...)) and its claims only if err is nil",
	"jwx":        "parse with jwt.Parse(b, jwt.WithKey(alg, key)) or jwt.WithKeySet(set)",
	"go-jose":    "use tok.Claims(key, &claims) or sig.Verify(key)",
	"idtoken":    "use idtoken.Validate(ctx, token, audience)",
	"kataras":    "use jwt.Verify(alg, key, token)",
	"cristalhq":  "use jwt.Parse(raw, verifier) or jwt.ParseClaims(raw, verifier, &claims)",
	"oauth2":     "verify the token first (jwt.ParseWithClaims with a keyfunc, or go-oidc's verifier)",
}

func addFunc(lib *Library, name string, kind Kind, result int, value Value, errIdx int, dests ...int) *Func {
	f := &Func{Name: name, Lib: lib, Kind: kind, Result: result, Value: value, Err: errIdx, Dests: dests, Fix: fixes[lib.Family]}
	if lib.Family == "go-jose" {
		f.Input = -1
	}
	funcs[name] = f
	return f
}

// claimsChecks are functions that validate claims passed to them without
// trusting them: passing unverified claims to one is not a use.
var claimsChecks = map[string]bool{
	"(*github.com/golang-jwt/jwt/v5.Validator).Validate": true,
	"github.com/lestrrat-go/jwx/jwt.Validate":            true,
	"github.com/lestrrat-go/jwx/v2/jwt.Validate":         true,
	"github.com/lestrrat-go/jwx/v3/jwt.Validate":         true,
	"github.com/lestrrat-go/jwx/v4/jwt.Validate":         true,
}

// IsClaimsCheck reports whether fn validates claims passed to it without
// trusting them (golang-jwt's (*Validator).Validate, jwx's jwt.Validate).
func IsClaimsCheck(fn *types.Func) bool {
	return claimsChecks[FuncName(fn)]
}

// tokenEndpointValues are functions returning a token received directly
// from an OAuth2 token endpoint over TLS: OpenID Connect Core 3.1.3.7 lets
// a client rely on TLS instead of the signature for an ID token it
// received that way.
var tokenEndpointValues = map[string]bool{
	"(*golang.org/x/oauth2.Token).Extra": true,
}

// IsTokenEndpointValue reports whether fn returns a value received directly
// from a token endpoint ((*oauth2.Token).Extra("id_token")).
func IsTokenEndpointValue(fn *types.Func) bool {
	return tokenEndpointValues[FuncName(fn)]
}

// LookupFunc returns the model of fn, or nil if fn is not a modelled parse or
// verify function.
func LookupFunc(fn *types.Func) *Func {
	name := FuncName(fn)
	if name == "" {
		return nil
	}
	return funcs[name]
}

func init() {
	// golang-jwt and its ancestors: the same API shape.
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		p := lib.Module
		addFunc(lib, "(*"+p+".Parser).ParseUnverified", Unverified, 0, TokenValue, 2, 1)
		addFunc(lib, p+".Parse", Verified, 0, TokenValue, 1)
		addFunc(lib, p+".ParseWithClaims", Verified, 0, TokenValue, 1, 1)
		addFunc(lib, "(*"+p+".Parser).Parse", Verified, 0, TokenValue, 1)
		addFunc(lib, "(*"+p+".Parser).ParseWithClaims", Verified, 0, TokenValue, 1, 1)
		addFunc(lib, p+"/request.ParseFromRequest", Verified, 0, TokenValue, 1)
		addFunc(lib, p+"/request.ParseFromRequestWithClaims", Verified, 0, TokenValue, 1, 2)
	}

	// jwx jwt: v1 verifies only with a key option; v2+ verify unless told not to.
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		p := lib.Module + "/jwt"
		mode := VerifyUnlessDisabled
		if lib == jwxV1 {
			mode = VerifyOnlyWithKey
		}
		for _, name := range []string{"Parse", "ParseString", "ParseReader", "ParseRequest", "ParseHeader", "ParseForm", "ParseCookie", "ReadFile"} {
			if name == "ParseCookie" && lib == jwxV1 {
				continue // v2+
			}
			addFunc(lib, p+"."+name, Verified, 0, ClaimsValue, 1).Options = mode
		}
		if lib != jwxV1 {
			addFunc(lib, p+".ParseInsecure", Unverified, 0, ClaimsValue, 1)
		}
		j := lib.Module + "/jws"
		for _, name := range []string{"Parse", "ParseString", "ParseReader"} {
			addFunc(lib, j+"."+name, Unverified, 0, MessageValue, 1).VerifiedLater = true
		}
		addFunc(lib, j+".Verify", Verified, 0, ClaimsValue, 1)
		if lib == jwxV1 {
			for _, name := range []string{"Parse", "ParseString", "ParseReader", "ParseRequest", "ParseHeader", "ParseForm", "ReadFile"} {
				funcs[p+"."+name].Fix = "pass a key: jwt.Parse(b, jwt.WithVerify(alg, key)) or jwt.WithKeySet(set)"
			}
		}
		for _, name := range []string{"Parse", "ParseString", "ParseReader"} {
			funcs[j+"."+name].Fix = "verify with jws.Verify(b, jws.WithKey(alg, key)) and use the payload it returns"
			if lib == jwxV1 {
				funcs[j+"."+name].Fix = "verify with jws.Verify(b, alg, key) and use the payload it returns"
			}
		}
		if lib == jwxV1 {
			addFunc(lib, j+".VerifySet", Verified, 0, ClaimsValue, 1)
		}
	}

	// go-jose: parsing never verifies; Claims/Verify do, the Unsafe* methods do not.
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		addFunc(lib, "(*"+p+"/jwt.JSONWebToken).UnsafeClaimsWithoutVerification", Unverified, -1, ClaimsValue, 0, 0)
		addFunc(lib, "(*"+p+"/jwt.JSONWebToken).Claims", Verified, -1, ClaimsValue, 0, 1)
		addFunc(lib, "("+p+".JSONWebSignature).UnsafePayloadWithoutVerification", Unverified, 0, ClaimsValue, -1)
		addFunc(lib, "("+p+".JSONWebSignature).Verify", Verified, 0, ClaimsValue, 1)
		addFunc(lib, "("+p+".JSONWebSignature).VerifyMulti", Verified, 2, ClaimsValue, 3)
		addFunc(lib, "("+p+".JSONWebSignature).DetachedVerify", VerifyOnly, -1, 0, 0)
	}

	// go-oidc: verification can only be switched off through Config.
	for _, lib := range []*Library{goOIDC, goOIDCv2} {
		p := lib.Module + "/oidc"
		if lib == goOIDCv2 {
			p = lib.Module
		}
		addFunc(lib, "(*"+p+".IDTokenVerifier).Verify", Verified, 0, ClaimsValue, 1).Input = 1
	}

	addFunc(idtoken, "google.golang.org/api/idtoken.ParsePayload", Unverified, 0, ClaimsValue, 1)
	addFunc(idtoken, "google.golang.org/api/idtoken.Validate", Verified, 0, ClaimsValue, 1).Input = 1
	addFunc(idtoken, "(*google.golang.org/api/idtoken.Validator).Validate", Verified, 0, ClaimsValue, 1).Input = 1

	for _, lib := range []*Library{firebaseV4, firebaseV3} {
		p := lib.Module
		addFunc(lib, "(*"+p+".baseClient).VerifyIDToken", Verified, 0, ClaimsValue, 1).Input = 1
		addFunc(lib, "(*"+p+".baseClient).VerifyIDTokenAndCheckRevoked", Verified, 0, ClaimsValue, 1).Input = 1
		addFunc(lib, "(*"+p+".Client).VerifyIDToken", Verified, 0, ClaimsValue, 1).Input = 1
		addFunc(lib, "(*"+p+".Client).VerifyIDTokenAndCheckRevoked", Verified, 0, ClaimsValue, 1).Input = 1
		addFunc(lib, "(*"+p+".Client).VerifySessionCookie", Verified, 0, ClaimsValue, 1).Input = 1
		addFunc(lib, "(*"+p+".Client).VerifySessionCookieAndCheckRevoked", Verified, 0, ClaimsValue, 1).Input = 1
	}

	addFunc(kataras, "github.com/kataras/jwt.Decode", Unverified, 0, TokenValue, 1)
	addFunc(kataras, "github.com/kataras/jwt.Verify", Verified, 0, ClaimsValue, 1).Input = 2
	addFunc(kataras, "github.com/kataras/jwt.VerifyWithHeaderValidator", Verified, 0, ClaimsValue, 1).Input = 2
	addFunc(kataras, "(github.com/kataras/jwt.Keys).VerifyToken", Verified, -1, ClaimsValue, 0, 1)

	for _, lib := range []*Library{cristalhqV4, cristalhqV5} {
		p := lib.Module
		addFunc(lib, p+".ParseNoVerify", Unverified, 0, TokenValue, 1)
		addFunc(lib, p+".Parse", Verified, 0, TokenValue, 1)
		addFunc(lib, p+".ParseClaims", Verified, -1, ClaimsValue, 0, 2)
	}

	addFunc(gbrlsnchs, "github.com/gbrlsnchs/jwt/v3.Verify", Verified, -1, ClaimsValue, 1, 2)

	addFunc(oauth2JWS, "golang.org/x/oauth2/jws.Decode", Unverified, 0, ClaimsValue, 1)
	addFunc(oauth2JWS, "golang.org/x/oauth2/jws.Verify", VerifyOnly, -1, 0, 0)
}
