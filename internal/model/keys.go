package model

import "go/types"

// This file is the model of verification and signing keys: which
// parameters and options carry a key, which types are public keys, key
// sets or shared secrets, and which functions fetch keys from another
// party. internal/keysource classifies keys with it.

// KeySource says where the key that verifies a token comes from, and so
// who minted the token. Sources are ordered: a larger one wins when a
// verification may use several keys.
type KeySource uint8

const (
	UnknownKey KeySource = iota
	// SharedSecret: an HMAC secret ([]byte or string), typically shared by
	// the service that mints the token and the one that verifies it.
	SharedSecret
	// PublicKey: a public key, a certificate or a key set held locally:
	// the token was minted by whoever holds the private key (another party,
	// unless this package signs with it).
	PublicKey
	// RemoteKeySet: keys fetched from a JWKS URL (MicahParks keyfunc, jwx
	// jwk.Fetch, jwk.Cache, WithVerifyAuto, go-oidc NewRemoteKeySet): the
	// token was minted by another party.
	RemoteKeySet
)

// Foreign reports whether the key is a public key or a key set: another
// machine minted the token.
func (s KeySource) Foreign() bool { return s >= PublicKey }

// KeyKind is the algorithm family of an asymmetric key.
type KeyKind uint8

const (
	// AnyKind: an asymmetric key of an unknown family (crypto.PublicKey,
	// crypto.Signer, a certificate, a key set).
	AnyKind KeyKind = iota
	RSAKind
	ECKind
	Ed25519Kind
)

// Matches reports whether keys of kinds k and o may be a key pair.
func (k KeyKind) Matches(o KeyKind) bool { return k == AnyKind || o == AnyKind || k == o }

// verifyKeyArgs are the parameters of verifying calls that carry the key or
// the keyfunc.
var verifyKeyArgs = map[string]int{}

// VerifyKeyArg returns the index of the key or keyfunc parameter of a
// verifying call, or -1.
func VerifyKeyArg(fn *types.Func) int {
	name := FuncName(fn)
	if name == "" {
		return -1
	}
	if i, ok := verifyKeyArgs[name]; ok {
		return i
	}
	return -1
}

// KeyOptionArgs describes an option that supplies a key: the index of its
// algorithm and key arguments (-1 if none). Set marks options that supply
// a key set or a key provider (always a public key or key set); Remote
// marks those that fetch keys from elsewhere (jwx WithVerifyAuto).
type KeyOptionArgs struct {
	Alg, Key    int
	Set, Remote bool
}

var keyOptionArgs = map[string]KeyOptionArgs{}

// LookupKeyOption returns how the option fn supplies a key, if it does.
func LookupKeyOption(fn *types.Func) (KeyOptionArgs, bool) {
	name := FuncName(fn)
	if name == "" {
		return KeyOptionArgs{}, false
	}
	k, ok := keyOptionArgs[name]
	return k, ok
}

// keySetTypes are library types holding public keys or key sets; the
// value says whether the keys are fetched from a URL.
var keySetTypes = map[string]bool{}

// stdPublicKeyTypes are the standard library's public key types.
var stdPublicKeyTypes = map[string]KeyKind{
	"crypto.PublicKey":         AnyKind,
	"crypto/rsa.PublicKey":     RSAKind,
	"crypto/ecdsa.PublicKey":   ECKind,
	"crypto/ed25519.PublicKey": Ed25519Kind,
	"crypto/x509.Certificate":  AnyKind,
}

// stdPrivateKeyTypes are the standard library's private key and signer
// types.
var stdPrivateKeyTypes = map[string]KeyKind{
	"crypto.PrivateKey":         AnyKind,
	"crypto.Signer":             AnyKind,
	"crypto/rsa.PrivateKey":     RSAKind,
	"crypto/ecdsa.PrivateKey":   ECKind,
	"crypto/ed25519.PrivateKey": Ed25519Kind,
}

func stdTypeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path() + "." + n.Obj().Name()
	}
	return ""
}

// The families of algorithms a verification key is for (KeyAlgFamily).
// Their names are jwtalg's (see also KeyFamilies).
const (
	HMACKeyFamily    = "hmac"
	RSAKeyFamily     = "rsa"
	ECDSAKeyFamily   = "ecdsa"
	Ed25519KeyFamily = "ed25519"
	// PublicKeyFamily is an asymmetric public key of a family not known
	// statically (a key of a JWKS key set).
	PublicKeyFamily = "public"
)

// IsSecretKeyFamily reports whether a key of the family is a shared
// secret (an HMAC key): whoever verifies with it can sign.
func IsSecretKeyFamily(family string) bool { return family == HMACKeyFamily }

