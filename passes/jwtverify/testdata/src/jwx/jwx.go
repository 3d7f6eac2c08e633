package jwx // want package:"hasParsers"

import (
	"net/http"

	jwtv1 "github.com/lestrrat-go/jwx/jwt"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jws"
	"github.com/lestrrat-go/jwx/v2/jwt"
	jwsv3 "github.com/lestrrat-go/jwx/v3/jws"
	jwtv3 "github.com/lestrrat-go/jwx/v3/jwt"

	jwav1 "github.com/lestrrat-go/jwx/jwa"
)

var pub interface{}

func insecure(w http.ResponseWriter, b []byte) {
	tok, err := jwt.ParseInsecure(b) // want `jwt.ParseInsecure does not verify the signature, yet its claims are used`
	if err != nil {
		return
	}
	w.Write([]byte(tok.Subject()))
}

func verifyOff(b []byte) string {
	tok, err := jwtv3.Parse(b, jwtv3.WithKey(jwa.RS256, pub), jwtv3.WithVerify(false)) // want `jwt.Parse does not verify`
	if err != nil {
		return ""
	}
	return tok.Subject()
}

func verifyOffSlice(b []byte) string {
	opts := []jwt.ParseOption{jwt.WithKey(jwa.RS256, pub)}
	opts = append(opts, jwt.WithVerify(false))
	tok, err := jwt.Parse(b, opts...) // want `jwt.Parse does not verify`
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// Near miss: verified with a key.
func verified(b []byte) string { // want verified:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwt.Parse(b, jwt.WithKey(jwa.RS256, pub))
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// Near miss: WithVerify(true) in a slice.
func verifyOnSlice(b []byte) string { // want verifyOnSlice:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	opts := []jwt.ParseOption{jwt.WithKey(jwa.RS256, pub), jwt.WithVerify(true)}
	tok, err := jwt.Parse(b, opts...)
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// jwx v1: no key option, no verification.
func v1NoKey(b []byte) string {
	tok, err := jwtv1.Parse(b, jwtv1.WithValidate(true)) // want `jwt.Parse does not verify the signature, yet its claims are used; pass a key`
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// Near miss: jwx v1 with a key.
func v1Key(b []byte) string { // want v1Key:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwtv1.Parse(b, jwtv1.WithVerify(jwav1.RS256, pub))
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// Near miss: jwx v1 with options from elsewhere (could hold a key).
func v1Opaque(b []byte, opts []jwtv1.ParseOption) string { // want v1Opaque:"verifies\\(result \\-1, err \\-1, input 0\\) via jwt\\.Parse"
	tok, err := jwtv1.Parse(b, opts...)
	if err != nil {
		return ""
	}
	return tok.Subject()
}

// jws.Parse whose payload is trusted.
func jwsPayload(b []byte) []byte {
	msg, err := jws.Parse(b) // want `jws.Parse does not verify the signature, yet its claims are used; verify with jws.Verify`
	if err != nil {
		return nil
	}
	return msg.Payload()
}

// Near miss: jws.Parse only reads the key id.
func jwsKid(b []byte) string {
	msg, err := jwsv3.Parse(b)
	if err != nil {
		return ""
	}
	return msg.Signatures()[0].ProtectedHeaders().KeyID()
}

// Near miss: jws.Parse then jws.Verify.
func jwsThenVerify(b []byte) []byte { // want jwsThenVerify:"verifies\\(result \\-1, err \\-1, input 0\\) via jws\\.Verify"
	msg, err := jws.Parse(b)
	if err != nil {
		return nil
	}
	_ = msg.Payload()
	payload, err := jws.Verify(b, jws.WithKey(jwa.RS256, pub))
	if err != nil {
		return nil
	}
	return payload
}
