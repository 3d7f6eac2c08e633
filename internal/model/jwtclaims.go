package model

import "go/types"

// ClaimsEffect says what a function does to the validation of a token's
// registered claims (exp, nbf, aud, iss).
type ClaimsEffect uint8

const (
	_ ClaimsEffect = iota
	// ValidationOff: the option switches claims validation off
	// (golang-jwt WithoutClaimsValidation).
	ValidationOff
	// ValidationToggle: the option's bool argument turns claims validation
	// on or off (jwx WithValidate; on by default in v2+, off in v1).
	ValidationToggle
	// ResetValidators: with a true argument the option drops the exp, iat
	// and nbf validators (jwx v2+ WithResetValidators).
	ResetValidators
	// RequireExp: the option makes exp mandatory (golang-jwt v5
	// WithExpirationRequired).
	RequireExp
	// RequireClaim: the option makes the claim named by its string argument
	// mandatory (jwx WithRequiredClaim).
	RequireClaim
	// AudienceCheck, IssuerCheck: the option checks aud or iss against its
	// first argument.
	AudienceCheck
	IssuerCheck
	// OtherValidateOption: another claims validation option (jwx v1
	// WithSubject, WithClock...), ignored by jwx v1 unless validation is on.
	OtherValidateOption
	// PayloadValidation: the option validates claims (gbrlsnchs
	// ValidatePayload).
	PayloadValidation
	// InsecureIssuer: go-oidc InsecureIssuerURLContext, which makes a
	// provider accept a discovery document for another issuer.
	InsecureIssuer
)

var claimsEffects = map[string]ClaimsEffect{}

// LookupClaimsEffect returns what calling fn does to claims validation, or 0.
func LookupClaimsEffect(fn *types.Func) ClaimsEffect {
	name := FuncName(fn)
	if name == "" {
		return 0
	}
	return claimsEffects[name]
}

// ClaimCheck describes a method that validates claims on a value.
type ClaimCheck struct {
	// Claims are the claims it checks: "exp", "nbf", "aud", "iss", or
	// AllClaims.
	Claim string
	// Req is the index of the "required" bool argument (golang-jwt v4
	// Verify*(cmp, req)), or -1.
	Req int
}

// AllClaims is the Claim of a check of the time claims and of every claim
// its argument names (go-jose Claims.Validate(jwt.Expected{...})).
const AllClaims = "all"

// ChecksAll reports whether the check covers the time claims and every
// claim its argument names (see AllClaims).
func (c ClaimCheck) ChecksAll() bool { return c.Claim == AllClaims }

var claimChecks = map[string]ClaimCheck{}

// LookupClaimCheck returns the check a method of a claims type performs, if
// fn is one: go-jose Claims.Validate, cristalhq IsValidAt, golang-jwt v4
// VerifyAudience...
func LookupClaimCheck(fn *types.Func) (ClaimCheck, bool) {
	c, ok := claimChecks[FuncName(fn)]
	return c, ok
}

// claimsBases are the claims types of golang-jwt v4 and earlier whose Valid
// method checks exp, iat and nbf: a type embedding one and declaring its own
// Valid must call it.
var claimsBases = map[string]bool{}

// IsValidatingClaimsBase reports whether t is a golang-jwt v4/v3 claims type
// (RegisteredClaims, StandardClaims, MapClaims) whose Valid method checks
// the time claims.
func IsValidatingClaimsBase(t types.Type) bool {
	return claimsBases[TypeName(t)]
}

// expectedTypes are go-jose Expected types; the value says whether a zero
// Time field skips exp and nbf (square/go-jose.v2 and go-jose.v2).
var expectedTypes = map[string]bool{}

// ExpectedType reports whether t is a go-jose jwt.Expected type and, if so,
// whether leaving its Time zero skips the time checks.
func ExpectedType(t types.Type) (isExpected, zeroTimeSkips bool) {
	skips, ok := expectedTypes[TypeName(t)]
	return ok, skips
}

// audienceArgs are verify functions taking the expected audience as a
// plain argument, which they ignore when it is empty.
var audienceArgs = map[string]int{}

// AudienceArg returns the index of the audience argument of fn, a verify
// function that skips the audience check when it is "" (idtoken.Validate),
// or -1.
func AudienceArg(fn *types.Func) int {
	if i, ok := audienceArgs[FuncName(fn)]; ok {
		return i
	}
	return -1
}

