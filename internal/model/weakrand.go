package model

import (
	"go/types"
	"sort"
	"strings"
	"unicode"
)

// The weakrand model: the sources of predictable values (math/rand,
// xid, version 1 UUIDs, clocks, short crypto/rand reads) and the places
// that need an unguessable one (an OAuth2 state, an OpenID Connect
// nonce, a PKCE verifier, a cookie value, a session ID, a JWT ID).

// Guessable is the labels weakrand reports.
const Guessable = Predictable | TimeDerived | UniqueID

// Generated is the labels of predictable generators (math/rand, xid, a
// version 1 UUID, a short read), as opposed to a clock reading: they are
// reported as cookie values and secret-named fields, which may well hold
// a timestamp.
const Generated = Predictable | UniqueID

// RandLabels is every label of weakrand: Guessable and StrongRandom.
const RandLabels = Guessable | StrongRandom

// MinRandomBytes is the fewest random bytes of a token: 128 bits.
const MinRandomBytes = 16

// ReportedLabels returns the labels the flow engine records for a sink
// of kind k: the secrets for the logging, storage and URL sinks; for
// weakrand's, the predictable values (and, but for a cookie value, which
// may well be a timestamp, the time-derived ones).
func ReportedLabels(k SinkKind) Label {
	switch k {
	case StateSink, NonceSink, VerifierSink:
		return Guessable | StrongRandom
	case CookieValueSink:
		return Generated | StrongRandom
	case KeySink:
		return Guessable | StrongRandom
	}
	return Secret
}

// IsUnguessableKind reports whether k is a sink of weakrand.
func IsUnguessableKind(k SinkKind) bool { return ReportedLabels(k)&Guessable != 0 }

// GuessableSource returns the label a call of fn yields (Predictable,
// TimeDerived or StrongRandom), or 0 if fn is not a source of weakrand.
func GuessableSource(fn *types.Func) Label {
	s, ok := sourceCalls[fullName(fn)]
	if !ok {
		return 0
	}
	return (s.label | s.long) & RandLabels
}

// ShortReadSource reports whether fn is a source only when it fills a
// buffer shorter than MinRandomBytes (crypto/rand.Read).
func ShortReadSource(fn *types.Func) bool {
	s, ok := sourceCalls[fullName(fn)]
	return ok && s.short > 0
}

// Fill describes a source call that fills a buffer (arg, -1 if the call
// labels its result instead) with label l, or, when short is not 0 and
// the buffer is not known to be shorter than short, with label long.
// reader, if not -1, is the index of an argument that must be
// crypto/rand.Reader (IsCryptoReader) for any label.
func (f *FlowFunc) Fill() (arg int, short int64, l, long Label, reader int) {
	if f == nil || f.source == nil || f.source.fill == 0 {
		return -1, 0, 0, 0, -1
	}
	return f.source.fill - 1, int64(f.source.short), f.source.label, f.source.long, f.source.reader - 1
}

// IsCryptoReader reports whether obj is crypto/rand.Reader.
func IsCryptoReader(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "crypto/rand" && obj.Name() == "Reader"
}

// cipherNonceUses take a nonce or an IV: a short crypto/rand read
// into a buffer they use is a cipher's nonce (12 bytes for GCM), not a
// token.
var cipherNonceUses = map[string]bool{}

// IsCipherNonceUse reports whether fn takes a nonce or IV (see
// cipherNonceUses).
func IsCipherNonceUse(fn *types.Func) bool { return cipherNonceUses[fullName(fn)] }

// FieldSink is a struct field (or a map key of a claims map) whose value
// must be unguessable.
type FieldSink struct {
	// Role names what the value is, for messages: "a session ID".
	Role string
	// Labels are the labels reported there.
	Labels Label
}

// unguessableFields maps "path.Type.Field" to the sink the field is.
var unguessableFields = map[string]*FieldSink{}

// LookupUnguessableField returns the sink field of type t (through one
// pointer) is, or nil.
func LookupUnguessableField(t types.Type, field string) *FieldSink {
	name := TypeNameAny(t)
	if name == "" {
		return nil
	}
	return unguessableFields[name+"."+field]
}

// claimsMaps are the map types of JWT claims (golang-jwt MapClaims),
// whose "jti" entry is a JWT ID.
var claimsMaps = map[string]bool{}

