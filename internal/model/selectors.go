package model

import "go/types"

// OptionEffect says what a parse option does.
type OptionEffect uint8

const (
	_ OptionEffect = iota
	// VerifyToggle: the option's first argument, a bool, turns signature
	// verification on or off (jwx v2+ jwt.WithVerify).
	VerifyToggle
	// KeyOption: the option supplies a verification key (jwx v1
	// jwt.WithVerify(alg, key), WithKeySet, ...).
	KeyOption
	// KeyOptionBool: supplies keys when its bool argument is true (jwx v1
	// jwt.WithVerifyAuto).
	KeyOptionBool
)

var options = map[string]OptionEffect{}

// LookupOption returns the effect of calling fn to build a parse option, or 0.
func LookupOption(fn *types.Func) OptionEffect {
	name := FuncName(fn)
	if name == "" {
		return 0
	}
	return options[name]
}

// Access says what reading a field or calling a method of a parse result
// touches.
type Access uint8

const (
	// ClaimsAccess: the selection reads claims or payload (the default).
	ClaimsAccess Access = iota
	// HeaderAccess: the selection reads only the header, the raw input or
	// the signature bytes, none of which is trusted because of the
	// signature.
	HeaderAccess
	// ValidityGuard: the selection reads whether verification succeeded
	// (golang-jwt Token.Valid).
	ValidityGuard
	// CheckAccess: the selection validates claims without trusting them
	// (go-jose Claims.Validate, golang-jwt v4 MapClaims.VerifyExpiresAt).
	CheckAccess
)

var access = map[string]Access{}

// SelectionAccess returns what selecting name on a value of type t touches:
// a field "Header" of golang-jwt's Token is HeaderAccess, "Valid" is
// ValidityGuard, anything else ClaimsAccess.
func SelectionAccess(t types.Type, name string) Access {
	tn := TypeName(t)
	if tn == "" {
		return ClaimsAccess
	}
	return access[tn+"."+name]
}

// ErrorClass says what a library error value means.
type ErrorClass uint8

const (
	_ ErrorClass = iota
	// ExpiredError: the token's exp is in the past.
	ExpiredError
	// SignatureError: the signature is invalid or could not be verified.
	// Ruling it out is what makes accepting an expired token safe.
	SignatureError
	// MalformedError: the token could not be decoded. Ruling it out does
	// not rule out a forged signature (CVE-2024-51744).
	MalformedError
)

var errorClasses = map[string]ErrorClass{}

// LookupError classifies a package-level error variable or constant of a
// modelled library (golang-jwt ErrTokenExpired, ValidationErrorExpired, ...).
func LookupError(obj types.Object) ErrorClass {
	name := ObjectName(obj)
	if name == "" {
		return 0
	}
	return errorClasses[name]
}

// FieldEffect says what setting a configuration field does.
type FieldEffect uint8

const (
	_ FieldEffect = iota
	// SkipSignature: true disables signature verification
	// (go-oidc Config.InsecureSkipSignatureCheck).
	SkipSignature
	// SkipExpiry, SkipIssuer, SkipAudience, SkipClaims: true disables that
	// claims check.
	SkipExpiry
	SkipIssuer
	SkipAudience
	SkipClaims
	// AllowedAlgorithms: the field is an algorithm allow-list.
	AllowedAlgorithms
	// ClockOverride: the field replaces the current time.
	ClockOverride
)

var fields = map[string]FieldEffect{}

// LookupField returns the effect of field name of the struct type t (a named
// type or a pointer to one), or 0.
func LookupField(t types.Type, name string) FieldEffect {
	tn := TypeName(t)
	if tn == "" {
		return 0
	}
	return fields[tn+"."+name]
}

func init() {
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		p := lib.Module
		for _, f := range []string{"Header", "Method", "Raw", "Signature"} {
			access[p+".Token."+f] = HeaderAccess
		}
		access[p+".Token.Valid"] = ValidityGuard
		if lib.hasParserOptions() {
			errorClasses[p+".ErrTokenExpired"] = ExpiredError
			for _, e := range []string{"ErrTokenSignatureInvalid", "ErrTokenUnverifiable"} {
				errorClasses[p+"."+e] = SignatureError
			}
			errorClasses[p+".ErrTokenMalformed"] = MalformedError
		}
		if lib != golangJWTv5 {
			// v4 and the v3 paths: the ValidationError bit field and the
			// exported Parser fields.
			errorClasses[p+".ValidationErrorExpired"] = ExpiredError
			for _, e := range []string{"ErrSignatureInvalid", "ValidationErrorSignatureInvalid", "ValidationErrorUnverifiable"} {
				errorClasses[p+"."+e] = SignatureError
			}
			errorClasses[p+".ValidationErrorMalformed"] = MalformedError
			fields[p+".Parser.SkipClaimsValidation"] = SkipClaims
			fields[p+".Parser.ValidMethods"] = AllowedAlgorithms
		}
	}

	jv1 := jwxV1.Module + "/jwt."
	options[jv1+"WithVerify"] = KeyOption
	options[jv1+"WithKeySet"] = KeyOption
	options[jv1+"WithKeySetProvider"] = KeyOption
	options[jv1+"WithVerifyAuto"] = KeyOptionBool
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		if lib != jwxV1 {
			options[lib.Module+"/jwt.WithVerify"] = VerifyToggle
		}
		for _, m := range []string{"Signatures", "LookupSignature"} {
			access[lib.Module+"/jws.Message."+m] = HeaderAccess
		}
	}

	for _, lib := range []*Library{golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		for _, t := range claimsTypes(lib) {
			for _, m := range []string{"Valid", "VerifyAudience", "VerifyExpiresAt", "VerifyIssuedAt", "VerifyIssuer", "VerifyNotBefore"} {
				access[lib.Module+"."+t+"."+m] = CheckAccess
			}
		}
	}
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		access[lib.Module+"/jwt.Claims.Validate"] = CheckAccess
		access[lib.Module+"/jwt.Claims.ValidateWithLeeway"] = CheckAccess
		access[lib.Module+"/jwt.JSONWebToken.Headers"] = HeaderAccess
		access[lib.Module+".JSONWebSignature.Signatures"] = HeaderAccess
	}

	fields[goOIDC.Module+"/oidc.Config.InsecureSkipSignatureCheck"] = SkipSignature // v3 only
	for _, p := range []string{goOIDC.Module + "/oidc", goOIDCv2.Module} {
		fields[p+".Config.SkipExpiryCheck"] = SkipExpiry
		fields[p+".Config.SkipIssuerCheck"] = SkipIssuer
		fields[p+".Config.SkipClientIDCheck"] = SkipAudience
		fields[p+".Config.SupportedSigningAlgs"] = AllowedAlgorithms
		fields[p+".Config.Now"] = ClockOverride
	}

	for _, f := range []string{"Header", "Signature"} {
		access["github.com/kataras/jwt.UnverifiedToken."+f] = HeaderAccess
	}
	for _, lib := range []*Library{cristalhqV4, cristalhqV5} {
		for _, m := range []string{"Header", "HeaderPart", "Signature", "Bytes", "String"} {
			access[lib.Module+".Token."+m] = HeaderAccess
		}
	}
}
