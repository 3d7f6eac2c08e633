// Package algconf lets tokens choose their own algorithm, against the real
// libraries: jwtalg findings.
package algconf

import (
	"context"
	"crypto/rsa"
	"errors"
	"fmt"
	"net/http"
	"strings"

	jose "github.com/go-jose/go-jose/v3"
	josejwt "github.com/go-jose/go-jose/v3/jwt"
	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
	kjwt "github.com/kataras/jwt"
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jws"
	jwxjwt "github.com/lestrrat-go/jwx/v3/jwt"
)

// Server verifies tokens with an RSA key and an HMAC secret.
type Server struct {
	pub    *rsa.PublicKey
	secret []byte
	keys   map[string]any
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// keyFunc picks the key by kid without looking at the algorithm.
func (s *Server) keyFunc(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if k, ok := s.keys[kid]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("unknown key %q", kid)
}

// checked checks the method first.
func (s *Server) checked(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
	}
	return s.pub, nil
}

// Subject parses with no allow-list and a keyfunc that ignores alg.
func (s *Server) Subject(r *http.Request) (string, error) {
	tok, err := jwt.Parse(bearer(r), s.keyFunc) // want:jwtalg
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}

// Secret parses HMAC tokens without an allow-list.
func (s *Server) Secret(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequest(r, request.OAuth2Extractor, func(*jwt.Token) (any, error) { return s.secret, nil }) // want:jwtalg
}

// Pinned parses with an allow-list or a checking keyfunc: fine.
func (s *Server) Pinned(raw string) error {
	if _, err := jwt.Parse(raw, s.keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return err
	}
	_, err := jwt.NewParser().Parse(raw, s.checked)
	return err
}

// Unsigned mints a token with alg none.
func Unsigned(c jwt.MapClaims) (string, error) {
	tok := jwt.NewWithClaims(jwt.SigningMethodNone, c)        // want:jwtalg
	return tok.SignedString(jwt.UnsafeAllowNoneSignatureType) // want:jwtalg
}

// RejectNone compares with none to reject it: fine.
func (s *Server) RejectNone(raw string) error {
	_, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone {
			return nil, errors.New("unsigned")
		}
		return s.pub, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
	return err
}

// JWS verifies with the algorithm the message names.
func (s *Server) JWS(buf []byte) ([]byte, error) {
	msg, err := jws.Parse(buf)
	if err != nil {
		return nil, err
	}
	alg, ok := msg.Signatures()[0].ProtectedHeaders().Algorithm()
	if !ok {
		return nil, errors.New("no alg")
	}
	return jws.Verify(buf, jws.WithKey(alg, s.pub)) // want:jwtalg
}

// Provider is a key provider that trusts the header alg.
func (s *Server) Provider(buf []byte) (jwxjwt.Token, error) {
	kp := jws.KeyProviderFunc(func(_ context.Context, sink jws.KeySink, sig *jws.Signature, _ *jws.Message) error {
		alg, _ := sig.ProtectedHeaders().Algorithm()
		sink.Key(alg, s.pub) // want:jwtalg
		return nil
	})
	return jwxjwt.Parse(buf, jwxjwt.WithKeyProvider(kp)) // want:jwtclaims
}

// JWT verifies with a constant algorithm: fine.
func (s *Server) JWT(buf []byte) (jwxjwt.Token, error) {
	return jwxjwt.Parse(buf, jwxjwt.WithKey(jwa.RS256(), s.pub)) // want:jwtclaims
}

// Jose verifies a go-jose v3 token, parsed with no allow-list, with a
// []byte key.
func (s *Server) Jose(raw string) (josejwt.Claims, error) {
	var c josejwt.Claims
	tok, err := josejwt.ParseSigned(raw) // want:jwtalg
	if err != nil {
		return c, err
	}
	err = tok.Claims(s.secret, &c)
	return c, err
}

// JoseChecked checks the header's algorithm first: fine.
func (s *Server) JoseChecked(raw string) (josejwt.Claims, error) {
	var c josejwt.Claims
	tok, err := josejwt.ParseSigned(raw)
	if err != nil {
		return c, err
	}
	if tok.Headers[0].Algorithm != string(jose.HS256) {
		return c, errors.New("unexpected alg")
	}
	err = tok.Claims(s.secret, &c)
	return c, err
}

// Kataras accepts unsigned tokens.
func Kataras(tok []byte) error {
	_, err := kjwt.Verify(kjwt.NONE, nil, tok) // want:jwtalg
	return err
}
