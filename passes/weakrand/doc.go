// Package weakrand defines an Analyzer that reports predictable values used where an unguessable one is needed.
//
// # Analyzer weakrand
//
// weakrand: report predictable values (math/rand, xid, version 1 UUIDs, clocks, short reads) used as OAuth2 states, nonces, cookies and JWT IDs
//
// An OAuth2 state, an OpenID Connect nonce, a PKCE code verifier, a
// session cookie and a session ID are secrets of the moment: they protect
// a login from cross-site request forgery, an ID token from replay, an
// authorization code from interception, a session from hijacking, only as
// long as an attacker cannot guess them. weakrand follows, with tokenvet's
// flow engine, the values an attacker can predict:
//
//   - math/rand and math/rand/v2: every function and *rand.Rand method
//     (rand.Intn, rand.Int63, r.Int63 of a rand.New(rand.NewSource(...)),
//     a Source's Int63), and math/rand.Read's buffer. Their generators
//     are not cryptographic: a few outputs give the state, and a seed from
//     the clock gives it outright;
//   - github.com/rs/xid's xid.New (a timestamp, a machine and process id
//     and a counter) and github.com/google/uuid's NewUUID (version 1: a
//     timestamp and a MAC address);
//   - a clock: (time.Time).Unix, UnixNano, UnixMilli and UnixMicro;
//   - crypto/rand.Read, or io.ReadFull(rand.Reader, b), into a buffer of
//     a constant length below 16 bytes (128 bits): random, but few enough
//     values to try them all. A buffer also given to a cipher as its
//     nonce or IV (a 12-byte GCM nonce) is not a token.
//
// Labels follow the values through string building (letters picked by a
// predictable index, arithmetic on a predictable number, fmt.Sprintf,
// strconv, hex and base64 encodings, conversions), through the functions
// of the package, and across packages through the engine's summaries: a
// util.RandString(n) built on math/rand in another package of the module
// returns a predictable value. A value is reported only where it becomes
// one of these (the places it must be unguessable):
//
//   - the state of (*oauth2.Config).AuthCodeURL;
//   - the nonce of go-oidc's oidc.Nonce;
//   - a PKCE verifier: oauth2.S256ChallengeOption, VerifierOption,
//     S256ChallengeFromVerifier;
//   - the state, nonce or code_verifier parameter set by name with
//     oauth2.SetAuthURLParam;
//   - a cookie value: the Value of an http.Cookie (a literal or an
//     assignment), the value of gin's (*gin.Context).SetCookie;
//   - a session ID: gorilla sessions.Session.ID;
//   - a JWT ID: golang-jwt's RegisteredClaims.ID and StandardClaims.Id,
//     and the "jti" entry of a MapClaims. A JWT ID must be unique, not
//     secret (the token is signed): only math/rand is reported there (with
//     the default seed before Go 1.20, or a fixed one, its sequence
//     repeats after every restart), not an xid, a version 1 UUID or a
//     clock;
//   - a key: the key of a signing call ((*jwt.Token).SignedString, jwx
//     jwt.Sign and jws.Sign, go-jose and kataras signers), of a key
//     option (jwt.WithKey) and the key arguments hardcodedsecret knows
//     (gorilla securecookie, sessions and csrf.Protect's authentication
//     key among them): whoever predicts the key forges every token (or
//     session, or CSRF token). The CSRF tokens themselves are the
//     libraries' own (gorilla/csrf and echo's CSRF middleware draw them
//     from crypto/rand and take no generator); a hand-rolled one in a
//     cookie is a cookie value;
//   - a reset, API or invitation token, or a password, the program issues:
//     a string field whose name says it holds one (ResetToken, APIKey,
//     InviteToken, Password; not TokenType nor ResetTokenExpiry), and the
//     value a function so named returns (generateResetToken). The name
//     only says where a predictable value must not go: a value is
//     reported there only with its label chain from a predictable
//     generator (math/rand, xid, a version 1 UUID, a short read), never a
//     clock reading, and never for its name alone.
//
// A value that also holds a crypto/rand part (a state made of a timestamp
// and rand.Text(), a long read followed by a math/rand suffix) is
// unguessable: it is not reported.
//
// The finding is at the predictable call (the math/rand call inside the
// helper of the package that builds the value, or the call of another
// package's helper), with each place it becomes a secret as a related
// location. A clock reading is reported as a state, nonce, verifier or
// session ID, not as a cookie value (a cookie holding a timestamp is not
// a secret) nor as a JWT ID.
//
// Also reported: a constant state, AuthCodeURL("state"), at the
// AuthCodeURL call: the callback cannot tell the user's own login from a
// forged one. A command-line tool that has the user paste the code has
// no redirect to protect: suppress the finding there.
//
// A package is followed for these only where it has one of these places
// or a function returning text made from math/rand (a helper): math/rand
// for jitter costs nothing, and neither does a clock in a package that
// only puts timestamps in cookies.
//
// Not reported: math/rand for jitter, back-off, sampling, shuffling, load
// balancing or test data, which never reaches one of these places; a
// value from crypto/rand (rand.Text(), rand.Read into 16 bytes or more,
// a buffer of unknown length); a predictable value that is logged,
// stored or compared; an element of a list the caller gave, picked by a
// predictable index; a random value stored in session values (the store
// signs or keeps them server-side: the state kept there is checked where
// it becomes the AuthCodeURL state). Values are never judged by their
// variables' names. Nothing is reported in _test.go files or in
// functions taking a *testing.T, B, F or TB.
//
// Fix: crypto/rand.Text() (Go 1.24) returns 26 base32 characters of 128
// bits; or read 32 bytes with crypto/rand.Read and encode them with
// base64.RawURLEncoding; oauth2.GenerateVerifier makes a PKCE verifier.
package weakrand
