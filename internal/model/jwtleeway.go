package model

import "go/types"

// TimeParamKind says what an argument of a modelled time option is.
type TimeParamKind uint8

const (
	_ TimeParamKind = iota
	// LeewayParam: a time.Duration of clock-skew leeway added to exp and
	// subtracted from nbf/iat (golang-jwt v5 WithLeeway, jwx
	// WithAcceptableSkew, go-jose ValidateWithLeeway).
	LeewayParam
	// ClockFuncParam: a func() time.Time replacing the validation clock
	// (golang-jwt v5 WithTimeFunc, go-oidc Config.Now).
	ClockFuncParam
	// ClockParam: a value whose Now method replaces the validation clock
	// (jwx WithClock).
	ClockParam
	// TimeParam: a time.Time used as the current time (go-jose
	// Expected.WithTime, Expected.Time).
	TimeParam
)

// TimeOption is an option function, method or field that sets leeway or
// the validation clock: argument Arg (or the field's value) is of kind Kind.
type TimeOption struct {
	Kind TimeParamKind
	Arg  int
}

var timeOptions = map[string]TimeOption{}

// LookupTimeOption returns the time option fn builds, if it is one.
func LookupTimeOption(fn *types.Func) (TimeOption, bool) {
	name := FuncName(fn)
	if name == "" {
		return TimeOption{}, false
	}
	o, ok := timeOptions[name]
	return o, ok
}

// clockFields are struct fields that set the validation clock, by kind.
var clockFields = map[string]TimeParamKind{}

// LookupClockField returns the kind of the clock field name of the struct
// type t (go-oidc Config.Now, go-jose Expected.Time), or 0.
func LookupClockField(t types.Type, name string) TimeParamKind {
	tn := TypeName(t)
	if tn == "" {
		return 0
	}
	return clockFields[tn+"."+name]
}

// clockVars are package variables of a library that replace its clock for
// the whole process (golang-jwt v4/v3 TimeFunc, kataras Clock).
var clockVars = map[string]bool{}

// IsClockVar reports whether obj is a library's global clock variable.
func IsClockVar(obj types.Object) bool {
	if _, ok := obj.(*types.Var); !ok {
		return false
	}
	return clockVars[ObjectName(obj)]
}

// KeySource says where the key that verifies a token comes from, and so
// who minted the token.
type KeySource uint8

const (
	UnknownKey KeySource = iota
	// SharedSecret: an HMAC secret ([]byte or string), typically shared by
	// the service that mints the token and the one that verifies it.
	SharedSecret
	// ForeignKey: a public key, a key set or a remote JWKS: the token was
	// minted by another party, on another machine's clock.
	ForeignKey
)

// verifyKeyArgs are the parameters of verifying calls that carry the key or
// the keyfunc.
var verifyKeyArgs = map[string]int{}

// VerifyKeyArg returns the index of the key or keyfunc parameter of a
// verifying call, or -1.
func VerifyKeyArg(fn *types.Func) int {
	name := FuncName(fn)
	if name == "" {
		return -1
	}
	if i, ok := verifyKeyArgs[name]; ok {
		return i
	}
	return -1
}

// KeyOptionArgs describes a parse option that supplies the verification
// key: the index of its algorithm and key arguments (-1 if none), or Set
// for options that supply a key set or a fetcher (always foreign).
type KeyOptionArgs struct {
	Alg, Key int
	Set      bool
}

var keyOptionArgs = map[string]KeyOptionArgs{}

// LookupKeyOption returns how the option fn supplies a key, if it does.
func LookupKeyOption(fn *types.Func) (KeyOptionArgs, bool) {
	name := FuncName(fn)
	if name == "" {
		return KeyOptionArgs{}, false
	}
	k, ok := keyOptionArgs[name]
	return k, ok
}

// foreignKeyTypes are library types holding public keys or key sets.
var foreignKeyTypes = map[string]bool{}

// stdPublicKeyTypes are the standard library's public key types.
var stdPublicKeyTypes = map[string]bool{
	"crypto.PublicKey":         true,
	"crypto/rsa.PublicKey":     true,
	"crypto/ecdsa.PublicKey":   true,
	"crypto/ed25519.PublicKey": true,
	"crypto/x509.Certificate":  true,
}

// KeySourceOfType classifies a verification key by its static type:
// []byte or string is a SharedSecret; a standard public key, a library key
// set (jwx jwk.Set, go-jose JSONWebKeySet, golang-jwt VerificationKeySet,
// MicahParks keyfunc) is a ForeignKey.
func KeySourceOfType(t types.Type) KeySource {
	if t == nil {
		return UnknownKey
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.String {
			return SharedSecret
		}
	case *types.Slice:
		if b, ok := types.Unalias(u.Elem()).(*types.Basic); ok && b.Kind() == types.Byte {
			return SharedSecret
		}
	}
	if tn := TypeName(t); tn != "" && foreignKeyTypes[tn] {
		return ForeignKey
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		if stdPublicKeyTypes[n.Obj().Pkg().Path()+"."+n.Obj().Name()] {
			return ForeignKey
		}
	}
	return UnknownKey
}

