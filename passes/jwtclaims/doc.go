// Package jwtclaims defines an Analyzer that reports token claims that are not validated.
//
// # Analyzer jwtclaims
//
// jwtclaims: report exp, aud, iss and nbf not validated, or claims validation switched off
//
// A verified signature says who minted a token, not that it is still valid
// or meant for this service. jwtclaims reports code that switches off or
// skips a check the library would otherwise make:
//
//   - golang-jwt WithoutClaimsValidation() and Parser{SkipClaimsValidation: true};
//   - jwx v2+ jwt.WithValidate(false) and jwt.WithResetValidators(true);
//     jwx v1 jwt.Parse* with a key but without jwt.WithValidate(true)
//     (validation is off by default there, and validate options such as
//     WithAudience are ignored);
//   - go-jose tok.Claims(key, &c) never followed by c.Validate or
//     c.ValidateWithLeeway; square/go-jose.v2 and go-jose.v2 Expected
//     values without Time (exp and nbf are then skipped);
//   - go-oidc Config{SkipExpiryCheck, SkipIssuerCheck, SkipClientIDCheck:
//     true} and oidc.InsecureIssuerURLContext;
//   - idtoken.Validate with an empty audience;
//   - cristalhq Parse/ParseClaims with no IsValidAt, IsForAudience... on the
//     claims, gbrlsnchs Verify without a ValidatePayload option;
//   - a golang-jwt v4/v3 claims type embedding RegisteredClaims,
//     StandardClaims or MapClaims whose own Valid method does not call the
//     embedded one (the parser then checks neither exp nor nbf);
//   - VerifyExpiresAt, VerifyAudience or VerifyIssuer(x, false) as the only
//     check of that claim: req=false accepts a token without it;
//   - signature-only verification: go-oidc KeySet.VerifySignature and
//     go-jose JSONWebSignature.Verify, whose payload the same function
//     json.Unmarshals into claims of a struct with a field tagged
//     json:"exp" (directly or embedded) that it then uses, while neither
//     it nor a function of the package it passes them to (two calls deep)
//     reads exp or calls a Valid*/Verify* method on them. Not reported
//     when the claims are returned or handed to a function that cannot be
//     read (it may validate them), nor for payloads without exp (a signed
//     message that is no token).
//
// Switching validation off is not reported where it changes nothing: a
// WithoutClaimsValidation() or SkipClaimsValidation parser, or a jwx
// WithValidate(false), that only reaches parses that do not verify the
// signature either (ParseUnverified, jwx WithVerify(false): jwtverify
// reports those), whose token the same function then passes to jwx
// jwt.Validate, or after which the same function checks a time claim
// itself: exp, iat or nbf of a library claims type (also embedded) handed
// to the time package for a decision (time.Since(c.IssuedAt.Time) >
// max, c.ExpiresAt.Before(now)), as a DPoP proof validator checks the
// proof's age. A jwx v1 parse with a key whose token is discarded (a
// signature check) or passed to jwt.Validate in the same function is not
// reported either: jwt.Validate checks the claims.
//
// External issuer without binding: it also reports tokens verified with
// keys of another party when neither the audience nor the issuer is
// checked (golang-jwt v5 WithAudience/WithIssuer, v4/v3 VerifyAudience or
// VerifyIssuer(x, true) or a read of the claim, jwx WithAudience/
// WithIssuer, go-jose Expected.Issuer and AnyAudience/Audience passed to
// Validate or ValidateWithLeeway): every service trusting the same issuer
// would accept the others' tokens. Keys of another party are
//
//   - keys of a remote key set: a JWKS through MicahParks/keyfunc, jwx
//     jwk.Fetch, jwk.Cache or WithVerifyAuto, go-oidc NewRemoteKeySet;
//   - public keys (*rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey,
//     crypto.PublicKey, a certificate's key, a key set such as jwk.Set or
//     jose.JSONWebKeySet, or a key used with an RS/PS/ES/EdDSA algorithm)
//     when no code of the package outside _test.go files signs tokens with
//     a private key of the matching kind (golang-jwt SignedString, jwx
//     jwt.Sign and jws.Sign, go-jose NewSigner, kataras Sign). A package
//     that signs with the private key verifies its own tokens. Signing in
//     another package of the module is not seen. Its owner issues tokens to
//     other services too, and they pass unless the audience or issuer is
//     checked.
//
// An audience or issuer compared by hand after the parse binds the token
// too: a claims field (RegisteredClaims.Issuer, a field tagged json:"iss"
// or json:"aud"), a getter (GetIssuer, jwx tok.Audience()) or a map read
// (claims["iss"]) that is compared with == or != (not with ""), switched
// on, looked up in an allow-list map, ranged over and compared, or passed
// to a function returning a bool or an error (slices.Contains, a helper;
// not fmt, log, errors or a token library function), in the function of
// the parse or in a function of the package that the claims are passed to
// (two calls deep), or in a function of another package that the claims
// are passed to and that carries a fact saying it compares them ("checks
// aud", "checks iss": exported for functions taking a token, claims, a map
// or a struct with an iss or aud field, that compare such a claim). A
// golang-jwt
// v4/v3 parse whose function calls VerifyAudience or VerifyIssuer(x,
// false) is not reported again for an unbound issuer: that call is.
//
// go-oidc SkipIssuerCheck and SkipClientIDCheck are not reported when the
// configuration goes to oidc.NewVerifier with a key set of a type of the
// program (our own keys), when the function building it compares the
// claim by hand, when the issuer the verifier or its provider
// (oidc.NewProvider) is built for is a variable compared first (an
// allow-list), or when a function verifying with that verifier (chained,
// or through the variable or field it is stored in) compares the claim of
// the verified IDToken or of the claims decoded from it (tok.Claims(&m)),
// itself or in a helper it hands them to. A verifier the flow engine follows where the
// constructor call cannot be traced back (memoized in a struct field by a
// getter method, returned by a helper, captured by a closure) counts for
// the configuration it was built from. When the configuration leaves its
// function (returned, handed to a builder held in a function value), the
// functions verifying with a verifier whose constructor cannot be found
// count instead. Only this flow counts: an unrelated read of IDToken.Issuer
// elsewhere in the package does not.
//
// A golang-jwt parse with a public key that only checks the signature (the
// token is discarded or only its Valid field read, the claims argument a
// literal or never read) is not reported: the claims are bound where they
// are used.
//
// Circular expectations: a verification whose expected audience or
// issuer is read from the unverified claims of the token it verifies is
// reported at the verifying call, whatever its key: golang-jwt v5 and jwx
// WithAudience/WithIssuer, the audience of idtoken.Validate, the ClientID
// of the go-oidc Config its verifier is built from (chained, or through a
// variable), and the Issuer and audience of the go-jose Expected given to
// claims.Validate, when the value is a field, index, getter, conversion,
// concatenation or slice literal of what ParseUnverified, ParseInsecure,
// UnsafeClaimsWithoutVerification, idtoken.ParsePayload... decoded from
// the same token in the same function, directly, through a variable, or
// as the variable of a range over it (for _, aud := range
// unverified.Audience). Not reported when the value (or the claim it is
// read from) is checked against fixed values in the function: compared,
// switched on, used as the key of a map lookup (a key picked by issuer,
// keys[unverified.Issuer], binds the issuer), or passed to a standard
// library predicate such as slices.Contains; nor when the
// unverified parse reads another token variable. The value may also be
// the result of a function that returns an unverified claim of the token
// passed to it (audienceOf(raw)): computed for functions of the package,
// and carried to other packages by a fact ("returns unverified claims of
// parameter N").
//
// An audience or issuer option added only when its value is configured
// (if cfg.Audience != "" { opts = append(opts, jwt.WithAudience(...)) },
// also len(x) > 0 and x != nil, alone or in a conjunction), or a go-jose
// Expected field assigned only then (if cfg.Issuer != "" { e.Issuer =
// cfg.Issuer }), does not bind the token: the default configuration accepts tokens the identity
// provider issued to other services. Such a parse is reported, saying
// which option is optional, when no other binding exists.
//
// Keys are classified by internal/keysource, which follows keyfuncs
// (literals, functions, method values), variables and struct fields (also
// k, err := f(), and a field set by a constructor from its parameter)
// and key options. For go-jose Validate, the claims may also come from a
// function of the package that verified and returned them (c, err :=
// v.parse(raw)): its tok.Claims key counts. An audience or issuer read from os.Getenv, which may
// be empty, counts as unchecked.
//
// Self-issued tokens (an HMAC key of our own, or our own key pair)
// verified without requiring exp, audience and issuer are not reported
// unless -strict is set: a token without exp then never expires, and one
// minted for another audience of the same issuer passes. With -strict:
//
//   - golang-jwt v5 and jwx: a verified parse without WithExpirationRequired
//     / WithRequiredClaim("exp"), WithAudience and WithIssuer;
//   - golang-jwt v4/v3: a verified parse whose function (or its claims'
//     own Valid method) never calls VerifyExpiresAt, VerifyAudience or
//     VerifyIssuer with req true, nor reads the claim, unless the token or
//     claims leave the function;
//   - go-jose: Validate or ValidateWithLeeway with an Expected lacking
//     Issuer or the audience, or in a function that never nil-checks
//     claims.Expiry;
//   - idtoken: Validate with an audience in a function that never reads
//     the payload's Issuer (the library never checks it);
//   - go-oidc checks exp, audience and issuer by default: nothing more.
//
// Flags:
//
//	-strict  report every verified parse or validation that does not require exp, audience and issuer
package jwtclaims
