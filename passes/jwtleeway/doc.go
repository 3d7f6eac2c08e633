// Package jwtleeway defines an Analyzer that reports risky clock-skew leeway and clock overrides.
//
// # Analyzer jwtleeway
//
// jwtleeway: report zero or excessive clock-skew leeway and clock overrides outside tests
//
// Token libraries compare exp, nbf and iat with the current time, allowing a
// leeway for the clocks of the issuer and the verifier to differ. jwtleeway
// reports, at the offending argument:
//
//   - excessive leeway: golang-jwt v5 jwt.WithLeeway(d), jwx (v1–v4)
//     jwt.WithAcceptableSkew(d) and go-jose (v4, v3, square/go-jose.v2,
//     go-jose.v2) Claims.ValidateWithLeeway(e, d) with d above the limit set
//     by -jwtleeway.max (default 5m): the leeway extends every token's life
//     past its exp by that much;
//   - zero leeway where the clocks of different machines meet: the same
//     calls with d == 0 when the token is verified with a public key, a key
//     set or a remote JWKS (a keyfunc returning *rsa.PublicKey,
//     *ecdsa.PublicKey, ed25519.PublicKey, crypto.PublicKey or a
//     jwt.VerificationKeySet, a MicahParks keyfunc, jwx jwt.WithKeySet,
//     WithVerifyAuto or WithKey with an asymmetric algorithm or key, go-jose
//     Claims with a public key or JSONWebKeySet): the issuer's clock runs
//     ahead of ours by a second and fresh tokens fail their nbf or iat
//     check, which invites turning the checks off. The key is found at the
//     parses the option reaches (also through a parser kept in a struct
//     field by a constructor), else at the verifying calls of the same
//     function, else, for ValidateWithLeeway, at the function of the
//     package that verified and returned the claims (c, err :=
//     v.parse(raw)). A jwx jwt.Validate(tok, jwt.WithIssuer(iss),
//     jwt.WithAcceptableSkew(0)) with a non-empty issuer, in a package that
//     signs no token with a private key, re-validates a token of that
//     issuer: it counts as minted by another machine too;
//   - clock overrides outside tests: any assignment to golang-jwt v4/v3 (and
//     dgrijalva, form3tech) jwt.TimeFunc or kataras jwt.Clock, which replace
//     the clock of every validation in the process; and golang-jwt v5
//     jwt.WithTimeFunc(f), jwx jwt.WithClock(c), go-oidc
//     oidc.Config{Now: f} (or cfg.Now = f), go-jose jwt.Expected{Time: t}
//     and Expected.WithTime(t) set to a shifted clock (time.Now().Add(d)) or
//     a fixed time (time.Date, time.Unix). time.Now, a function returning
//     time.Now() or time.Now().UTC(), and a zero time.Time are the current
//     time and are fine; a value that cannot be resolved is not reported.
//     exp, nbf and iat are then checked against the wrong time: a clock
//     running late accepts expired tokens, a fixed one accepts them forever.
//
// Leeway values are resolved through constants (also those of other
// packages), local and package variables of the package whose every
// assignment is the same constant, and package-level time.Duration
// variables of other packages of the module initialized to a constant and
// never assigned in their own package (a fact carries their value; an
// assignment from yet another package is not seen).
//
// A self-issued token, verified with an HMAC secret ([]byte or string key,
// HS256/HS384/HS512), is not reported with zero leeway: the service that
// minted it shares the secret and, in practice, the clock (its replicas
// run NTP), and the library's default is already zero. Zero leeway with a
// key that cannot be classified is not reported either.
//
// Not reported: kataras jwt.Leeway(d), which is stricter, not a leeway (it
// rejects tokens expiring within d); go-jose Claims.Validate(e), whose
// implied leeway of one minute (DefaultLeeway) is fine; go-oidc, which has
// no leeway option. Code in _test.go files and in functions taking a
// *testing.T, *testing.B, *testing.F or testing.TB is not checked.
//
// Fix: for zero leeway, allow 30 seconds, the common choice:
// jwt.WithLeeway(30*time.Second), jwt.WithAcceptableSkew(30*time.Second),
// claims.ValidateWithLeeway(e, 30*time.Second). The suggested fix is only
// offered when the file imports "time" under the name time (no import is
// added); otherwise the diagnostic comes without a fix.
package jwtleeway
