// Package jwxpkg exercises jwx's key options, key providers and none.
package jwxpkg

import (
	"context"
	"crypto/rsa"
	"errors"

	jwa1 "github.com/lestrrat-go/jwx/jwa"
	jws1 "github.com/lestrrat-go/jwx/jws"
	jwt1 "github.com/lestrrat-go/jwx/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
	jwa3 "github.com/lestrrat-go/jwx/v3/jwa"
	jws3 "github.com/lestrrat-go/jwx/v3/jws"
	jwt3 "github.com/lestrrat-go/jwx/v3/jwt"
)

var pub *rsa.PublicKey

// HeaderAlg verifies with the alg the message itself names.
func HeaderAlg(buf []byte, key interface{}) ([]byte, error) {
	msg, err := jws.Parse(buf)
	if err != nil {
		return nil, err
	}
	alg := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	return jws.Verify(buf, jws.WithKey(alg, key)) // want `^jws\.WithKey takes its algorithm from the token's own header, so the token picks the algorithm \(algorithm confusion\); pass the key's own alg or a fixed one such as jwa\.RS256$`
}

// HeaderAlgJWT does the same through jwt.Parse.
func HeaderAlgJWT(buf []byte, key interface{}) (jwt.Token, error) {
	msg, err := jws.Parse(buf)
	if err != nil {
		return nil, err
	}
	return jwt.Parse(buf, jwt.WithKey(msg.Signatures()[0].ProtectedHeaders().Algorithm(), key)) // want `jwt\.WithKey takes its algorithm from the token's own header`
}

// HeaderAlgChecked compares the header alg first: pinned.
func HeaderAlgChecked(buf []byte, key interface{}) ([]byte, error) {
	msg, err := jws.Parse(buf)
	if err != nil {
		return nil, err
	}
	alg := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	if alg != jwa.RS256 {
		return nil, errors.New("unexpected alg")
	}
	return jws.Verify(buf, jws.WithKey(alg, key))
}

// Constant pins the algorithm.
func Constant(buf []byte) (jwt.Token, error) {
	return jwt.Parse(buf, jwt.WithKey(jwa.RS256, pub))
}

// Provider is a custom key provider that trusts the header alg.
func Provider(buf []byte, keys map[string]interface{}) (jwt.Token, error) {
	kp := jws.KeyProviderFunc(func(_ context.Context, sink jws.KeySink, sig *jws.Signature, _ *jws.Message) error {
		h := sig.ProtectedHeaders()
		sink.Key(h.Algorithm(), keys[h.KeyID()]) // want `^the key provider hands the token's own alg header to jws\.KeySink\.Key, so the token picks the algorithm`
		return nil
	})
	return jwt.Parse(buf, jwt.WithKeyProvider(kp))
}

// keyEntry knows its own algorithm.
type keyEntry struct {
	alg jwa.SignatureAlgorithm
	key interface{}
}

// PinnedProvider gives each key its own alg.
func PinnedProvider(buf []byte, keys map[string]keyEntry) (jwt.Token, error) {
	kp := jws.KeyProviderFunc(func(_ context.Context, sink jws.KeySink, sig *jws.Signature, _ *jws.Message) error {
		e := keys[sig.ProtectedHeaders().KeyID()]
		sink.Key(e.alg, e.key)
		return nil
	})
	return jwt.Parse(buf, jwt.WithKeyProvider(kp))
}

// SignWithHeaders signs: the headers are the program's own.
func SignWithHeaders(payload []byte, key interface{}) ([]byte, error) {
	hdrs := jws.NewHeaders()
	return jws.Sign(payload, jws.WithKey(hdrs.Algorithm(), key, jws.WithProtectedHeaders(hdrs)))
}

// Infer lets the key type choose.
func Infer(buf []byte, set jwk.Set) (jwt.Token, error) {
	if _, err := jwt.Parse(buf, jwt.WithKeySet(set, jws.WithInferAlgorithmFromKey(false))); err != nil {
		return nil, err
	}
	return jwt.Parse(buf, jwt.WithKeySet(set, jws.WithInferAlgorithmFromKey(true))) // want `jws\.WithInferAlgorithmFromKey\(true\) verifies keys that have no alg with any algorithm their type allows`
}

// Unsigned signs with alg none.
func Unsigned(tok jwt.Token) ([]byte, error) {
	return jwt.Sign(tok, jwt.WithInsecureNoSignature()) // want `jwt\.WithInsecureNoSignature\(\) signs with alg none`
}

// V3HeaderAlg: v3's Algorithm has two results.
func V3HeaderAlg(buf []byte, key interface{}) ([]byte, error) {
	msg, err := jws3.Parse(buf)
	if err != nil {
		return nil, err
	}
	alg, ok := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	if !ok {
		return nil, errors.New("no alg")
	}
	return jws3.Verify(buf, jws3.WithKey(alg, key)) // want `jws\.WithKey takes its algorithm from the token's own header`
}

// V3Constant pins.
func V3Constant(buf []byte) (jwt3.Token, error) {
	return jwt3.Parse(buf, jwt3.WithKey(jwa3.RS256(), pub))
}

// V3Switched switches on the header alg: pinned.
func V3Switched(buf []byte, key interface{}) ([]byte, error) {
	msg, err := jws3.Parse(buf)
	if err != nil {
		return nil, err
	}
	alg, _ := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	switch alg.String() {
	case "RS256":
	default:
		return nil, errors.New("alg")
	}
	return jws3.Verify(buf, jws3.WithKey(alg, key))
}

// V3Unsigned signs with alg none through jws.
func V3Unsigned(payload []byte) ([]byte, error) {
	return jws3.Sign(payload, jws3.WithInsecureNoSignature()) // want `jws\.WithInsecureNoSignature\(\) signs with alg none`
}

// V1HeaderAlg: v1's WithVerify(alg, key) and jws.Verify(buf, alg, key).
func V1HeaderAlg(buf []byte, key interface{}) (jwt1.Token, error) {
	msg, err := jws1.Parse(buf)
	if err != nil {
		return nil, err
	}
	alg := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	if _, err := jws1.Verify(buf, alg, key); err != nil { // want `jws\.Verify takes its algorithm from the token's own header`
		return nil, err
	}
	return jwt1.Parse(buf, jwt1.WithVerify(alg, key)) // want `jwt\.WithVerify takes its algorithm from the token's own header`
}

// V1Infer guesses algorithms from the key.
func V1Infer(buf []byte) (jwt1.Token, error) {
	return jwt1.Parse(buf, jwt1.WithVerify(jwa1.RS256, pub), jwt1.InferAlgorithmFromKey(true)) // want `jwt\.InferAlgorithmFromKey\(true\) verifies keys`
}
