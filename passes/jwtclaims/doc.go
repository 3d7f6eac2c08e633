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
//     check of that claim: req=false accepts a token without it.
//
// It also reports tokens verified with keys of a remote key set (a JWKS
// through MicahParks/keyfunc, jwx jwk.Fetch or jwk.Cache) when neither the
// audience nor the issuer is checked: every service trusting the same
// identity provider would accept the others' tokens. An audience or issuer
// read from os.Getenv, which may be empty, counts as unchecked.
//
// Self-issued tokens (an HMAC key of our own) verified without requiring
// exp, audience and issuer are not reported unless -strict is set.
//
// Flags:
//
//	-strict  report every verified parse that does not require exp, audience and issuer
package jwtclaims
