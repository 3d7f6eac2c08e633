package model

import (
	"go/types"
	"strings"
)

// This file is what tokenvet knows of how the token libraries choose the
// signature algorithm: golang-jwt's keyfuncs and allow-lists, the "none"
// algorithm of every library, jwx's key options and key sinks, and go-jose's
// unpinned parses.

// KeyfuncParse describes a golang-jwt parse that takes a keyfunc.
type KeyfuncParse struct {
	Lib *Library
	// Keyfunc is the index of the jwt.Keyfunc parameter.
	Keyfunc int
	// Options is the index of the variadic options parameter
	// (ParserOption, or request.ParseFromRequestOption), or -1.
	Options int
	// Request is set for request.ParseFromRequest*: its options are
	// request options (request.WithParser), and with none it parses with
	// a zero jwt.Parser.
	Request bool
	// HasOptions is set when the library has ParserOptions, so that
	// jwt.WithValidMethods can be added to the call or to jwt.NewParser
	// (golang-jwt v5 and v4); the v3 paths only have Parser{ValidMethods}.
	HasOptions bool
}

var keyfuncParses = map[string]*KeyfuncParse{}

// LookupKeyfuncParse returns the model of fn if it is a golang-jwt parse
// that takes a keyfunc (package Parse, ParseWithClaims, the (*Parser)
// methods, request.ParseFromRequest*), or nil.
func LookupKeyfuncParse(fn *types.Func) *KeyfuncParse {
	return keyfuncParses[FuncName(fn)]
}

// AlgOption says what a golang-jwt option does to the algorithm allow-list.
type AlgOption uint8

const (
	// OtherOption is an option of the library with no bearing on the
	// allow-list (WithLeeway, request.WithClaims, ...).
	OtherOption AlgOption = iota + 1
	// ValidMethodsOption sets the allow-list: jwt.WithValidMethods(list).
	ValidMethodsOption
	// ParserOption hands a parser to request.ParseFromRequest: the
	// parser's options apply (request.WithParser(p)).
	ParserOption
)

var algOptions = map[string]AlgOption{}

// LookupAlgOption returns what calling fn to build an option of a golang-jwt
// parse does to the algorithm allow-list: 0 when fn is not a function of a
// golang-jwt library (a helper of the program: anything may be inside).
func LookupAlgOption(fn *types.Func) AlgOption {
	name := FuncName(fn)
	if name == "" {
		return 0
	}
	if o := algOptions[name]; o != 0 {
		return o
	}
	if lib := LibraryOf(CanonicalPath(fn.Pkg().Path())); lib != nil && lib.Family == "golang-jwt" {
		return OtherOption
	}
	return 0
}

var parserConstructors = map[string]bool{}

// IsParserConstructor reports whether fn is golang-jwt's NewParser.
func IsParserConstructor(fn *types.Func) bool {
	return parserConstructors[FuncName(fn)]
}

// IsTokenType reports whether t is golang-jwt's *Token (or Token) of any
// version: the parameter of a keyfunc.
func IsTokenType(t types.Type) bool {
	return tokenTypes[TypeName(t)]
}

var tokenTypes = map[string]bool{}

// TokenField says what a field of golang-jwt's Token holds for algorithm
// checks.
type TokenField uint8

const (
	_ TokenField = iota
	// MethodField is Token.Method, resolved from the header's alg.
	MethodField
	// HeaderField is Token.Header, the decoded header (Header["alg"]).
	HeaderField
)

// LookupTokenField returns what field name of golang-jwt's Token type t
// holds, or 0.
func LookupTokenField(t types.Type, name string) TokenField {
	tn := TypeName(t)
	if !tokenTypes[tn] {
		return 0
	}
	switch name {
	case "Method":
		return MethodField
	case "Header":
		return HeaderField
	}
	return 0
}

// IsLibraryKeyfunc reports whether fn is (or returns) a keyfunc of a JWKS
// library that selects the key by kid and checks the token's alg against
// the key's itself (MicahParks/keyfunc's (*JWKS).Keyfunc, Keyfunc.Keyfunc,
// KeyfuncCtx): a keyfunc that checks the method.
func IsLibraryKeyfunc(fn *types.Func) bool {
	name := FuncName(fn)
	if name == "" {
		return false
	}
	lib := LibraryOf(CanonicalPath(fn.Pkg().Path()))
	return lib != nil && lib.Family == "keyfunc"
}

