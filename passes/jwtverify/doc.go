// Package jwtverify defines an Analyzer that reports tokens whose claims are
// used without their signature having been verified.
//
// # Analyzer jwtverify
//
// jwtverify: report tokens parsed, or their claims used, without signature verification
//
// A JWT's claims are only as trustworthy as its signature. jwtverify reports,
// at the parse call:
//
//   - a parse that does not verify the signature whose result is used for
//     anything but reading header fields: golang-jwt (*Parser).ParseUnverified
//     (all versions), jwx v2/v3 jwt.ParseInsecure or jwt.WithVerify(false)
//     (even next to a key option, which it overrides), jwx v1 jwt.Parse* with
//     no key option, jwx jws.Parse whose payload is used without jws.Verify,
//     go-jose UnsafeClaimsWithoutVerification and
//     UnsafePayloadWithoutVerification, go-oidc
//     Config{InsecureSkipSignatureCheck: true}, idtoken.ParsePayload,
//     kataras jwt.Decode, cristalhq jwt.ParseNoVerify and x/oauth2/jws Decode;
//   - a verifying parse whose error is discarded, or whose token or claims
//     are used on a path where neither the error nor token.Valid was checked;
//   - code that branches on an "expired" error (errors.Is(err,
//     jwt.ErrTokenExpired), v4 ValidationErrorExpired) and then accepts the
//     token without first ruling out signature errors: on golang-jwt before
//     v4.5.1 (CVE-2024-51744) and on dgrijalva/jwt-go the expired bit can be
//     set on a token whose signature is forged.
//
// Reading kid, alg or typ from an unverified parse to choose the key of a
// verified one is not reported. A function that returns an unverified token
// or its claims is treated like the parse inside it, across packages of the
// module under analysis.
//
// Fix: verify before trusting: jwt.Parse(s, keyFunc,
// jwt.WithValidMethods(...)), jwt.Parse(b, jwt.WithKey(alg, key)),
// tok.Claims(key, &claims), and check the error before using the result.
package jwtverify
