// Package golangjwt exercises golang-jwt v5 keyfuncs and allow-lists.
package golangjwt

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

var (
	pub    *rsa.PublicKey
	ecPub  *ecdsa.PublicKey
	edPub  ed25519.PublicKey
	secret = []byte(os.Getenv("JWT_SECRET"))
	errAlg = errors.New("unexpected signing method")
)

// Ignoring: a literal that never looks at the method, no allow-list.
func Ignoring(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `^jwt\.Parse accepts any algorithm the token names: no allow-list and the keyfunc ignores t\.Method; add jwt\.WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)$`
		return secret, nil
	})
}

// IgnoringPublic: the same literal returning an RSA public key. golang-jwt
// verifies HS256 only with a []byte key and RS/PS only with an
// *rsa.PublicKey, so the token may pick RS384 or PS256, never HS256: not
// reported.
func IgnoringPublic(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return pub, nil
	})
}

// Pinned: the same keyfunc with an allow-list.
func Pinned(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

// TypeAssertion checks the method with a type assertion.
func TypeAssertion(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return secret, nil
	})
}

// TypeSwitch picks the key by the method's type.
func TypeSwitch(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		switch t.Method.(type) {
		case *jwt.SigningMethodRSA:
			return pub, nil
		case *jwt.SigningMethodHMAC:
			return secret, nil
		}
		return nil, errAlg
	})
}

// AlgCompared compares Alg().
func AlgCompared(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != "HS256" {
			return nil, errAlg
		}
		return secret, nil
	})
}

// AlgVar compares Alg() through a variable, and switches on it.
func AlgVar(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		alg := t.Method.Alg()
		switch alg {
		case "HS256":
			return secret, nil
		}
		return nil, errAlg
	})
}

// HeaderAlg compares the alg header.
func HeaderAlg(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if alg, _ := t.Header["alg"].(string); alg != "HS256" {
			return nil, errAlg
		}
		return secret, nil
	})
}

// MethodEquals compares the method with a method value.
func MethodEquals(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errAlg
		}
		return secret, nil
	})
}

// AllowedSet looks the alg up in a set.
func AllowedSet(s string, allowed map[string]bool) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if !allowed[t.Method.Alg()] {
			return nil, errAlg
		}
		return secret, nil
	})
}

// OnlyNoneRejected rejects none but pins nothing: still confusable.
func OnlyNoneRejected(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm`
		if t.Method == jwt.SigningMethodNone {
			return nil, errAlg
		}
		return secret, nil
	})
}

// OnlyNoneRejectedPublic: the same with an RSA public key: not HMAC
// confusable.
func OnlyNoneRejectedPublic(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone {
			return nil, errAlg
		}
		return pub, nil
	})
}

// NoneRejectedPinned: comparing with SigningMethodNone to reject it is not
// a none finding, and the allow-list pins the rest.
func NoneRejectedPinned(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method == jwt.SigningMethodNone || t.Method.Alg() == jwt.SigningMethodNone.Alg() {
			return nil, errAlg
		}
		return pub, nil
	}, jwt.WithValidMethods([]string{"RS256"}))
}

// LogsAlg only logs the alg: not a check.
func LogsAlg(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm`
		log.Printf("alg %s", t.Method.Alg())
		return secret, nil
	})
}

// LogsAlgPublic: the same with an ECDSA public key: not reported.
func LogsAlgPublic(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		log.Printf("alg %s", t.Method.Alg())
		return ecPub, nil
	})
}

// Secret returns a []byte: the message says HMAC.
func Secret(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `^jwt\.Parse accepts any algorithm the token names: no allow-list and the keyfunc ignores t\.Method; add jwt\.WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)$`
		return secret, nil
	})
}

var publicPEM = []byte("-----BEGIN PUBLIC KEY-----\n...")

// PublicBytes returns public key material as a []byte: exploitable.
func PublicBytes(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `^jwt\.Parse accepts any algorithm the token names, and the keyfunc's \[\]byte key looks public: HS256 takes it as a secret; return the parsed key \(jwt\.ParseRSAPublicKeyFromPEM\)$`
		return publicPEM, nil
	})
}

// Mixed returns a secret or a public key by kid: exploitable, and no
// single allow-list can be suggested.
func Mixed(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `^jwt\.Parse accepts any algorithm the token names, and the keyfunc returns \[\]byte secrets and public keys; add jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)$`
		if t.Header["kid"] == "legacy" {
			return secret, nil
		}
		return pub, nil
	})
}