// jtiSink is the sink of a claims map's "jti" entry: a JWT ID must be
// unique (RFC 7519 §4.1.7), not secret; math/rand is reported there (its
// sequence repeats after each restart with the default seed before Go
// 1.20, or a fixed one), a unique ID (xid) or a clock is not.
var jtiSink = &FieldSink{Role: "the JWT ID", Labels: Predictable}

// LookupClaimsKey returns the sink the entry k of a claims map of type t
// is ("jti"), or nil.
func LookupClaimsKey(t types.Type, k string) *FieldSink {
	if k != "jti" || !claimsMaps[TypeNameAny(t)] {
		return nil
	}
	return jtiSink
}

// UnguessableSinkLabels returns the labels reported where obj is used,
// if its use makes a package a place where weakrand looks for
// predictable values (a sink function, a sink field, a claims map type),
// or 0.
func UnguessableSinkLabels(obj types.Object) Label {
	switch obj := obj.(type) {
	case *types.Func:
		if s := LookupSink(obj); s != nil {
			return ReportedLabels(s.Kind) & Guessable
		}
		if authURLParams[fullName(obj)] {
			return Guessable
		}
	case *types.Var:
		if obj.IsField() && obj.Pkg() != nil {
			if l, ok := unguessableFieldsByName[obj.Name()]; ok {
				return l[CanonicalPath(obj.Pkg().Path())]
			}
		}
	case *types.TypeName:
		if claimsMaps[TypeNameAny(obj.Type())] {
			return jtiSink.Labels
		}
	}
	return 0
}

var (
	// weakRandNames are the other names of weakrand's tables.
	weakRandNames []string
	// unguessableFieldsByName maps a field's name and package to the
	// labels reported there.
	unguessableFieldsByName = map[string]map[string]Label{}
)

// SourceDisplay names a source of weakrand for messages: the standard
// library's by their path ("math/rand.Intn", "(*math/rand.Rand).Intn",
// "crypto/rand.Read"), so math/rand and crypto/rand are told apart;
// others by their package's name ("xid.New").
func SourceDisplay(fn *types.Func) string {
	if fn.Pkg() != nil && !strings.Contains(strings.SplitN(fn.Pkg().Path(), "/", 2)[0], ".") {
		return fullName(fn)
	}
	return DisplayName(fn)
}

// SourceRemedy says what to use instead of the predictable source fn.
func SourceRemedy(fn *types.Func) string {
	if ShortReadSource(fn) {
		return "read at least 16 bytes (or use crypto/rand.Text())"
	}
	return "use crypto/rand (rand.Text(), or rand.Read into 32 bytes)"
}

// WeakRandNames returns every full name of weakrand's own tables (fields
// and types; its sources and sinks are flow names), for the real-API
// test.
func WeakRandNames() []string {
	var names []string
	for n := range unguessableFields {
		names = append(names, n)
	}
	for n := range claimsMaps {
		names = append(names, n)
	}
	names = append(names, weakRandNames...)
	sort.Strings(names)
	return names
}