// issuerUnchecked are verify functions that never check the issuer: the
// caller must compare the result's Issuer field itself.
var issuerUnchecked = map[string]bool{}

// IssuerUnchecked reports whether the verify function fn never checks the
// token's issuer (idtoken.Validate).
func IssuerUnchecked(fn *types.Func) bool { return issuerUnchecked[FuncName(fn)] }

// expectedFields maps the go-jose Expected fields that bind a token to an
// audience or issuer to the claim they check.
var expectedFields = map[string]string{}

// ExpectedClaimField returns the claim ("aud", "iss") the field name of
// the go-jose Expected type t checks when non-empty, or "".
func ExpectedClaimField(t types.Type, name string) string {
	return expectedFields[TypeName(t)+"."+name]
}

func init() {
	for _, lib := range []*Library{golangJWTv5, golangJWTv4} {
		claimsEffects[lib.Module+".WithoutClaimsValidation"] = ValidationOff
	}
	v5 := golangJWTv5.Module + "."
	claimsEffects[v5+"WithExpirationRequired"] = RequireExp
	claimsEffects[v5+"WithAudience"] = AudienceCheck
	claimsEffects[v5+"WithAllAudiences"] = AudienceCheck
	claimsEffects[v5+"WithIssuer"] = IssuerCheck

	for _, lib := range []*Library{golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		for _, t := range claimsTypes(lib) {
			p := lib.Module + "." + t
			claimsBases[p] = true
			claimChecks[p+".Valid"] = ClaimCheck{Claim: "exp", Req: -1}
			claimChecks[p+".VerifyExpiresAt"] = ClaimCheck{Claim: "exp", Req: 1}
			claimChecks[p+".VerifyNotBefore"] = ClaimCheck{Claim: "nbf", Req: 1}
			claimChecks[p+".VerifyAudience"] = ClaimCheck{Claim: "aud", Req: 1}
			claimChecks[p+".VerifyIssuer"] = ClaimCheck{Claim: "iss", Req: 1}
		}
	}
	// FuncName spells methods as "(T).M" or "(*T).M": register both.
	plain := claimChecks
	claimChecks = map[string]ClaimCheck{}
	for name, c := range plain {
		i := len(name) - 1
		for name[i] != '.' {
			i--
		}
		recv, m := name[:i], name[i:]
		claimChecks["("+recv+")"+m] = c
		claimChecks["(*"+recv+")"+m] = c
	}

	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		p := lib.Module + "/jwt."
		claimsEffects[p+"WithValidate"] = ValidationToggle
		claimsEffects[p+"WithRequiredClaim"] = RequireClaim
		claimsEffects[p+"WithAudience"] = AudienceCheck
		claimsEffects[p+"WithIssuer"] = IssuerCheck
		for _, o := range []string{"WithSubject", "WithJwtID", "WithClaimValue", "WithClock", "WithAcceptableSkew", "WithValidator", "WithMaxDelta", "WithMinDelta"} {
			claimsEffects[p+o] = OtherValidateOption
		}
		if lib != jwxV1 {
			claimsEffects[p+"WithResetValidators"] = ResetValidators
		}
	}

	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module + "/jwt."
		expectedTypes[p+"Expected"] = lib == squareJose || lib == goJoseV2
		expectedFields[p+"Expected.Issuer"] = "iss"
		if lib == goJoseV4 {
			expectedFields[p+"Expected.AnyAudience"] = "aud"
		} else {
			expectedFields[p+"Expected.Audience"] = "aud"
		}
		claimChecks["("+p+"Claims).Validate"] = ClaimCheck{Claim: AllClaims, Req: -1}
		claimChecks["("+p+"Claims).ValidateWithLeeway"] = ClaimCheck{Claim: AllClaims, Req: -1}
	}

	claimsEffects[goOIDC.Module+"/oidc.InsecureIssuerURLContext"] = InsecureIssuer // v3 only

	audienceArgs["google.golang.org/api/idtoken.Validate"] = 2
	audienceArgs["(*google.golang.org/api/idtoken.Validator).Validate"] = 2
	issuerUnchecked["google.golang.org/api/idtoken.Validate"] = true
	issuerUnchecked["(*google.golang.org/api/idtoken.Validator).Validate"] = true

	for _, lib := range []*Library{cristalhqV4, cristalhqV5} {
		for _, m := range []string{"IsValidAt", "IsValidExpiresAt", "IsValidNotBefore", "IsValidIssuedAt"} {
			claimChecks["(*"+lib.Module+".RegisteredClaims)."+m] = ClaimCheck{Claim: "exp", Req: -1}
		}
		claimChecks["(*"+lib.Module+".RegisteredClaims).IsForAudience"] = ClaimCheck{Claim: "aud", Req: -1}
		claimChecks["(*"+lib.Module+".RegisteredClaims).IsIssuer"] = ClaimCheck{Claim: "iss", Req: -1}
	}

	claimsEffects["github.com/gbrlsnchs/jwt/v3.ValidatePayload"] = PayloadValidation
}

