// Package jwtalg defines an Analyzer that reports algorithm confusion in token verification.
//
// # Analyzer jwtalg
//
// jwtalg: report algorithm confusion: keyfuncs that ignore alg with no allow-list, and the none algorithm
//
// A token names its own signature algorithm in its header. Unless the
// verifier pins the algorithms it accepts, the token chooses how it is
// checked: a token signed with HS256 using an RSA public key as the HMAC
// secret verifies against code that hands that key over as bytes, and alg
// "none" needs no signature at all. jwtalg reports:
//
//   - golang-jwt (v5, v4, the v3 paths, dgrijalva and form3tech jwt-go):
//     Parse, ParseWithClaims, the (*Parser) methods and
//     request.ParseFromRequest whose parser has no algorithm allow-list
//     (jwt.WithValidMethods, Parser{ValidMethods: ...}, also through
//     request.WithParser) and whose keyfunc returns its key without
//     checking the method (a type assertion or type switch on t.Method,
//     t.Method or t.Method.Alg() or t.Header["alg"] compared, switched on
//     or looked up, or the token handed to a function that does). The
//     finding is at the parse call, with the keyfunc as related location.
//     Keyfuncs are followed wherever they are: literals, functions,
//     method values, variables and struct fields, functions returning
//     keyfuncs (generic ones too), and functions of other packages of the
//     module, through the flow engine's summaries (ChecksMethod). A keyfunc that cannot be
//     known (a parameter, a function of another module such as
//     MicahParks/keyfunc's, which checks alg itself) is not reported, nor
//     is a parse whose options cannot all be known. Comparing the method
//     with none alone does not count as a check. An alg checked before the
//     parse on the same token string counts as an allow-list: on a header
//     decoded by hand (strings.Split(raw, ".")[0] or strings.Cut,
//     base64-decoded, json.Unmarshal'd, then hdr.Alg of a field tagged
//     json:"alg" or hdr["alg"] compared or looked up), or on an unverified
//     parse of the same string (ParseUnverified, then u.Header["alg"] or
//     u.Method checked), as DPoP proof validators do before verifying the
//     proof with the key in its own jwk header (whether that key may be
//     trusted is jwtverify's concern). A []byte is accepted as an HMAC
//     secret by any HS algorithm, which is exploitable when the bytes are
//     public material: the message says when a []byte key looks like a
//     public key, and when a keyfunc returns both secrets and public keys,
//     which is exploitable outright. Not reported: a parse whose loose keyfuncs return only
//     asymmetric public keys (*rsa.PublicKey, *ecdsa.PublicKey,
//     ed25519.PublicKey, any mix of them), nor one whose key is an interface value drawn from
//     a key set (set.Keys[0].Key or set.Key(kid)[0].Key of a go-jose
//     JSONWebKeySet decoded from a provider's JWKS, a key of a set
//     internal/keysource classifies as a public key set or a remote one).
//     golang-jwt's signing methods type-assert the key they are given:
//     SigningMethodHMAC.Verify accepts only a []byte ("HMAC verify expects
//     []byte"), the RSA and RSA-PSS methods only an *rsa.PublicKey, ECDSA
//     only an *ecdsa.PublicKey, Ed25519 only an ed25519.PublicKey, and none
//     only the UnsafeAllowNoneSignatureType constant (hmac.go, rsa.go,
//     rsa_pss.go, ecdsa.go, none.go of golang-jwt/jwt v5.3.1 and v4.5.2,
//     dgrijalva/jwt-go v3.2.0 and form3tech-oss/jwt-go v3.2.5; ed25519.go
//     of v5 and v4, the v3 forks having no EdDSA).
//     So a token naming HS256 fails against a public key object: the token
//     may only pick another algorithm of the key's own family, which needs
//     the private key all the same. The keys of a published JWK set decode
//     to such objects; an "oct" key in a published set would be a leaked
//     secret, not algorithm confusion. A key set built in the package from
//     literals counts only when none of its keys is a []byte or of unknown
//     type. The kinds of keys returned by keyfuncs of other packages of
//     the module come from the flow engine's summaries (key labels on
//     their results: RSA, ECDSA, Ed25519 public keys; a key of a set of
//     another package is of unknown kind there). Still reported: []byte
//     keys, keyfuncs mixing []byte secrets and public keys, and keys of an
//     interface type that cannot be traced to a public key (a
//     map[string]any, a crypto.PublicKey parameter, a field of a program's
//     own struct, a jwt.VerificationKeySet).
//   - the none algorithm: golang-jwt SigningMethodNone used for anything
//     but a comparison, UnsafeAllowNoneSignatureType returned by a keyfunc
//     or used as a signing key, "none" in an allow-list
//     (WithValidMethods, Parser.ValidMethods, go-oidc
//     Config.SupportedSigningAlgs, go-jose v4 ParseSigned's algorithms),
//     jwx WithInsecureNoSignature, kataras jwt.NONE and gbrlsnchs
//     jwt.None(). Comparing t.Method with jwt.SigningMethodNone to reject
//     it is not reported.
//   - jwx (v1 to v3): a verification key option or key sink whose
//     algorithm is read from the token's own header (jws.WithKey,
//     jwt.WithKey, v1 jwt.WithVerify and jws.Verify, KeySink.Key in a
//     custom key provider, fed from (jws.Headers).Algorithm of a received
//     message) unless the function compares that alg with something, and
//     jws.WithInferAlgorithmFromKey(true) / v1
//     jwt.InferAlgorithmFromKey(true).
//   - go-jose v3, square/go-jose.v2 and go-jose.v2, whose ParseSigned takes
//     no allow-list: the parse whose token is verified with a []byte key (or
//     a JSONWebKey holding one) or with a key set mixing HMAC secrets and
//     public keys, unless the function checks the header's Algorithm (or
//     the alg of the header decoded by hand, as above). The message names
//     the key's type: a []byte, or a *jose.JSONWebKey holding one.
//
// Nothing is reported in _test.go files, where tests mint unsigned tokens
// and parse with throwaway keyfuncs on purpose.
//
// Fix: pin the algorithms: jwt.WithValidMethods([]string{"HS256"}) on the
// parse or on jwt.NewParser (a suggested fix adds it, with HS256, HS384
// and HS512 for a []byte key, for v5 and v4), or check t.Method in the
// keyfunc (if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok { return
// nil, err }); verify jwx tokens with the algorithm the key is meant for
// (the key's own alg, or a fixed one such as jwa.RS256); pass the allowed
// algorithms to go-jose v4's ParseSigned, or check the header's Algorithm
// before verifying. The message names the algorithms of the key's family
// when all keys have one, and "..." otherwise or when the list would make
// the message too long. A []byte key that looks like public key material
// is fixed by parsing it (jwt.ParseRSAPublicKeyFromPEM) and returning the
// key object, which a token naming HS256 cannot use.
package jwtalg