// NoneUse says what a library object or function does with the "none"
// algorithm.
type NoneUse uint8

const (
	_ NoneUse = iota
	// NoneMethod is golang-jwt's SigningMethodNone: signs (or verifies)
	// with no signature.
	NoneMethod
	// NoneKey is golang-jwt's UnsafeAllowNoneSignatureType, the only key
	// SigningMethodNone accepts: returned by a keyfunc, it lets unsigned
	// tokens through.
	NoneKey
	// NoneAlg is an algorithm value that means "none" and is accepted for
	// verification as well as signing (kataras jwt.NONE, gbrlsnchs
	// jwt.None()).
	NoneAlg
	// NoneSign is an option that signs with alg none (jwx
	// WithInsecureNoSignature).
	NoneSign
)

var noneObjects = map[string]NoneUse{}
var noneFuncs = map[string]NoneUse{}

// LookupNone returns what a package-level variable or constant of a token
// library has to do with the "none" algorithm, or 0.
func LookupNone(obj types.Object) NoneUse {
	if _, ok := obj.(*types.Func); ok {
		return 0
	}
	return noneObjects[ObjectName(obj)]
}

// LookupNoneFunc returns what calling fn has to do with the "none"
// algorithm, or 0.
func LookupNoneFunc(fn *types.Func) NoneUse {
	return noneFuncs[FuncName(fn)]
}

var allowListArgs = map[string]int{}

// AllowListArg returns the index of the parameter of fn that is an
// algorithm allow-list (golang-jwt WithValidMethods, go-jose v4
// ParseSigned*), or -1. Allow-list fields (Parser.ValidMethods, go-oidc
// Config.SupportedSigningAlgs) are LookupField's AllowedAlgorithms.
func AllowListArg(fn *types.Func) int {
	if i, ok := allowListArgs[FuncName(fn)]; ok {
		return i
	}
	return -1
}

var algSinks = map[string]int{}

// AlgSinkArg returns the index of the parameter of fn that names the
// algorithm a key is used with for verification (jwx jws.WithKey,
// jwt.WithKey, v1 jwt.WithVerify and jws.Verify, KeySink.Key), or -1.
func AlgSinkArg(fn *types.Func) int {
	if i, ok := algSinks[FuncName(fn)]; ok {
		return i
	}
	return -1
}

// IsKeySink reports whether fn is jwx's (jws.KeySink).Key, which key
// providers call.
func IsKeySink(fn *types.Func) bool { return keySinks[FuncName(fn)] }

var keySinks = map[string]bool{}

var headerAlgSources = map[string]bool{}

// IsHeaderAlgSource reports whether fn reads the alg of a JWS header (jwx
// (jws.Headers).Algorithm): attacker-controlled when the headers are a
// received message's.
func IsHeaderAlgSource(fn *types.Func) bool { return headerAlgSources[FuncName(fn)] }

var newHeaders = map[string]bool{}

// IsNewHeaders reports whether fn creates fresh JWS headers (jwx
// jws.NewHeaders): their alg is the program's, not a token's.
func IsNewHeaders(fn *types.Func) bool { return newHeaders[FuncName(fn)] }

var inferAlgOptions = map[string]bool{}

// IsInferAlgOption reports whether fn is jwx's option that lets
// verification guess algorithms from the key type when the key has no alg
// (jws.WithInferAlgorithmFromKey, v1 jwt.InferAlgorithmFromKey); its bool
// argument turns it on.
func IsInferAlgOption(fn *types.Func) bool { return inferAlgOptions[FuncName(fn)] }

var signFuncs = map[string]bool{}

// IsSignFunc reports whether fn signs (jwx jws.Sign, jwt.Sign): key options
// passed to it choose the signing algorithm, not a verification one.
func IsSignFunc(fn *types.Func) bool { return signFuncs[FuncName(fn)] }

var unpinnedParses = map[string]bool{}

// IsUnpinnedParse reports whether fn parses a JWS or JWT with no
// algorithm allow-list (go-jose v3 and v2 ParseSigned and friends; v4
// requires one).
func IsUnpinnedParse(fn *types.Func) bool { return unpinnedParses[FuncName(fn)] }

var joseVerifyKeys = map[string]int{}

// JoseVerifyKeyArg returns the index of the verification key parameter of a
// go-jose v3/v2 verification method ((*jwt.JSONWebToken).Claims,
// JSONWebSignature.Verify, ...), or -1.
func JoseVerifyKeyArg(fn *types.Func) int {
	if i, ok := joseVerifyKeys[FuncName(fn)]; ok {
		return i
	}
	return -1
}

