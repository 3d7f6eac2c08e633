package model

import (
	"go/types"
	"strings"
)

// This file is the model of two ways a program trusts what a token says
// about itself: a JWT decoded by hand (split on ".", a segment
// base64-decoded and JSON-unmarshalled, no signature checked), and a token
// verified with a key it carries in its own header (jwk, x5c), which
// anyone can sign with their own key.

// Header parameter names of a JWS (RFC 7515).
const (
	// AlgHeader names the signature algorithm.
	AlgHeader = "alg"
	// JWKHeader carries the signer's public key as a JWK.
	JWKHeader = "jwk"
	// X5CHeader carries the signer's certificate chain.
	X5CHeader = "x5c"
)

// EmbeddedKey says what key material a token carries in its own header.
type EmbeddedKey uint8

const (
	_ EmbeddedKey = iota
	// EmbeddedJWK: the jwk header, a public key.
	EmbeddedJWK
	// EmbeddedCertChain: the x5c header, a certificate chain that is
	// worth nothing until it is verified against trusted roots.
	EmbeddedCertChain
)

// HeaderEmbeddedKey says whether the header parameter name carries a key.
func HeaderEmbeddedKey(name string) EmbeddedKey {
	switch name {
	case JWKHeader:
		return EmbeddedJWK
	case X5CHeader:
		return EmbeddedCertChain
	}
	return 0
}

// embeddedKeyFuncs are header accessors returning the key a token carries
// (jwx (jws.Headers).JWK and X509CertChain).
var embeddedKeyFuncs = map[string]EmbeddedKey{}

// LookupEmbeddedKeyFunc says whether fn reads key material from a JWS
// header (jwx (jws.Headers).JWK, (jws.Headers).X509CertChain).
func LookupEmbeddedKeyFunc(fn *types.Func) EmbeddedKey {
	return embeddedKeyFuncs[FuncName(fn)]
}

// embeddedKeyFields are header struct fields holding the key a token
// carries (go-jose Header.JSONWebKey), keyed by "path.Type.Field".
var embeddedKeyFields = map[string]EmbeddedKey{}

// LookupEmbeddedKeyField says whether field name of the header type t (or
// *t) holds key material the token carries (go-jose Header.JSONWebKey).
func LookupEmbeddedKeyField(t types.Type, name string) EmbeddedKey {
	tn := TypeName(t)
	if tn == "" {
		return 0
	}
	return embeddedKeyFields[tn+"."+name]
}

// thumbprintFuncs compute a JWK thumbprint (RFC 7638): comparing it with
// a value bound elsewhere (a DPoP access token's cnf.jkt) ties the key to
// a holder.
var thumbprintFuncs = map[string]bool{}

// IsThumbprint reports whether fn computes a key's JWK thumbprint
// ((*jose.JSONWebKey).Thumbprint, jwx (jwk.Key).Thumbprint).
func IsThumbprint(fn *types.Func) bool {
	return thumbprintFuncs[FuncName(fn)] || thumbprintFuncs[stdName(fn)]
}

// jwkParsers turn JSON into a key (jwx jwk.ParseKey, jwk.ParseRawKey,
// (*jose.JSONWebKey).UnmarshalJSON): fed a header's jwk, their result is
// the token's own key.
var jwkParsers = map[string]bool{}

// IsJWKParse reports whether fn parses a JWK from JSON.
func IsJWKParse(fn *types.Func) bool { return jwkParsers[FuncName(fn)] }

// selfKeyVerifyArgs are verifying calls whose key argument is not in
// verifyKeyArgs: jwx v1 jws.Verify(buf, alg, key).
var selfKeyVerifyArgs = map[string]int{}

// SelfKeyVerifyArg returns the index of the key (or keyfunc) argument of a
// verifying call: VerifyKeyArg, plus jwx v1 jws.Verify's key; -1 if none.
func SelfKeyVerifyArg(fn *types.Func) int {
	if i := VerifyKeyArg(fn); i >= 0 {
		return i
	}
	if i, ok := selfKeyVerifyArgs[FuncName(fn)]; ok {
		return i
	}
	return -1
}

// stdName returns the full name of a function of the standard library
// (no dot in the first path element), or "".
func stdName(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	if !IsStdPackage(fn.Pkg().Path()) {
		return ""
	}
	return fn.Origin().FullName()
}

