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
// What counts as a use of the claims. A use decides something: a branch
// condition, an argument of a function that is not a printer (an
// authorization or identity lookup), a value stored in a field or map, or
// returned to the caller. Claims that are only displayed decide nothing and
// are not reported: passed to a printer (fmt.Print*, fmt.Fprint*, log.*,
// log/slog, zap and logrus loggers, a zerolog event's fields), put into an
// error message (fmt.Errorf, errors.New("..." + sub)), or written back to
// the requester (http.Error, ResponseWriter.Write), directly or through a
// formatter (fmt.Sprintf, slog.String, logger.With, json.Marshal); the
// list is in internal/model (display.go). Reading kid, alg or typ, testing
// a claim for presence (rc.Issuer == "", or claims["sub"] read into a
// variable only compared with "" or nil in if conditions: sub, ok :=
// claims["sub"].(string); !ok || sub == ""), or deleting a claim
// (delete(claims, "iss")), is not a use either.
//
// Peeks are path-sensitive. An unverified parse of a string that the same
// function also verifies (a verifying parse, jws.Verify, or a helper that
// verifies its parameter) is excused when:
//
//   - it runs only after that verification succeeded (verify-then-re-read);
//   - its claims are used before the verification (reading iss or kid to
//     choose the key: peek-then-verify), or after it only where it
//     succeeded (its error checked, as for a verified parse).
//
// Claims used on the path where the verification failed, or returned to
// the caller before it or together with its error, are reported. An
// unexported function that reads its parameter unverified is not reported
// when every call of it in the package passes a string its caller verified
// first, or verifies afterwards (the function peeked).
//
// An exported function (not a method) that reads its string or []byte
// parameter unverified, uses the claims for a decision and does not return
// them, and that nothing in its own package refers to outside test files,
// is not reported itself: its callers are in other packages. It gets a
// fact ("rereads(input i)"), and each call of it elsewhere in the module is
// checked like an unverified parse of that argument whose claims are used
// at the call: not reported when the caller verified the string first (its
// error checked), or verifies it afterwards, by the rules above; otherwise
// reported at the call, with the parse inside the function as a related
// location. Nor is a call whose function answers only yes or no (a bool,
// and perhaps an error) used as a pre-filter: the answer read nowhere but
// in an if !ok { return } guard, after which the token (the variable it
// is read from) is handed to a call of the program whose error is checked
// and leaves too (an introspection, a verification by an unmodelled
// library): the unverified read can only reject the token. A caller that
// passes its own parameter on is treated the same way in turn. An exported function that its own package calls, or one in
// a main package, is reported where it reads the claims, as before. A
// library whose exported function is called only by other modules is not
// reported, and neither is such a function passed as a value.
//
// A verified parse's error counts as checked by if err != nil { return },
// if err == nil { use }, an else-if chain or a switch (tagless, or on err)
// in which every failure leaves, a retry inside the error branch whose
// error is checked again, and a boolean set only on success (a key-trial
// loop's found) tested before the use. A failure branch leaves when it
// ends in return, break, continue or goto, or in a call that does not
// return: panic, os.Exit, runtime.Goexit, log.Fatal* and log.Panic*, a
// test's FailNow, Fatal* and Skip*, the fatal and panic levels of logrus,
// zap, klog and glog (known by their full names in internal/model,
// logging.go), or a function of the package that always ends in one. A
// program's own function named like them (its own Fatal) is not taken for
// one by its name.
//
// Tokens that are not attacker input are not reported: a token the
// function just minted (SignedString, jwx Sign, a go-jose builder's
// Serialize), directly or through a function of the package that returns
// only minted tokens; a CLI's own credential read with os.ReadFile from a
// path built from os.UserConfigDir or os.UserHomeDir in the same function;
// an ID token received from the token endpoint; a token received in the
// body of the response to the program's own outbound request
// ((*http.Client).Do or a doer interface, then io.ReadAll or a JSON
// decoder) whose only claims read are exp, iat or nbf (a client scheduling
// its refresh).
//
// For the expired-token rule, only a test of ErrTokenSignatureInvalid or
// ErrTokenUnverifiable (v4: ValidationErrorSignatureInvalid,
// ValidationErrorUnverifiable) in a condition that rejects, before or in the
// expired branch's own condition, rules out the forged signature; ruling out
// ErrTokenMalformed does not (a forged token is well-formed).
//
// A function that returns an unverified token or its claims, or writes
// them through a pointer its caller passes (go-jose
// tok.UnsafeClaimsWithoutVerification(out)), is treated like the parse
// inside it, across packages of the module under analysis; the finding
// names the call inside that function as a related location.
//
// Two more shapes are reported, each in one function:
//
//   - a token verified with the key it carries in its own header: go-jose
//     sig.Signatures[i].Header.JSONWebKey (or Protected, or a JWT's
//     Headers[i]) given to Verify or Claims of the same token, jwx
//     (jws.Headers).JWK() or X509CertChain() given to jws.WithKey or
//     jwt.WithKey of the verification of the same message, a golang-jwt
//     keyfunc returning a key parsed from t.Header["jwk"] or
//     t.Header["x5c"] (jwk.ParseKey, json.Unmarshal into a JSONWebKey,
//     x509.ParseCertificate). Anyone can sign such a token with their own
//     key. Not reported: a jwk whose thumbprint (key.Thumbprint) is used
//     for something other than a log line, such as a comparison with a
//     DPoP access token's cnf.jkt, a lookup or a result returned to the
//     caller; an x5c chain when the function verifies a certificate against
//     roots ((*x509.Certificate).Verify, go-jose Header.Certificates).
//   - a JWT decoded by hand: strings.Split(raw, ".") (or SplitN, or
//     strings.Cut), the payload segment base64-decoded
//     ((*base64.Encoding).DecodeString, golang-jwt DecodeSegment) and
//     json.Unmarshal'd into claims that drive a decision: a condition, a
//     lookup, an argument of a call, a value returned or stored. Not
//     reported: the header alone (segment 0), claims only printed, logged
//     or put into an error message, and claims of a string the same
//     function verifies with a modelled call (a peek to choose the key).
//     Only this clear chain is recognized, in packages that import a token
//     library, and only for a token read from an incoming HTTP request
//     (r.Header.Get, r.FormValue, r.Cookie, r.URL.Query(), in the function
//     or in a caller in the package that passes it on): tokens decoded by
//     hand are mostly ones the program obtained itself (from a token
//     endpoint, its session, its own service account file).
//
// Fix: verify before trusting: jwt.Parse(s, keyFunc,
// jwt.WithValidMethods(...)), jwt.Parse(b, jwt.WithKey(alg, key)),
// tok.Claims(key, &claims), and check the error before using the result.
package jwtverify