// IsPublicKeyFamily reports whether a key of the family is an asymmetric
// public key, which no HMAC algorithm accepts.
func IsPublicKeyFamily(family string) bool {
	switch family {
	case RSAKeyFamily, ECDSAKeyFamily, Ed25519KeyFamily, PublicKeyFamily:
		return true
	}
	return false
}

// keyAlgFamilies are the verification key types golang-jwt's signing
// methods accept (each type-asserts its key), by the family of algorithms
// they verify.
var keyAlgFamilies = map[string]string{
	"*crypto/rsa.PublicKey":    RSAKeyFamily,
	"*crypto/ecdsa.PublicKey":  ECDSAKeyFamily,
	"crypto/ed25519.PublicKey": Ed25519KeyFamily,
}

// KeyAlgFamily names the family of algorithms a verification key of type t
// is for: "hmac" for []byte, "rsa" for *rsa.PublicKey, "ecdsa" for
// *ecdsa.PublicKey, "ed25519" for ed25519.PublicKey, or "" when unknown.
func KeyAlgFamily(t types.Type) string {
	if t == nil {
		return ""
	}
	t = types.Unalias(t)
	if s, ok := t.(*types.Slice); ok {
		if b, ok := types.Unalias(s.Elem()).(*types.Basic); ok && b.Kind() == types.Byte {
			return HMACKeyFamily
		}
		return ""
	}
	if p, ok := t.(*types.Pointer); ok {
		t = types.NewPointer(types.Unalias(p.Elem()))
	}
	return keyAlgFamilies[types.TypeString(t, nil)]
}

// KeySourceOfType classifies a verification key by its static type:
// []byte or string is a SharedSecret; a standard public key or certificate
// a PublicKey of its kind; a library key set (jwx jwk.Set, go-jose
// JSONWebKeySet, golang-jwt VerificationKeySet) a PublicKey of any kind; a
// MicahParks keyfunc a RemoteKeySet.
func KeySourceOfType(t types.Type) (KeySource, KeyKind) {
	if t == nil {
		return UnknownKey, AnyKind
	}
	switch u := types.Unalias(t).Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.String {
			return SharedSecret, AnyKind
		}
	case *types.Slice:
		if b, ok := types.Unalias(u.Elem()).(*types.Basic); ok && b.Kind() == types.Byte {
			return SharedSecret, AnyKind
		}
	}
	if tn := TypeName(t); tn != "" {
		if remote, ok := keySetTypes[tn]; ok {
			if remote {
				return RemoteKeySet, AnyKind
			}
			return PublicKey, AnyKind
		}
	}
	if k, ok := stdPublicKeyTypes[stdTypeName(t)]; ok {
		return PublicKey, k
	}
	return UnknownKey, AnyKind
}

// PrivateKeyKind returns the kind of an asymmetric private key or signer
// type (*rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey,
// crypto.Signer, crypto.PrivateKey).
func PrivateKeyKind(t types.Type) (KeyKind, bool) {
	if t == nil {
		return AnyKind, false
	}
	k, ok := stdPrivateKeyTypes[stdTypeName(t)]
	return k, ok
}

// IsRemoteKeys reports whether fn returns a key set or keyfunc fetched
// from, or belonging to, another party: a JWKS URL (every function and
// method of MicahParks keyfunc, jwx jwk.Fetch and jwk.Cache, go-oidc
// NewRemoteKeySet).
func IsRemoteKeys(fn *types.Func) bool {
	name := FuncName(fn)
	if name == "" {
		return false
	}
	if remoteKeyFuncs[name] {
		return true
	}
	lib := LibraryOf(CanonicalPath(fn.Pkg().Path()))
	return lib != nil && lib.Family == "keyfunc"
}

var remoteKeyFuncs = map[string]bool{}

// AlgKeySource classifies a signature algorithm name: HMAC algorithms are
// a SharedSecret, asymmetric ones a PublicKey of their kind.
func AlgKeySource(alg string) (KeySource, KeyKind) {
	switch alg {
	case "HS256", "HS384", "HS512":
		return SharedSecret, AnyKind
	case "RS256", "RS384", "RS512", "PS256", "PS384", "PS512":
		return PublicKey, RSAKind
	case "ES256", "ES384", "ES512", "ES256K":
		return PublicKey, ECKind
	case "EdDSA":
		return PublicKey, Ed25519Kind
	}
	return UnknownKey, AnyKind
}