// JoseKey says what a go-jose key type is.
type JoseKey uint8

const (
	_ JoseKey = iota
	// JoseJWK is jose.JSONWebKey: its Key field is the key.
	JoseJWK
	// JoseKeySet is jose.JSONWebKeySet: its Keys field lists JSONWebKeys.
	JoseKeySet
	// JoseHeader is jose.Header: its Algorithm field is the token's alg.
	JoseHeader
)

var joseTypes = map[string]JoseKey{}

// LookupJoseType returns what the go-jose type t (or *t) is, or 0.
func LookupJoseType(t types.Type) JoseKey {
	return joseTypes[TypeName(t)]
}

func init() {
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		p := lib.Module
		opts := lib == golangJWTv5 || lib == golangJWTv4
		o := -1
		if opts {
			o = 2
		}
		keyfuncParses[p+".Parse"] = &KeyfuncParse{Lib: lib, Keyfunc: 1, Options: o, HasOptions: opts}
		if opts {
			o = 3
		}
		keyfuncParses[p+".ParseWithClaims"] = &KeyfuncParse{Lib: lib, Keyfunc: 2, Options: o, HasOptions: opts}
		keyfuncParses["(*"+p+".Parser).Parse"] = &KeyfuncParse{Lib: lib, Keyfunc: 1, Options: -1, HasOptions: opts}
		keyfuncParses["(*"+p+".Parser).ParseWithClaims"] = &KeyfuncParse{Lib: lib, Keyfunc: 2, Options: -1, HasOptions: opts}
		keyfuncParses[p+"/request.ParseFromRequest"] = &KeyfuncParse{Lib: lib, Keyfunc: 2, Options: 3, Request: true, HasOptions: opts}
		keyfuncParses[p+"/request.ParseFromRequestWithClaims"] = &KeyfuncParse{Lib: lib, Keyfunc: 3, Options: -1, Request: true, HasOptions: opts}

		algOptions[p+"/request.WithParser"] = ParserOption
		tokenTypes[p+".Token"] = true
		noneObjects[p+".SigningMethodNone"] = NoneMethod
		noneObjects[p+".UnsafeAllowNoneSignatureType"] = NoneKey
		if lib.hasParserOptions() {
			algOptions[p+".WithValidMethods"] = ValidMethodsOption
			parserConstructors[p+".NewParser"] = true
			allowListArgs[p+".WithValidMethods"] = 0
		}
	}

	noneObjects["github.com/kataras/jwt.NONE"] = NoneAlg
	noneFuncs["github.com/gbrlsnchs/jwt/v3.None"] = NoneAlg

	j1 := jwxV1.Module
	algSinks[j1+"/jwt.WithVerify"] = 0
	algSinks[j1+"/jws.Verify"] = 1
	inferAlgOptions[j1+"/jwt.InferAlgorithmFromKey"] = true
	headerAlgSources["("+j1+"/jws.Headers).Algorithm"] = true
	newHeaders[j1+"/jws.NewHeaders"] = true
	signFuncs[j1+"/jws.Sign"] = true
	signFuncs[j1+"/jwt.Sign"] = true
	for _, lib := range []*Library{jwxV2, jwxV3, jwxV4} {
		p := lib.Module
		algSinks[p+"/jws.WithKey"] = 0
		algSinks[p+"/jwt.WithKey"] = 0
		algSinks["("+p+"/jws.KeySink).Key"] = 0
		keySinks["("+p+"/jws.KeySink).Key"] = true
		inferAlgOptions[p+"/jws.WithInferAlgorithmFromKey"] = true
		headerAlgSources["("+p+"/jws.Headers).Algorithm"] = true
		newHeaders[p+"/jws.NewHeaders"] = true
		signFuncs[p+"/jws.Sign"] = true
		signFuncs[p+"/jwt.Sign"] = true
		noneFuncs[p+"/jws.WithInsecureNoSignature"] = NoneSign
		noneFuncs[p+"/jwt.WithInsecureNoSignature"] = NoneSign
	}

	for _, lib := range []*Library{goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		unpinnedParses[p+".ParseSigned"] = true
		unpinnedParses[p+".ParseDetached"] = true
		unpinnedParses[p+"/jwt.ParseSigned"] = true
		unpinnedParses[p+"/jwt.ParseSignedAndEncrypted"] = true
		joseVerifyKeys["(*"+p+"/jwt.JSONWebToken).Claims"] = 0
		joseVerifyKeys["("+p+".JSONWebSignature).Verify"] = 0
		joseVerifyKeys["("+p+".JSONWebSignature).VerifyMulti"] = 0
		joseVerifyKeys["("+p+".JSONWebSignature).DetachedVerify"] = 1
		joseVerifyKeys["("+p+".JSONWebSignature).DetachedVerifyMulti"] = 1
	}
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		joseTypes[p+".JSONWebKey"] = JoseJWK
		joseTypes[p+".JSONWebKeySet"] = JoseKeySet
		joseTypes[p+".Header"] = JoseHeader
		headerAlgFields[p+".Header.Algorithm"] = true
	}
	p4 := goJoseV4.Module
	allowListArgs[p4+".ParseSigned"] = 1
	allowListArgs[p4+".ParseSignedCompact"] = 1
	allowListArgs[p4+".ParseSignedJSON"] = 1
	allowListArgs[p4+".ParseDetached"] = 2
	allowListArgs[p4+"/jwt.ParseSigned"] = 1
	allowListArgs[p4+"/jwt.ParseSignedAndEncrypted"] = 3
}