func init() {
	for _, p := range []string{"math/rand", "math/rand/v2"} {
		fs := []string{"ExpFloat64", "Float32", "Float64", "Int", "NormFloat64", "Perm", "Uint32", "Uint64"}
		if p == "math/rand" {
			fs = append(fs, "Int31", "Int31n", "Int63", "Int63n", "Intn")
		} else {
			fs = append(fs, "Int32", "Int32N", "Int64", "Int64N", "IntN", "Uint", "Uint32N", "Uint64N", "UintN")
		}
		for _, f := range fs {
			addSource(p+"."+f, callSource{label: Predictable})
			addSource("(*"+p+".Rand)."+f, callSource{label: Predictable})
		}
	}
	// A Source's own methods (rand.NewSource(seed).Int63()).
	addSource("(math/rand.Source).Int63", callSource{label: Predictable})
	addSource("(math/rand.Source64).Uint64", callSource{label: Predictable})
	addSource("(math/rand/v2.Source).Uint64", callSource{label: Predictable})
	// math/rand's Read fills its buffer with predictable bytes;
	// crypto/rand's with too few when the buffer is short.
	addSource("math/rand.Read", callSource{label: Predictable, fill: 1})
	addSource("(*math/rand.Rand).Read", callSource{label: Predictable, fill: 1})
	addSource("crypto/rand.Read", callSource{label: Predictable, fill: 1, short: MinRandomBytes, long: StrongRandom})
	addSource("io.ReadFull", callSource{label: Predictable, fill: 2, short: MinRandomBytes, long: StrongRandom, reader: 1})
	for _, f := range []string{"(crypto/cipher.AEAD).Seal", "(crypto/cipher.AEAD).Open", "crypto/cipher.NewCTR", "crypto/cipher.NewOFB",
		"crypto/cipher.NewCBCEncrypter", "crypto/cipher.NewCBCDecrypter", "crypto/cipher.NewCFBEncrypter", "crypto/cipher.NewCFBDecrypter"} {
		cipherNonceUses[f] = true
		weakRandNames = append(weakRandNames, f)
	}
	// Values of crypto/rand: a value holding one is not predictable.
	addSource("crypto/rand.Text", callSource{label: StrongRandom})
	for _, f := range []string{"New", "NewString", "NewRandom"} {
		addSource("github.com/google/uuid."+f, callSource{label: StrongRandom})
	}
	addSource("golang.org/x/oauth2.GenerateVerifier", callSource{label: StrongRandom})
	addSource("github.com/gorilla/securecookie.GenerateRandomKey", callSource{label: StrongRandom})

	// xid: a timestamp, a machine and process id and a counter. A
	// version 1 UUID: a timestamp and a MAC address.
	addSource("github.com/rs/xid.New", callSource{label: UniqueID})
	addSource("github.com/rs/xid.NewWithTime", callSource{label: UniqueID})
	addSource("github.com/google/uuid.NewUUID", callSource{label: UniqueID})
	addProp("github.com/google/uuid.Must", FromArgs)

	// A clock read.
	for _, m := range []string{"Unix", "UnixNano", "UnixMilli", "UnixMicro"} {
		addSource("(time.Time)."+m, callSource{label: TimeDerived})
	}
	for _, f := range []string{"Itoa", "FormatInt", "FormatUint"} {
		addProp("strconv."+f, FromArgs)
	}

	o := "golang.org/x/oauth2"
	addSink("(*"+o+".Config).AuthCodeURL", &Sink{Kind: StateSink, Args: []int{0}})
	for _, f := range []string{"S256ChallengeOption", "VerifierOption", "S256ChallengeFromVerifier"} {
		addSink(o+"."+f, &Sink{Kind: VerifierSink, Args: []int{0}})
	}
	for _, p := range []string{"github.com/coreos/go-oidc/v3/oidc", "github.com/coreos/go-oidc"} {
		addSink(p+".Nonce", &Sink{Kind: NonceSink, Args: []int{0}})
	}
	addSink("(*github.com/gin-gonic/gin.Context).SetCookie", &Sink{Kind: CookieValueSink, Args: []int{1}})
	authURLParams[o+".SetAuthURLParam"] = true
	weakRandNames = append(weakRandNames, o+".SetAuthURLParam")

	cookie := &FieldSink{Role: "a cookie value", Labels: Generated}
	unguessableFields["net/http.Cookie.Value"] = cookie
	unguessableFields["github.com/gorilla/sessions.Session.ID"] = &FieldSink{Role: "a session ID", Labels: Guessable}
	for _, lib := range []*Library{golangJWTv5, golangJWTv4} {
		unguessableFields[lib.Module+".RegisteredClaims.ID"] = jtiSink
	}
	for _, lib := range []*Library{golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		unguessableFields[lib.Module+".StandardClaims.Id"] = jtiSink
	}
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		claimsMaps[lib.Module+".MapClaims"] = true
	}
	for name, fs := range unguessableFields {
		typ := name[:strings.LastIndex(name, ".")]
		field, pkg := name[strings.LastIndex(name, ".")+1:], typ[:strings.LastIndex(typ, ".")]
		if unguessableFieldsByName[field] == nil {
			unguessableFieldsByName[field] = map[string]Label{}
		}
		unguessableFieldsByName[field][pkg] |= fs.Labels
	}
}

// UnguessableRole says what a value reaching a sink of kind k becomes,
// for messages: "the OAuth2 state".
func UnguessableRole(k SinkKind) string {
	switch k {
	case StateSink:
		return "the OAuth2 state"
	case NonceSink:
		return "the OpenID Connect nonce"
	case VerifierSink:
		return "a PKCE code verifier"
	case CookieValueSink:
		return "a cookie value"
	case KeySink:
		return "a key"
	}
	return k.String()
}