// claimReads maps fields ("path.T.Field") and getter methods
// ("(path.T).M") of the libraries' claims and token types to the claim
// ("aud", "iss") they read: comparing one by hand binds the token.
var claimReads = map[string]string{}

// ClaimOfField returns the claim ("aud", "iss") that field name of the
// library type t holds (RegisteredClaims.Issuer, oidc IDToken.Audience), or
// "".
func ClaimOfField(t types.Type, name string) string {
	tn := TypeName(t)
	if tn == "" {
		return ""
	}
	return claimReads[tn+"."+name]
}

// ClaimOfGetter returns the claim ("aud", "iss") the library method fn
// returns (golang-jwt v5 GetIssuer, jwx Token.Audience), or "".
func ClaimOfGetter(fn *types.Func) string {
	name := FuncName(fn)
	if name == "" {
		return ""
	}
	return claimReads[name]
}

func init() {
	fields := func(typ string) {
		claimReads[typ+".Issuer"] = "iss"
		claimReads[typ+".Audience"] = "aud"
	}
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		if lib == golangJWTv5 || lib == golangJWTv4 {
			fields(lib.Module + ".RegisteredClaims")
		}
		if lib != golangJWTv5 {
			fields(lib.Module + ".StandardClaims")
		}
	}
	for _, t := range []string{"RegisteredClaims", "MapClaims", "Claims"} {
		claimReads["("+golangJWTv5.Module+"."+t+").GetIssuer"] = "iss"
		claimReads["("+golangJWTv5.Module+"."+t+").GetAudience"] = "aud"
	}
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		claimReads["("+lib.Module+"/jwt.Token).Issuer"] = "iss"
		claimReads["("+lib.Module+"/jwt.Token).Audience"] = "aud"
	}
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		fields(lib.Module + "/jwt.Claims")
	}
	fields(goOIDC.Module + "/oidc.IDToken")
	fields(goOIDCv2.Module + ".IDToken")
	fields("google.golang.org/api/idtoken.Payload")
	fields(firebaseV4.Module + ".Token")
	fields(firebaseV3.Module + ".Token")
	fields(cristalhqV4.Module + ".RegisteredClaims")
	fields(cristalhqV5.Module + ".RegisteredClaims")
}

// VerifierCtor describes a function building an ID token verifier from a
// configuration: the indices of its issuer, key set and configuration
// arguments (-1 if none).
type VerifierCtor struct{ Issuer, KeySet, Config int }

var verifierCtors = map[string]VerifierCtor{}

// LookupVerifierCtor returns how fn builds a verifier from a configuration
// (go-oidc NewVerifier, (*Provider).Verifier), if it does.
func LookupVerifierCtor(fn *types.Func) (VerifierCtor, bool) {
	c, ok := verifierCtors[FuncName(fn)]
	return c, ok
}

// providerIssuerArgs are functions discovering a provider from an issuer
// URL, by the index of that argument.
var providerIssuerArgs = map[string]int{}

// ProviderIssuerArg returns the index of the issuer URL argument of a
// provider constructor (go-oidc NewProvider), or -1.
func ProviderIssuerArg(fn *types.Func) int {
	if i, ok := providerIssuerArgs[FuncName(fn)]; ok {
		return i
	}
	return -1
}

func init() {
	for _, p := range []string{goOIDC.Module + "/oidc", goOIDCv2.Module} {
		verifierCtors[p+".NewVerifier"] = VerifierCtor{Issuer: 0, KeySet: 1, Config: 2}
		verifierCtors["(*"+p+".Provider).Verifier"] = VerifierCtor{Issuer: -1, KeySet: -1, Config: 0}
		providerIssuerArgs[p+".NewProvider"] = 1
	}
	verifierCtors["(*"+goOIDC.Module+"/oidc.Provider).VerifierContext"] = VerifierCtor{Issuer: -1, KeySet: -1, Config: 1}
	// The flow engine follows the verifiers they build.
	for name := range verifierCtors {
		addSource(name, callSource{label: Verifier})
	}
}