// IsForeignKeyFunc reports whether fn (a function or method value used as
// a keyfunc) fetches keys from a remote key set (MicahParks keyfunc).
func IsForeignKeyFunc(fn *types.Func) bool {
	name := FuncName(fn)
	if name == "" {
		return false
	}
	lib := LibraryOf(CanonicalPath(fn.Pkg().Path()))
	return lib != nil && lib.Family == "keyfunc"
}

// AlgKeySource classifies a signature algorithm name: HMAC algorithms are
// a SharedSecret, asymmetric ones a ForeignKey.
func AlgKeySource(alg string) KeySource {
	switch alg {
	case "HS256", "HS384", "HS512":
		return SharedSecret
	case "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "ES256K", "EdDSA":
		return ForeignKey
	}
	return UnknownKey
}

func init() {
	// golang-jwt v5: leeway and clock options; all versions: the keyfunc
	// parameter of verifying parses; v4 and older: the global TimeFunc.
	v5 := golangJWTv5.Module
	timeOptions[v5+".WithLeeway"] = TimeOption{Kind: LeewayParam, Arg: 0}
	timeOptions[v5+".WithTimeFunc"] = TimeOption{Kind: ClockFuncParam, Arg: 0}
	foreignKeyTypes[v5+".VerificationKeySet"] = true
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		p := lib.Module
		verifyKeyArgs[p+".Parse"] = 1
		verifyKeyArgs[p+".ParseWithClaims"] = 2
		verifyKeyArgs["(*"+p+".Parser).Parse"] = 1
		verifyKeyArgs["(*"+p+".Parser).ParseWithClaims"] = 2
		verifyKeyArgs[p+"/request.ParseFromRequest"] = 2
		verifyKeyArgs[p+"/request.ParseFromRequestWithClaims"] = 3
		if lib != golangJWTv5 {
			clockVars[p+".TimeFunc"] = true
		}
	}

	// jwx: WithAcceptableSkew and WithClock, key options.
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		p := lib.Module + "/jwt"
		timeOptions[p+".WithAcceptableSkew"] = TimeOption{Kind: LeewayParam, Arg: 0}
		timeOptions[p+".WithClock"] = TimeOption{Kind: ClockParam, Arg: 0}
		if lib == jwxV1 {
			keyOptionArgs[p+".WithVerify"] = KeyOptionArgs{Alg: 0, Key: 1}
			keyOptionArgs[p+".WithKeySetProvider"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true}
		} else {
			keyOptionArgs[p+".WithKey"] = KeyOptionArgs{Alg: 0, Key: 1}
			keyOptionArgs[p+".WithKeyProvider"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true}
		}
		keyOptionArgs[p+".WithKeySet"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true}
		keyOptionArgs[p+".WithVerifyAuto"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true}
		foreignKeyTypes[lib.Module+"/jwk.Set"] = true
	}

	// go-jose: ValidateWithLeeway, Expected.WithTime and Expected.Time; the
	// key of Claims and Verify.
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		timeOptions["("+p+"/jwt.Claims).ValidateWithLeeway"] = TimeOption{Kind: LeewayParam, Arg: 1}
		timeOptions["("+p+"/jwt.Expected).WithTime"] = TimeOption{Kind: TimeParam, Arg: 0}
		clockFields[p+"/jwt.Expected.Time"] = TimeParam
		verifyKeyArgs["(*"+p+"/jwt.JSONWebToken).Claims"] = 0
		verifyKeyArgs["("+p+".JSONWebSignature).Verify"] = 0
		foreignKeyTypes[p+".JSONWebKeySet"] = true
	}

	// go-oidc: Config.Now (the model already marks it ClockOverride).
	for _, p := range []string{goOIDC.Module + "/oidc", goOIDCv2.Module} {
		clockFields[p+".Config.Now"] = ClockFuncParam
	}

	// kataras: the global Clock. (jwt.Leeway is a stricter validator, not
	// leeway: it is not modelled here.)
	clockVars[kataras.Module+".Clock"] = true

	for _, lib := range []*Library{keyfuncV1, keyfuncV2, keyfuncV3} {
		foreignKeyTypes[lib.Module+".Keyfunc"] = true
		foreignKeyTypes[lib.Module+".JWKS"] = true
	}
}
