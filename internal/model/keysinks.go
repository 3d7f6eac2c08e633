package model

import (
	"go/types"
	"sort"
	"strings"
)

// The key sinks, for hardcodedsecret: the calls and struct fields where a
// value becomes key material (a signing or verification key, a private
// key parsed from PEM or DER, an OAuth2 client secret), and the
// configuration and fallback functions a hard-coded key comes through.
// hardcodedsecret works backwards from these sinks to the constants that
// reach them: no literal is labelled anywhere else.

// KeyUse says how a call or a struct field takes key material.
type KeyUse struct {
	// Arg is the index of the argument carrying the key, or -1 (fields,
	// and calls whose key comes in an option: Options).
	Arg int
	// Keyfunc: the argument is a keyfunc; the first result of the
	// functions it denotes is the key (golang-jwt Parse).
	Keyfunc bool
	// Options: the key comes in key options among the variadic arguments
	// (jwx v2+ jwt.Sign(t, jwt.WithKey(alg, key))).
	Options bool
	// Private: the argument is an encoded private key (PEM or DER).
	Private bool
	// ClientSecret: an OAuth2 client secret (an empty one is a public
	// client, not a finding).
	ClientSecret bool
	// HMAC: a []byte or string key here is an HMAC secret (RFC 7518 §3.2:
	// at least 32 bytes for HS256); not set where a short symmetric key
	// may be an AES key-wrapping key (go-jose Recipient).
	HMAC bool
}

var (
	keyCalls  = map[string]KeyUse{}
	keyFields = map[string]KeyUse{}
	// configGets read a configuration value by its key (argument 0).
	configGets = map[string]bool{}
	// fallbackFuncs return the first of their arguments that is not the
	// zero value (cmp.Or): a constant among them is a fallback.
	fallbackFuncs = map[string]bool{}
	// pemDecodes decode PEM: argument 0 is the encoded block, result 0 the
	// block, whose Bytes field is the DER.
	pemDecodes = map[string]bool{}
)

// LookupKeyCall returns how a call of fn takes key material, if it does:
// the key sinks of keysinks.go, and the signing calls, key options and
// verifying calls of keys.go.
func LookupKeyCall(fn *types.Func) (KeyUse, bool) {
	if fn == nil {
		return KeyUse{}, false
	}
	if u, ok := keyCalls[fullName(fn)]; ok {
		return u, true
	}
	if FuncName(fn) == "" {
		return KeyUse{}, false
	}
	if k, ok := LookupSignKey(fn); ok && k.Field == "" {
		if k.Options {
			return KeyUse{Arg: -1, Options: true, HMAC: true}, true
		}
		return KeyUse{Arg: k.Key, HMAC: true}, true
	}
	if k, ok := LookupKeyOption(fn); ok && !k.Set && k.Key >= 0 {
		return KeyUse{Arg: k.Key, HMAC: true}, true
	}
	if i := VerifyKeyArg(fn); i >= 0 {
		_, isFunc := fn.Signature().Params().At(i).Type().Underlying().(*types.Signature)
		return KeyUse{Arg: i, Keyfunc: isFunc, HMAC: true}, true
	}
	return KeyUse{}, false
}

// LookupKeyField returns how field of the struct type t (through one
// pointer) takes key material, if it does (go-jose SigningKey.Key,
// oauth2.Config.ClientSecret).
func LookupKeyField(t types.Type, field string) (KeyUse, bool) {
	name := TypeNameAny(t)
	if name == "" {
		return KeyUse{}, false
	}
	u, ok := keyFields[name+"."+field]
	return u, ok
}

// IsConfigGet reports whether fn reads a configuration value by the key
// in its argument 0 (viper.GetString, (*viper.Viper).Get).
func IsConfigGet(fn *types.Func) bool { return configGets[fullName(fn)] }

// ReadsConfiguration reports whether fn reads a configured value: an
// environment variable (os.Getenv, os.LookupEnv) or a configuration
// library's value (IsConfigGet). The flow engine follows the exported
// helpers calling one, whose results hardcodedsecret's summaries judge.
func ReadsConfiguration(fn *types.Func) bool {
	return configGets[fullName(fn)] || configReads[stdName(fn)]
}

// configReads are the standard library's reads of configured values.
var configReads = map[string]bool{"os.Getenv": true, "os.LookupEnv": true}

// IsFallback reports whether fn returns the first of its arguments that
// is not the zero value (cmp.Or).
func IsFallback(fn *types.Func) bool { return fallbackFuncs[fullName(fn)] }

// IsPEMDecode reports whether fn decodes a PEM block from argument 0
// (encoding/pem.Decode).
func IsPEMDecode(fn *types.Func) bool { return pemDecodes[fullName(fn)] }