// SignKey describes where a signing call takes its key: argument Key (and
// the algorithm argument Alg, -1 if none); with Options, the key options
// of its variadic tail (jwx v2+ jwt.Sign(t, jwt.WithKey(alg, key)));
// with Field, the Key field (and AlgField) of the struct passed as
// argument Key (go-jose NewSigner(jose.SigningKey{...})).
type SignKey struct {
	Key, Alg        int
	Options         bool
	Field, AlgField string
}

var signKeys = map[string]SignKey{}

// LookupSignKey returns how the signing call fn takes its key, if it is
// one: golang-jwt (*Token).SignedString, jwx jwt.Sign and jws.Sign, go-jose
// NewSigner, kataras Sign.
func LookupSignKey(fn *types.Func) (SignKey, bool) {
	name := FuncName(fn)
	if name == "" {
		return SignKey{}, false
	}
	k, ok := signKeys[name]
	return k, ok
}

func init() {
	keySetTypes[golangJWTv5.Module+".VerificationKeySet"] = false
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		p := lib.Module
		verifyKeyArgs[p+".Parse"] = 1
		verifyKeyArgs[p+".ParseWithClaims"] = 2
		verifyKeyArgs["(*"+p+".Parser).Parse"] = 1
		verifyKeyArgs["(*"+p+".Parser).ParseWithClaims"] = 2
		verifyKeyArgs[p+"/request.ParseFromRequest"] = 2
		verifyKeyArgs[p+"/request.ParseFromRequestWithClaims"] = 3
		signKeys["(*"+p+".Token).SignedString"] = SignKey{Key: 0, Alg: -1}
	}

	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		p := lib.Module + "/jwt"
		s := lib.Module + "/jws"
		if lib == jwxV1 {
			keyOptionArgs[p+".WithVerify"] = KeyOptionArgs{Alg: 0, Key: 1}
			keyOptionArgs[p+".WithKeySetProvider"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true}
			signKeys[p+".Sign"] = SignKey{Alg: 1, Key: 2}
			signKeys[s+".Sign"] = SignKey{Alg: 1, Key: 2}
		} else {
			keyOptionArgs[p+".WithKey"] = KeyOptionArgs{Alg: 0, Key: 1}
			keyOptionArgs[s+".WithKey"] = KeyOptionArgs{Alg: 0, Key: 1}
			keyOptionArgs[p+".WithKeyProvider"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true}
			signKeys[p+".Sign"] = SignKey{Key: -1, Alg: -1, Options: true}
			signKeys[s+".Sign"] = SignKey{Key: -1, Alg: -1, Options: true}
		}
		keyOptionArgs[p+".WithKeySet"] = KeyOptionArgs{Alg: -1, Key: 0, Set: true}
		keyOptionArgs[p+".WithVerifyAuto"] = KeyOptionArgs{Alg: -1, Key: -1, Set: true, Remote: true}
		keySetTypes[lib.Module+"/jwk.Set"] = false

		k := lib.Module + "/jwk."
		remoteKeyFuncs[k+"Fetch"] = true
		switch lib {
		case jwxV1:
			remoteKeyFuncs["(*"+k+"AutoRefresh).Fetch"] = true
			remoteKeyFuncs["(*"+k+"AutoRefresh).Refresh"] = true
		case jwxV2:
			remoteKeyFuncs[k+"NewCachedSet"] = true
			remoteKeyFuncs["(*"+k+"Cache).Get"] = true
			remoteKeyFuncs["(*"+k+"Cache).Refresh"] = true
		default: // v3, v4
			remoteKeyFuncs[k+"NewCachedSet"] = true
			remoteKeyFuncs["(*"+k+"Cache).Lookup"] = true
			remoteKeyFuncs["(*"+k+"Cache).Refresh"] = true
		}
	}

	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		verifyKeyArgs["(*"+p+"/jwt.JSONWebToken).Claims"] = 0
		verifyKeyArgs["("+p+".JSONWebSignature).Verify"] = 0
		keySetTypes[p+".JSONWebKeySet"] = false
		signKeys[p+".NewSigner"] = SignKey{Key: 0, Alg: -1, Field: "Key", AlgField: "Algorithm"}
	}

	for _, p := range []string{goOIDC.Module + "/oidc.", goOIDCv2.Module + "."} {
		remoteKeyFuncs[p+"NewRemoteKeySet"] = true
	}

	signKeys[kataras.Module+".Sign"] = SignKey{Alg: 0, Key: 1}

	// keyfunc v1 and v2 have the JWKS type, v3 the Keyfunc interface.
	keySetTypes[keyfuncV1.Module+".JWKS"] = true
	keySetTypes[keyfuncV2.Module+".JWKS"] = true
	keySetTypes[keyfuncV3.Module+".Keyfunc"] = true
}