// MixedPublic returns an RSA or an ECDSA public key by kid: the token may
// switch between RS and ES algorithms, each of which verifies only with
// its own key type, so no secret is forged: not reported.
func MixedPublic(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Header["kid"] == "ec" {
			return ecPub, nil
		}
		return pub, nil
	})
}

// Unknown returns an interface value: no fix.
func Unknown(s string, keys map[string]any) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm.*jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)`
		kid, _ := t.Header["kid"].(string)
		return keys[kid], nil
	})
}

// Server holds keyfuncs in methods and fields.
type Server struct {
	kf      jwt.Keyfunc
	pubKf   jwt.Keyfunc
	checked jwt.Keyfunc
	parser  *jwt.Parser
	pinned  *jwt.Parser
}

func NewServer() *Server {
	return &Server{
		kf:    func(t *jwt.Token) (any, error) { return secret, nil },
		pubKf: func(t *jwt.Token) (any, error) { return pub, nil },
		checked: func(t *jwt.Token) (any, error) {
			if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
				return nil, errAlg
			}
			return secret, nil
		},
		parser: jwt.NewParser(jwt.WithoutClaimsValidation()),
		pinned: jwt.NewParser(jwt.WithValidMethods([]string{"RS256"})),
	}
}

func (s *Server) keyFunc(t *jwt.Token) (any, error) { return secret, nil }

func (s *Server) pubKeyFunc(t *jwt.Token) (any, error) { return pub, nil }

func (s *Server) checkedKeyFunc(t *jwt.Token) (any, error) {
	if t.Method.Alg() != "HS256" {
		return nil, errAlg
	}
	return secret, nil
}

// MethodValue passes a method value that ignores the method.
func (s *Server) MethodValue(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, s.keyFunc) // want `jwt\.Parse accepts any algorithm`
}

// MethodValuePublic passes one that returns an RSA public key.
func (s *Server) MethodValuePublic(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, s.pubKeyFunc)
}

// CheckedMethodValue passes one that checks.
func (s *Server) CheckedMethodValue(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, s.checkedKeyFunc)
}

// Field passes a keyfunc kept in a struct field.
func (s *Server) Field(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, s.kf) // want `jwt\.ParseWithClaims accepts any algorithm`
}

// FieldPublic passes one returning a public key.
func (s *Server) FieldPublic(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, s.pubKf)
}

// CheckedField passes a checking one.
func (s *Server) CheckedField(raw string) (*jwt.Token, error) {
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, s.checked)
}

// ParserField parses with a parser built without an allow-list.
func (s *Server) ParserField(raw string) (*jwt.Token, error) {
	return s.parser.Parse(raw, s.kf) // want `^\(\*jwt\.Parser\)\.Parse accepts any algorithm.*; use jwt\.NewParser\(jwt\.WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)\)$`
}

// ParserFieldPublic: the same parser with a public key keyfunc.
func (s *Server) ParserFieldPublic(raw string) (*jwt.Token, error) {
	return s.parser.Parse(raw, s.pubKf)
}

// PinnedParserField parses with a pinned parser.
func (s *Server) PinnedParserField(raw string) (*jwt.Token, error) {
	return s.pinned.Parse(raw, s.kf)
}

// ParserParam parses with a parser from the caller: unknown.
func ParserParam(p *jwt.Parser, raw string) (*jwt.Token, error) {
	return p.Parse(raw, func(t *jwt.Token) (any, error) { return secret, nil })
}

// KeyfuncParam parses with a keyfunc from the caller: unknown.
func KeyfuncParam(raw string, kf jwt.Keyfunc) (*jwt.Token, error) {
	return jwt.Parse(raw, kf)
}

// keyFor returns a keyfunc that ignores the method.
func (s *Server) keyFor(kid string) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return secret, nil }
}

// pubKeyFor returns a keyfunc returning a public key.
func (s *Server) pubKeyFor(kid string) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return ecPub, nil }
}

// checkedKeyFor returns one that checks.
func (s *Server) checkedKeyFor(kid string) jwt.Keyfunc {
	return s.checkedKeyFunc
}

// Factory parses with a keyfunc returned by a method.
func (s *Server) Factory(raw string) (*jwt.Token, error) {
	if _, err := jwt.Parse(raw, s.checkedKeyFor("a")); err != nil {
		return nil, err
	}
	return jwt.Parse(raw, s.keyFor("a")) // want `jwt\.Parse accepts any algorithm`
}

// FactoryPublic parses with a factory's public key keyfunc.
func (s *Server) FactoryPublic(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, s.pubKeyFor("a"))
}

// staticKey is a generic keyfunc factory.
func staticKey[K any](key K) jwt.Keyfunc {
	return func(*jwt.Token) (any, error) { return key, nil }
}

// Generic parses with an instance of a generic factory: the key type is
// the type argument.
func Generic(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, staticKey(secret)) // want `add jwt\.WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)`
}

// GenericPublic instantiates it with an ECDSA public key: not reported.
func GenericPublic(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, staticKey(ecPub))
}

// GenericAny instantiates it with an interface type: unknown key, reported
// without a fix.
func GenericAny(raw string, key any) (*jwt.Token, error) {
	return jwt.Parse(raw, staticKey(key)) // want `jwt\.Parse accepts any algorithm.*add jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)`
}

// checkAlg checks the method of the token it is given.
func checkAlg(t *jwt.Token) error {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return errAlg
	}
	return nil
}

// lookup returns a key without checking.
func lookup(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	if kid == "" {
		return nil, errors.New("no kid")
	}
	return secret, nil
}

// lookupPublic returns a public key without checking.
func lookupPublic(t *jwt.Token) (any, error) {
	if _, ok := t.Header["kid"].(string); !ok {
		return nil, errors.New("no kid")
	}
	return ecPub, nil
}

// Delegating keyfuncs: to a checking helper, and to one that does not.
func Delegating(raw string) (*jwt.Token, error) {
	if _, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if err := checkAlg(t); err != nil {
			return nil, err
		}
		return secret, nil
	}); err != nil {
		return nil, err
	}
	if _, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return lookupPublic(t) }); err != nil {
		return nil, err
	}
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { return lookup(t) }) // want `jwt\.Parse accepts any algorithm.*"HS256", "HS384", "HS512"`
}

// Options kept in a slice and spread: followed.
func Options(raw string) (*jwt.Token, error) {
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"})}
	if _, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return secret, nil }, opts...); err != nil {
		return nil, err
	}
	loose := []jwt.ParserOption{jwt.WithJSONNumber()}
	if _, err := jwt.Parse(raw, func(t *jwt.Token) (any, error) { return pub, nil }, loose...); err != nil {
		return nil, err
	}
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { return secret, nil }, loose...) // want `jwt\.Parse accepts any algorithm`
}

func defaultOptions() []jwt.ParserOption { return nil }

// HelperOptions come from a helper: unknown.
func HelperOptions(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { return secret, nil }, defaultOptions()...)
}

// Inline builds the parser in the call.
func Inline(raw string) (*jwt.Token, error) {
	return jwt.NewParser().Parse(raw, func(t *jwt.Token) (any, error) { return secret, nil }) // want `\(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

// InlinePublic: the same with an Ed25519 public key: not reported.
func InlinePublic(raw string) (*jwt.Token, error) {
	return jwt.NewParser().Parse(raw, func(t *jwt.Token) (any, error) { return edPub, nil })
}

// FromRequest parses with request.ParseFromRequest: its default parser
// has no allow-list.
func FromRequest(r *http.Request) (*jwt.Token, error) {
	if _, err := request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (any, error) { return secret, nil }, // want `^request\.ParseFromRequest accepts any algorithm.*; pass request\.WithParser\(jwt\.NewParser\(jwt\.WithValidMethods\(\[\]string\{\.\.\.\}\)\)\)$`
		request.WithClaims(&jwt.RegisteredClaims{})); err != nil {
		return nil, err
	}
	if _, err := request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (any, error) { return pub, nil },
		request.WithClaims(&jwt.RegisteredClaims{})); err != nil {
		return nil, err
	}
	return request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (any, error) { return secret, nil },
		request.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))))
}

// Suppressed is silenced with a reason.
func Suppressed(s string) (*jwt.Token, error) {
	//tokenvet:ignore jwtalg -- the gateway pins HS256 before requests reach us
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return secret, nil })
}

// CheckedAfter checks the parsed token's method after the parse: a token
// with another algorithm is rejected anyway.
func CheckedAfter(s string) (*jwt.Token, error) {
	tok, err := jwt.Parse(s, func(t *jwt.Token) (any, error) { return secret, nil })
	if err != nil {
		return nil, err
	}
	if tok.Method.Alg() != "HS256" {
		return nil, errAlg
	}
	return tok, nil
}