// verifierTypes are the verifier types the verifier constructors build.
var verifierTypes = map[string]bool{}

// IsVerifierType reports whether t is (a pointer to) a verifier type built
// by a verifier constructor (go-oidc IDTokenVerifier).
func IsVerifierType(t types.Type) bool { return verifierTypes[TypeName(t)] }

func init() {
	for _, p := range []string{goOIDC.Module + "/oidc", goOIDCv2.Module} {
		verifierTypes[p+".IDTokenVerifier"] = true
	}
}

// configExpectations maps fields of verifier configurations to the claim
// whose expected value they hold (go-oidc Config.ClientID: the audience).
var configExpectations = map[string]string{}

// ConfigExpectation returns the claim ("aud", "iss") whose expected value
// field name of the configuration type t holds, or "".
func ConfigExpectation(t types.Type, name string) string {
	tn := TypeName(t)
	if tn == "" {
		return ""
	}
	return configExpectations[tn+"."+name]
}

func init() {
	for _, p := range []string{goOIDC.Module + "/oidc", goOIDCv2.Module} {
		configExpectations[p+".Config.ClientID"] = "aud"
	}
}

// signatureOnly are functions that verify a token's signature and return
// its payload without checking any claim, by the index of the payload
// result (go-oidc KeySet.VerifySignature, go-jose JSONWebSignature.Verify).
var signatureOnly = map[string]int{}

// SignatureOnlyPayload returns the index of the payload result of fn, a
// function that checks a signature and no claim, or -1.
func SignatureOnlyPayload(fn *types.Func) int {
	if i, ok := signatureOnly[FuncName(fn)]; ok {
		return i
	}
	return -1
}

// payloadDecoders are standard library functions decoding data into a
// value: the indices of the data and destination arguments.
var payloadDecoders = map[string][2]int{
	"encoding/json.Unmarshal": {0, 1},
}

// PayloadDecoder returns the data and destination argument indices of a
// standard library decoding function (json.Unmarshal).
func PayloadDecoder(fn *types.Func) (data, dest int, ok bool) {
	if fn == nil {
		return 0, 0, false
	}
	d, ok := payloadDecoders[fn.Origin().FullName()]
	return d[0], d[1], ok
}

func init() {
	p := goOIDC.Module + "/oidc"
	signatureOnly["("+p+".KeySet).VerifySignature"] = 0
	signatureOnly["(*"+p+".RemoteKeySet).VerifySignature"] = 0
	signatureOnly["(*"+p+".StaticKeySet).VerifySignature"] = 0
	signatureOnly["("+goOIDCv2.Module+".KeySet).VerifySignature"] = 0
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		signatureOnly["("+lib.Module+".JSONWebSignature).Verify"] = 0
	}
}

// ClaimsRule says how a library's verifying parse validates the registered
// claims (exp, nbf, aud, iss) of the token it returns, and so what a
// program must add to it.
type ClaimsRule uint8

const (
	_ ClaimsRule = iota
	// ClaimsByParserOptions: the parse validates the time claims itself,
	// aud and iss only when parser options or claims methods ask
	// (golang-jwt and its forks).
	ClaimsByParserOptions
	// ClaimsByValidateOptions: the parse of the jwt package validates the
	// time claims unless switched off, aud and iss only when options ask
	// (jwx).
	ClaimsByValidateOptions
	// ClaimsByExpected: the verifying Claims method validates no claim; the
	// claims' Validate(Expected) does (go-jose).
	ClaimsByExpected
	// ClaimsByAudienceArg: the verification checks exp, iss and the
	// audience given as its argument (idtoken).
	ClaimsByAudienceArg
	// ClaimsUnchecked: the verification checks only the signature; the
	// claims' own methods (IsValidAt, IsForAudience) check the claims
	// (cristalhq).
	ClaimsUnchecked
	// ClaimsByPayloadOption: the verification validates claims only when
	// given a payload-validation option (gbrlsnchs ValidatePayload).
	ClaimsByPayloadOption
)