// JoseLibraryID names the library of a go-jose function fn for a message:
// its ID, or the family's name when fn does not resolve to a modelled
// library.
func JoseLibraryID(fn *types.Func) string {
	if fn != nil && fn.Pkg() != nil {
		if lib := LibraryOf(CanonicalPath(fn.Pkg().Path())); lib != nil {
			return lib.ID
		}
	}
	return goJoseV4.Family
}

// headerAlgFields are the fields of a parsed token's header holding its alg
// (go-jose Header.Algorithm).
var headerAlgFields = map[string]bool{}

// IsHeaderAlgField reports whether field name of type t (or *t) holds the
// alg of a parsed token's header (go-jose Header.Algorithm).
func IsHeaderAlgField(t types.Type, name string) bool {
	tn := TypeName(t)
	return tn != "" && headerAlgFields[tn+"."+name]
}

// IsHeaderAlgFieldVar reports whether the field v is one of the
// headerAlgFields (IsHeaderAlgField, asked of the field itself).
func IsHeaderAlgFieldVar(v *types.Var) bool {
	if v == nil || !v.IsField() || v.Pkg() == nil {
		return false
	}
	path := CanonicalPath(v.Pkg().Path())
	for name := range headerAlgFields {
		typ, field, ok := strings.Cut(strings.TrimPrefix(name, path+"."), ".")
		if !ok || field != v.Name() || !strings.HasPrefix(name, path+".") {
			continue
		}
		tn, _ := v.Pkg().Scope().Lookup(typ).(*types.TypeName)
		if tn == nil {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if f == v {
					return true
				}
			}
		}
	}
	return false
}

// algNameMethods are the names of the methods that return an algorithm's
// name: Alg of golang-jwt's signing methods (t.Method.Alg()), and String
// and Name of an algorithm value (jwx jwa.SignatureAlgorithm String,
// kataras Alg.Name). Matched by
// name: the receiver is known to be a signing method or an alg already.
var algNameMethods = map[string]bool{"Alg": true}
var algValueNameMethods = map[string]bool{"String": true, "Name": true}

// IsSigningMethodAlg reports whether a method of that name of a signing
// method (golang-jwt SigningMethod.Alg) returns the algorithm's name.
func IsSigningMethodAlg(name string) bool { return algNameMethods[name] }

// IsAlgValueName reports whether a method of that name of an algorithm
// value (String, Name) returns the algorithm's name.
func IsAlgValueName(name string) bool { return algValueNameMethods[name] }

// ParserFieldAllowsAlgs reports whether a parser option given as a struct
// field of that name (options resolved from a parser literal carry the
// field's name) is an algorithm allow-list: golang-jwt v4 and earlier
// Parser.ValidMethods.
func ParserFieldAllowsAlgs(name string) bool {
	return fields[golangJWTv4.Module+".Parser."+name] == AllowedAlgorithms
}

// The fields of go-jose's key types, for reading keys from their literals.
const (
	// JoseKeyField is the field of jose.JSONWebKey holding the key.
	JoseKeyField = "Key"
	// JoseKeysField is the field of jose.JSONWebKeySet listing its
	// JSONWebKeys.
	JoseKeysField = "Keys"
)
