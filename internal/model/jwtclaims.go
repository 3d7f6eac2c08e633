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
	// RemoteKeys: the function returns a key set or keyfunc fetched from, or
	// belonging to, another party (a JWKS URL: keyfunc, jwk.Fetch, jwk.Cache,
	// go-oidc NewRemoteKeySet).
	RemoteKeys
)

var claimsEffects = map[string]ClaimsEffect{}

// LookupClaimsEffect returns what calling fn does to claims validation, or 0.
func LookupClaimsEffect(fn *types.Func) ClaimsEffect {
	name := FuncName(fn)
	if name == "" {
		return 0
	}
	if e := claimsEffects[name]; e != 0 {
		return e
	}
	// Every method of a keyfunc type hands out keys of a remote key set.
	if LibraryOf(CanonicalPath(fn.Pkg().Path())).Family == "keyfunc" && fn.Signature().Recv() != nil {
		return RemoteKeys
	}
	return 0
}

// ClaimCheck describes a method that validates claims on a value.
type ClaimCheck struct {
	// Claims are the claims it checks: "exp", "nbf", "aud", "iss", or "all"
	// for the time claims and every claim its argument names.
	Claim string
	// Req is the index of the "required" bool argument (golang-jwt v4
	// Verify*(cmp, req)), or -1.
	Req int
}

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

func init() {
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		claimsEffects[lib.Module+".WithoutClaimsValidation"] = ValidationOff
	}
	v5 := golangJWTv5.Module + "."
	claimsEffects[v5+"WithExpirationRequired"] = RequireExp
	claimsEffects[v5+"WithAudience"] = AudienceCheck
	claimsEffects[v5+"WithAllAudiences"] = AudienceCheck
	claimsEffects[v5+"WithIssuer"] = IssuerCheck

	for _, lib := range []*Library{golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		for _, t := range []string{"MapClaims", "StandardClaims", "RegisteredClaims"} {
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
		for _, o := range []string{"WithSubject", "WithJwtID", "WithClaimValue", "WithClock", "WithAcceptableSkew", "WithValidator", "WithMaxDelta", "WithMinDelta", "WithIssuedAt"} {
			claimsEffects[p+o] = OtherValidateOption
		}
		if lib != jwxV1 {
			claimsEffects[p+"WithResetValidators"] = ResetValidators
		}
		k := lib.Module + "/jwk."
		claimsEffects[k+"Fetch"] = RemoteKeys
		claimsEffects[k+"NewCachedSet"] = RemoteKeys
		claimsEffects["(*"+k+"Cache).Get"] = RemoteKeys
		claimsEffects["(*"+k+"Cache).Lookup"] = RemoteKeys
		claimsEffects["(*"+k+"AutoRefresh).Fetch"] = RemoteKeys
		claimsEffects["(*"+k+"AutoRefresh).Refresh"] = RemoteKeys
	}

	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module + "/jwt."
		expectedTypes[p+"Expected"] = lib == squareJose || lib == goJoseV2
		claimChecks["("+p+"Claims).Validate"] = ClaimCheck{Claim: "all", Req: -1}
		claimChecks["("+p+"Claims).ValidateWithLeeway"] = ClaimCheck{Claim: "all", Req: -1}
	}

	for _, p := range []string{goOIDC.Module + "/oidc.", goOIDCv2.Module + "."} {
		claimsEffects[p+"InsecureIssuerURLContext"] = InsecureIssuer
		claimsEffects[p+"NewRemoteKeySet"] = RemoteKeys
	}

	audienceArgs["google.golang.org/api/idtoken.Validate"] = 2
	audienceArgs["(*google.golang.org/api/idtoken.Validator).Validate"] = 2

	for _, lib := range []*Library{cristalhqV4, cristalhqV5} {
		for _, m := range []string{"IsValidAt", "IsValidExpiresAt", "IsValidNotBefore", "IsValidIssuedAt"} {
			claimChecks["(*"+lib.Module+".RegisteredClaims)."+m] = ClaimCheck{Claim: "exp", Req: -1}
		}
		claimChecks["(*"+lib.Module+".RegisteredClaims).IsForAudience"] = ClaimCheck{Claim: "aud", Req: -1}
		claimChecks["(*"+lib.Module+".RegisteredClaims).IsIssuer"] = ClaimCheck{Claim: "iss", Req: -1}
	}

	claimsEffects["github.com/gbrlsnchs/jwt/v3.ValidatePayload"] = PayloadValidation

	for _, f := range []string{"Get", "NewJSON", "GetMultiple"} {
		claimsEffects[keyfuncV1.Module+"."+f] = RemoteKeys
		claimsEffects[keyfuncV2.Module+"."+f] = RemoteKeys
	}
	for _, f := range []string{"New", "NewDefault", "NewDefaultCtx", "NewDefaultOverrideCtx", "NewJWKJSON", "NewJWKSetJSON"} {
		claimsEffects[keyfuncV3.Module+"."+f] = RemoteKeys
	}
}
