// Package hardcodedsecret defines an Analyzer that reports hard-coded keys and client secrets.
//
// # Analyzer hardcodedsecret
//
// hardcodedsecret: report hard-coded signing keys, private keys and OAuth2 client secrets
//
// A key written into the source is in every copy of the repository, every
// build and every binary (strings(1) finds it): whoever has any of them can
// mint tokens the service accepts, or impersonate its OAuth2 client. A
// value is reported only when it really becomes key material: the analysis
// starts at the key sinks and goes back to the constants that reach them,
// never from a variable's name or a string's shape (gosec G101's
// heuristics, which users switch off). The key sinks are:
//
//   - signing and verification keys: golang-jwt (*Token).SignedString,
//     SigningMethod.Sign and Verify, and the first result of a keyfunc
//     passed to Parse, ParseWithClaims, (*Parser).Parse... (a function
//     literal, a function or method of the package, or a local variable
//     holding one); go-jose SigningKey{Key: ...}, Recipient{Key: ...} and
//     JSONWebKey{Key: ...}, JSONWebToken.Claims and JSONWebSignature.Verify;
//     jwx jwt.WithKey, jws.WithKey (also inside jwt.Sign's options), v1
//     jwt.Sign, jws.Sign, jws.Verify and WithVerify, and jwk.New, jwk.FromRaw and
//     jwk.Import; kataras Sign and Verify; cristalhq NewSignerHS and
//     NewVerifierHS; gbrlsnchs NewHS256, NewHS384 and NewHS512;
//   - private keys: golang-jwt ParseRSAPrivateKeyFromPEM (and
//     WithPassword), ParseECPrivateKeyFromPEM, ParseEdPrivateKeyFromPEM, and
//     x509.ParsePKCS1PrivateKey, ParsePKCS8PrivateKey and ParseECPrivateKey
//     of the Bytes of a block pem.Decode decoded from a constant. A public
//     key or certificate in the source is not a secret and not reported;
//   - OAuth2 client secrets: oauth2.Config{ClientSecret: ...} and
//     clientcredentials.Config{ClientSecret: ...}, or the field assigned;
//   - cookie and session keys: the hash key of gorilla
//     securecookie.New, and the first key of sessions.NewCookieStore and
//     NewFilesystemStore (an HMAC key: whoever knows it forges sessions),
//     and gorilla csrf.Protect's authentication key, which signs the CSRF
//     token cookie (whoever knows it forges a valid CSRF token for any
//     victim). echo's CSRF middleware takes no key.
//
// What reaches a key sink and is reported: a string literal, a constant of
// any package (through conversions such as []byte(secret) and constant
// concatenations); a constant part of at least 8 bytes of a concatenated
// key ("prefix-" + cfg.Suffix: the key is only as secret as its configured
// part, and its constant part is public); a local variable assigned a
// constant, also as the fallback of a configured value (s :=
// os.Getenv("K"); if s == "" { s = "secret" }), a constant among
// cmp.Or's arguments (cmp.Or(os.Getenv("K"), "secret")), and a constant a
// function of the package stores into the key's struct field when the
// field is empty (if c.Secret == "" { c.Secret = "secret" }, or
// len(c.Secret) == 0); a package-level
// variable of the package that is never assigned after its declaration
// nor has its address taken (var JwtSigKey = []byte("...")); an exported
// variable of another package of the module initialized to a non-empty
// constant that neither its package nor this one assigns or takes the
// address of (config.JwtSigKey), and the result of an exported function
// (not a method) of another package whose every return but its error
// returns is a non-empty constant or such a variable (func SigningKey()
// []byte { return []byte("...") }), or on one of several paths (a
// fallback: func JWTSecret() string { if s := os.Getenv("JWT_SECRET"); s
// != "" { return s }; return "dev-secret" }; a path returning a non-nil
// error is not one), and a constant argument of a function of another
// package that returns that parameter as it is on one of several paths
// (config.Getenv("JWT_SECRET", "secret"): a fallback). An exported
// function that reads configuration (os.Getenv, os.LookupEnv, viper) is
// followed by the engine, so its fallback is seen through its variables
// too (s := os.Getenv("JWT_SECRET"); if s == "" { s = "dev-secret" };
// return s); a parameter only concatenated into its result is no
// fallback. The flow engine
// carries them in its summaries, and the finding is at their use; the
// results of a function of the package, through any depth of helpers,
// where a parameter returned is that call's argument (getEnv("JWT_SECRET",
// "secret") is a fallback, getEnv("PORT", "8080") elsewhere is nothing),
// and the arguments of the package's static calls of a function that
// passes its parameter to a key sink (also through a local function
// value, f := sign; f(t, "secret")); a viper.SetDefault or viper.Set of a
// constant (or of a variable holding one) under the key later read with
// viper.GetString or Get (the same key, case-insensitive, both on the
// global instance or both on the same *viper.Viper: the same variable,
// field or value) into a key sink;
// an empty HMAC key ([]byte("") alone, not an empty zero default among
// other values, and an unexported package-level variable declared without
// a value and never assigned); and an HMAC key made with make([]byte, N) of a constant N
// under 32 bytes (RFC 7518 §3.2 requires a key at least as long as the
// hash: 32 bytes for HS256), even when filled from crypto/rand.
//
// A configuration struct's field read into a key sink is followed to its
// defaults: a default struct tag (envconfig's and creasty/defaults'
// default:"...", caarlos0/env's envDefault:"..."), reported at the tag
// (or at the read, for a struct of another package), and a non-empty
// constant that a composite literal of the struct type sets it to, where
// a function of the package returns the literal (func DefaultConfig()
// *Config { return &Config{Secret: "changeme"} }) or a package-level
// variable is initialized with it; not when the package compares the
// field with that constant (it refuses its own default).
//
// A configuration field that defaults to empty is reported when it is read
// as an HMAC key (golang-jwt does not refuse an empty key): a string or
// []byte field of a struct type of the package whose constructors (the
// package's functions returning T{...} or &T{...}) all leave it unset or
// "", and which the package never checks (compares, passes to a function,
// takes the address of) nor assigns. That was InfluxDB 1.x's shared
// secret, returned by its keyfunc unchecked (CVE-2019-20933). The finding
// is at the constructor's composite literal.
//
// The finding is at the literal, or at the use of the constant when the
// literal is in another package, with the key sink as a related location.
//
// The values a key may take come from the flow engine
// (flow.Result.Origins), which walks the key back on SSA: through local
// variables, branches and switch cases, copies, conversions,
// concatenation, a closure's captured variable, the package's functions
// (into their returns, and from their parameters to the call's
// arguments), fallbacks, the package's own package-level variables and
// configuration reads, down to constants, calls, field reads and
// variables of other packages, which this analyzer judges. The engine
// follows every package using a key sink for this (the functions using
// one or setting a configuration value, their callers, what they call,
// and what the package-level variables' initializers call); in a function
// it did not follow (a generated file), a key yields nothing.
//
// Not reported: values from os.Getenv, flags, files, a configuration
// struct's fields or crypto/rand; a constant assigned to a local variable
// and overwritten before it is read; a variable whose address is taken
// (flag.StringVar(&key, ...)) or given an operator assignment (key +=
// suffix); an empty OAuth2 client secret (a public
// client using PKCE); an empty viper default (it is checked where it is
// read far more often than used); a variable of another package that is
// assigned or has its address taken in its package or in this one, or a
// function of another package that returns a configured value on some
// path (a third package assigning the variable, such as a main setting
// config.JwtSigKey from the environment, is not seen: the key is
// reported, and the finding says where it is used); a short constant part
// of a concatenation (a separator or a prefix), or one that is only PEM
// armor ("-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE
// KEY-----" frames a configured key). Nothing is reported in _test.go files, in functions taking a
// *testing.T, B, F or TB, nor in packages whose import path has an
// element named example or examples (or testdata, _example, _examples,
// which ./... leaves out anyway): keys there are demonstrations and
// fixtures, which their projects publish on purpose; a package main of a
// sample outside such a directory is reported like any other code.
//
// OAuth2 client secrets of installed applications (a CLI that ships its
// client's secret, as Google's installed-app flow allows) are reported:
// the secret is public then, and the finding is suppressed with a reason
// where the provider treats such clients as public.
package hardcodedsecret