// KeySinkNames returns every full name of keysinks.go's tables, for the
// real-API test.
func KeySinkNames() []string {
	var names []string
	for _, m := range []map[string]KeyUse{keyCalls, keyFields} {
		for n := range m {
			names = append(names, n)
		}
	}
	for _, m := range []map[string]bool{configGets, fallbackFuncs, pemDecodes} {
		for n := range m {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

func init() {
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		p := lib.Module
		for _, t := range []string{"(" + p + ".SigningMethod)", "(*" + p + ".SigningMethodHMAC)"} {
			keyCalls[t+".Sign"] = KeyUse{Arg: 1, HMAC: true}
			keyCalls[t+".Verify"] = KeyUse{Arg: 2, HMAC: true}
		}
		for _, f := range []string{"ParseRSAPrivateKeyFromPEM", "ParseRSAPrivateKeyFromPEMWithPassword", "ParseECPrivateKeyFromPEM"} {
			keyCalls[p+"."+f] = KeyUse{Arg: 0, Private: true}
		}
		if lib == golangJWTv5 || lib == golangJWTv4 || lib == golangJWTv3 {
			keyCalls[p+".ParseEdPrivateKeyFromPEM"] = KeyUse{Arg: 0, Private: true}
		}
	}
	for _, f := range []string{"ParsePKCS1PrivateKey", "ParsePKCS8PrivateKey", "ParseECPrivateKey"} {
		keyCalls["crypto/x509."+f] = KeyUse{Arg: 0, Private: true}
	}
	pemDecodes["encoding/pem.Decode"] = true

	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		keyFields[p+".SigningKey.Key"] = KeyUse{Arg: -1, HMAC: true}
		keyFields[p+".Recipient.Key"] = KeyUse{Arg: -1}
		keyFields[p+".JSONWebKey.Key"] = KeyUse{Arg: -1}
	}
	keyCalls[jwxV1.Module+"/jwk.New"] = KeyUse{Arg: 0}
	keyCalls[jwxV1.Module+"/jws.Verify"] = KeyUse{Arg: 2, HMAC: true}
	keyCalls[jwxV2.Module+"/jwk.FromRaw"] = KeyUse{Arg: 0}
	keyCalls[jwxV3.Module+"/jwk.Import"] = KeyUse{Arg: 0}
	keyCalls[kataras.Module+".Verify"] = KeyUse{Arg: 1, HMAC: true}
	for _, lib := range []*Library{cristalhqV4, cristalhqV5} {
		keyCalls[lib.Module+".NewSignerHS"] = KeyUse{Arg: 1, HMAC: true}
		keyCalls[lib.Module+".NewVerifierHS"] = KeyUse{Arg: 1, HMAC: true}
	}
	for _, f := range []string{"NewHS256", "NewHS384", "NewHS512"} {
		keyCalls[gbrlsnchs.Module+"."+f] = KeyUse{Arg: 0, HMAC: true}
	}

	// Cookie and session keys: gorilla securecookie's hash key (an HMAC
	// key, "32 or 64 bytes" its documentation says) and the first key of
	// the sessions stores built on it. A hard-coded one lets anyone forge
	// a session.
	g := "github.com/gorilla/"
	keyCalls[g+"securecookie.New"] = KeyUse{Arg: 0, HMAC: true}
	keyCalls[g+"sessions.NewCookieStore"] = KeyUse{Arg: 0, HMAC: true}
	keyCalls[g+"sessions.NewFilesystemStore"] = KeyUse{Arg: 1, HMAC: true}
	// gorilla/csrf's authentication key signs the CSRF token cookie (an
	// HMAC key of securecookie, "32 bytes long" its documentation says): a
	// hard-coded one lets anyone forge a valid token for any victim.
	keyCalls[g+"csrf.Protect"] = KeyUse{Arg: 0, HMAC: true}

	keyFields[oauth2.Module+".Config.ClientSecret"] = KeyUse{Arg: -1, ClientSecret: true}
	keyFields[oauth2.Module+"/clientcredentials.Config.ClientSecret"] = KeyUse{Arg: -1, ClientSecret: true}

	v := "github.com/spf13/viper"
	for _, pre := range []string{v + ".", "(*" + v + ".Viper)."} {
		for _, f := range []string{"Get", "GetString"} {
			configGets[pre+f] = true
		}
	}
	fallbackFuncs["cmp.Or"] = true
}

// HasKeyFields reports whether the named type t (through one pointer) has
// a key field of the model (a cheap first test of a package's uses).
func HasKeyFields(t types.Type) bool { return keyFieldTypes[TypeNameAny(t)] }

var keyFieldTypes = map[string]bool{}

func init() {
	for name := range keyFields {
		keyFieldTypes[name[:strings.LastIndex(name, ".")]] = true
	}
}