// IsStdPackage reports whether the import path is a standard library
// package's: no dot in its first element.
func IsStdPackage(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// SplitKind says how a standard function splits a string.
type SplitKind uint8

const (
	_ SplitKind = iota
	// SplitAll: strings.Split(s, sep), strings.SplitN(s, sep, n) return
	// the segments as a slice.
	SplitAll
	// SplitCut: strings.Cut(s, sep) returns the first segment and the rest.
	SplitCut
)

var handSplits = map[string]SplitKind{
	"strings.Split":  SplitAll,
	"strings.SplitN": SplitAll,
	"strings.Cut":    SplitCut,
}

// LookupHandSplit says whether fn splits a string on a separator given as
// its second argument (strings.Split, SplitN, Cut).
func LookupHandSplit(fn *types.Func) SplitKind { return handSplits[stdName(fn)] }

// segmentDecoders decode one base64url segment of a compact JWS: their
// first argument is the segment, their first result the bytes.
var segmentDecoders = map[string]bool{
	"(*encoding/base64.Encoding).DecodeString": true,
}

// IsSegmentDecode reports whether fn base64-decodes a string given as its
// first argument and returns the bytes as its first result
// ((*base64.Encoding).DecodeString, golang-jwt DecodeSegment).
func IsSegmentDecode(fn *types.Func) bool {
	return segmentDecoders[stdName(fn)] || segmentDecoders[FuncName(fn)]
}

// MayDecodeByHand reports whether a package that imports no token library
// may still decode a JWT by hand: it imports the package of one of the
// segment decoders (encoding/base64). Only then is the hand-decoding check
// worth its walk there.
func MayDecodeByHand(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	for _, imp := range pkg.Imports() {
		for name := range segmentDecoders {
			if strings.HasPrefix(strings.TrimPrefix(name, "(*"), imp.Path()+".") {
				return true
			}
		}
	}
	return false
}

// jsonDecoders unmarshal JSON given as argument 0 into argument 1.
var jsonDecoders = map[string]bool{
	"encoding/json.Unmarshal": true,
}

// IsJSONUnmarshal reports whether fn unmarshals JSON from its first
// argument into its second (encoding/json.Unmarshal).
func IsJSONUnmarshal(fn *types.Func) bool { return jsonDecoders[stdName(fn)] }

// certVerifiers verify a certificate chain against trusted roots.
var certVerifiers = map[string]bool{
	"(*crypto/x509.Certificate).Verify": true,
}

// IsCertChainVerify reports whether fn verifies a certificate against
// trusted roots ((*x509.Certificate).Verify, go-jose Header.Certificates).
func IsCertChainVerify(fn *types.Func) bool {
	return certVerifiers[stdName(fn)] || certVerifiers[FuncName(fn)]
}

func init() {
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		s := lib.Module + "/jws"
		k := lib.Module + "/jwk"
		embeddedKeyFuncs["("+s+".Headers).JWK"] = EmbeddedJWK
		embeddedKeyFuncs["("+s+".Headers).X509CertChain"] = EmbeddedCertChain
		thumbprintFuncs["("+k+".Key).Thumbprint"] = true
		jwkParsers[k+".ParseKey"] = true
		jwkParsers[k+".ParseRawKey"] = true
	}
	selfKeyVerifyArgs[jwxV1.Module+"/jws.Verify"] = 2

	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		embeddedKeyFields[p+".Header.JSONWebKey"] = EmbeddedJWK
		thumbprintFuncs["(*"+p+".JSONWebKey).Thumbprint"] = true
		jwkParsers["(*"+p+".JSONWebKey).UnmarshalJSON"] = true
		certVerifiers["("+p+".Header).Certificates"] = true
	}

	segmentDecoders[golangJWTv4.Module+".DecodeSegment"] = true
	segmentDecoders[golangJWTv3.Module+".DecodeSegment"] = true
	segmentDecoders[dgrijalva.Module+".DecodeSegment"] = true
	segmentDecoders["(*"+golangJWTv5.Module+".Parser).DecodeSegment"] = true
}

// requestSources are the standard library's accessors of an incoming HTTP
// request's headers, form values and cookies: a token read through them
// is the client's, not one the program obtained from a token endpoint or
// its own credential store.
var requestSources = map[string]bool{
	"(net/http.Header).Get":             true,
	"(net/http.Header).Values":          true,
	"(*net/http.Request).FormValue":     true,
	"(*net/http.Request).PostFormValue": true,
	"(*net/http.Request).Cookie":        true,
	"(*net/http.Request).BasicAuth":     true,
	"(net/url.Values).Get":              true,
	"(*net/http.Request).Header":        true, // the field, read as r.Header["Authorization"]
	"(*net/http.Request).Form":          true,
	"(*net/http.Request).PostForm":      true,
	"(*net/http.Request).URL":           true,
}

// IsRequestSource reports whether fn reads a value of an incoming HTTP
// request ((net/http.Header).Get, (*http.Request).FormValue, Cookie, ...).
func IsRequestSource(fn *types.Func) bool { return requestSources[stdName(fn)] }

// IsRequestField reports whether field name of type t (or *t) holds values
// of an incoming HTTP request (http.Request's Header, Form, PostForm, URL).
func IsRequestField(t types.Type, name string) bool {
	tn := stdTypeName(t)
	return tn != "" && requestSources["(*"+tn+")."+name]
}

// IsStdKeyCodec reports whether fn belongs to the standard library's
// encoding or crypto packages (json.Marshal, base64 decoding,
// x509.ParseCertificate): given key material, its results and the pointers
// it fills hold that key material.
func IsStdKeyCodec(fn *types.Func) bool {
	if stdName(fn) == "" {
		return false
	}
	path := fn.Pkg().Path()
	return path == "crypto" || strings.HasPrefix(path, "crypto/") || strings.HasPrefix(path, "encoding/")
}

// IsStdStringFunc reports whether fn is a function of the standard strings
// package (TrimPrefix, TrimSpace, Fields, Cut, ...): a token read from a
// request stays the request's through it.
func IsStdStringFunc(fn *types.Func) bool {
	return stdName(fn) != "" && fn.Pkg().Path() == "strings"
}

// IsStdLib reports whether fn belongs to the standard library.
func IsStdLib(fn *types.Func) bool { return stdName(fn) != "" }

// IsStdEncoding reports whether fn belongs to the standard library's
// encoding packages (base64.EncodeToString, hex.EncodeToString): it
// transforms a value rather than using it.
func IsStdEncoding(fn *types.Func) bool {
	return stdName(fn) != "" && strings.HasPrefix(fn.Pkg().Path(), "encoding/")
}