// ReadsCryptoReader reports whether fn is a source only when an argument
// is crypto/rand.Reader (io.ReadFull).
func ReadsCryptoReader(fn *types.Func) bool { return sourceCalls[fullName(fn)].reader != 0 }

// authURLParams add a parameter (argument 0 names it, argument 1 is its
// value) to an authorization request (oauth2.SetAuthURLParam).
var authURLParams = map[string]bool{}

// authURLParamSinks are the parameters of an authorization request that
// must be unguessable.
var authURLParamSinks = map[string]*FieldSink{
	"state":         {Role: "the OAuth2 state", Labels: Guessable},
	"nonce":         {Role: "the OpenID Connect nonce", Labels: Guessable},
	"code_verifier": {Role: "a PKCE code verifier", Labels: Guessable},
}

// LookupAuthURLParam returns the sink a call of fn setting the
// authorization request parameter key is (oauth2.SetAuthURLParam("nonce",
// v): the value is argument 1), or nil.
func LookupAuthURLParam(fn *types.Func, key string) *FieldSink {
	if !authURLParams[fullName(fn)] {
		return nil
	}
	return authURLParamSinks[key]
}

// secretWords are the words of a name that says a string holds a
// secret the program issues: a reset, API or invitation token, a
// password, a nonce. weakrand applies it only to values with a label
// chain from a predictable source: a name alone is never a finding.
var secretWords = map[string]bool{"token": true, "secret": true, "nonce": true, "csrf": true, "xsrf": true, "password": true, "passwd": true, "otp": true, "apikey": true}

// notSecretWords end a name that is about a secret without holding it:
// TokenType, TokenExpiry, PasswordLength, SecretName.
var notSecretWords = map[string]bool{"type": true, "name": true, "expiry": true, "expires": true, "expiration": true, "at": true, "ttl": true,
	"url": true, "uri": true, "path": true, "file": true, "len": true, "length": true, "size": true, "count": true, "hash": true, "hashed": true, "header": true, "id": true, "key": true, "kind": true}

// IsSecretName reports whether a field or function name says it holds
// or returns a secret the program issues (ResetToken, APIKey,
// generateInviteToken, NewPassword), by its words (camel case or
// underscores). A name ending in a word about the secret (TokenType,
// ResetTokenExpiry) is not one.
func IsSecretName(name string) bool {
	words := nameWords(name)
	if len(words) == 0 || notSecretWords[words[len(words)-1]] && !(len(words) >= 2 && words[len(words)-2] == "api") {
		return false
	}
	for i, w := range words {
		if secretWords[w] || w == "api" && i+1 < len(words) && words[i+1] == "key" {
			return true
		}
	}
	return false
}

// nameWords splits a Go name into lower-case words: "APIKey" gives api,
// key; "resetToken" reset, token; "csrf_token" csrf, token.
func nameWords(name string) []string {
	var words []string
	var cur []rune
	rs := []rune(name)
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = nil
		}
	}
	for i, r := range rs {
		switch {
		case r == '_' || r >= '0' && r <= '9':
			flush()
		case unicode.IsUpper(r):
			// A new word at an upper-case letter after a lower-case one,
			// or before a lower-case one in a run of capitals (APIKey).
			if i > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])) {
				flush()
			}
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// IsSecretField reports whether obj is a string field whose name says it
// holds a secret (IsSecretName).
func IsSecretField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		return false
	}
	b, ok := v.Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0 && IsSecretName(v.Name())
}

// A key is a weakrand sink too: a signing key, the key of a key option,
// and the key arguments hardcodedsecret knows (keysinks.go), where they
// are an argument (not a keyfunc, an option list or a client secret,
// which have sinks of their own or none). A name that is already a sink
// keeps its kind.
func init() {
	add := func(name string, arg int) {
		if arg >= 0 && sinks[name] == nil {
			addSink(name, &Sink{Kind: KeySink, Args: []int{arg}})
		}
	}
	for _, name := range sortedKeys(signKeys) {
		if k := signKeys[name]; k.Field == "" && !k.Options {
			add(name, k.Key)
		}
	}
	for _, name := range sortedKeys(keyOptionArgs) {
		if k := keyOptionArgs[name]; !k.Set {
			add(name, k.Key)
		}
	}
	for _, name := range sortedKeys(keyCalls) {
		if u := keyCalls[name]; !u.Keyfunc && !u.Options && !u.ClientSecret && !u.Private {
			add(name, u.Arg)
		}
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