func init() {
	for rule, libs := range map[ClaimsRule][]*Library{
		ClaimsByParserOptions:   {golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech},
		ClaimsByValidateOptions: {jwxV1, jwxV2, jwxV3, jwxV4},
		ClaimsByExpected:        {goJoseV4, goJoseV3, squareJose, goJoseV2},
		ClaimsByAudienceArg:     {idtoken},
		ClaimsUnchecked:         {cristalhqV4, cristalhqV5},
		ClaimsByPayloadOption:   {gbrlsnchs},
	} {
		for _, lib := range libs {
			lib.Claims = rule
		}
	}
}

// VerifiedClaimsRule returns how the verifying parse fn validates claims,
// or 0 when fn is not a verifying parse the rule applies to: of jwx only
// the parses of the jwt package, of go-jose only (*JSONWebToken).Claims.
func VerifiedClaimsRule(fn *types.Func) ClaimsRule {
	f := LookupFunc(fn)
	if f == nil || f.Kind != Verified {
		return 0
	}
	switch f.Lib.Claims {
	case ClaimsByValidateOptions:
		if CanonicalPath(fn.Origin().Pkg().Path()) != f.Lib.Module+"/jwt" {
			return 0
		}
	case ClaimsByExpected:
		if fn.Name() != "Claims" {
			return 0
		}
	}
	return f.Lib.Claims
}

// ClaimsCheckedSeparately reports whether fn belongs to a library whose
// verification checks only the signature, so that a claims method of it
// (cristalhq IsValidAt) is the program's only claims validation.
func ClaimsCheckedSeparately(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	lib := LibraryOf(CanonicalPath(fn.Pkg().Path()))
	return lib != nil && lib.Claims == ClaimsUnchecked
}

// claimFieldNames are the names of the registered claims' fields of the
// libraries' claims types (golang-jwt Audience, Issuer, ExpiresAt; go-jose
// Expiry; go-jose Expected.AnyAudience). Programs' own claims types name
// theirs alike, so they are matched by name on any struct.
var claimFieldNames = map[string]string{
	"Audience": "aud", "AnyAudience": "aud", "Issuer": "iss", "ExpiresAt": "exp", "Expiry": "exp",
}

// ClaimOfFieldName returns the registered claim ("aud", "iss", "exp") a
// struct field of that name holds, by name alone, or "".
func ClaimOfFieldName(name string) string { return claimFieldNames[name] }

// ValidatesByDefault reports whether the library fn belongs to validates
// claims unless an option switches that off: every modelled library but
// jwx v1, where validation is off unless WithValidate(true) turns it on
// (so there WithValidate(false) changes nothing).
func ValidatesByDefault(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	lib := LibraryOf(CanonicalPath(fn.Pkg().Path()))
	return lib != nil && lib != jwxV1
}

// AudienceByParserOption reports whether the library binds aud and iss
// only through parser options (golang-jwt v5 WithAudience, WithIssuer), not
// through methods of its claims types (v4 VerifyAudience, VerifyIssuer).
func (l *Library) AudienceByParserOption() bool { return l == golangJWTv5 }

// ParserFieldSkipsClaims reports whether a parser option given as a struct
// field of that name (options resolved from a parser literal carry the
// field's name) switches claims validation off: golang-jwt v4 and earlier
// Parser.SkipClaimsValidation.
func ParserFieldSkipsClaims(name string) bool {
	return fields[golangJWTv4.Module+".Parser."+name] == SkipClaims
}

// Member names the passes look up or match on a value whose type is known
// only by its role (a program's own claims type embedding a library's, a
// token, a go-jose Expected reached through a variable). Each names a real
// API member; the real-API test checks them.
const (
	// ClaimsValidMethod is the method of golang-jwt v4 and earlier's Claims
	// interface that the parser calls to validate claims; a program's
	// claims type may declare its own.
	ClaimsValidMethod = "Valid"
	// ClaimsValidateMethod is go-jose Claims.Validate(Expected).
	ClaimsValidateMethod = "Validate"
	// TokenValidField is golang-jwt Token.Valid, set when the token
	// verified.
	TokenValidField = "Valid"
	// ExpectedTimeField and ExpectedWithTime set the time go-jose
	// Expected validates exp and nbf at (Expected.Time,
	// Expected.WithTime).
	ExpectedTimeField = "Time"
	ExpectedWithTime  = "WithTime"
)
