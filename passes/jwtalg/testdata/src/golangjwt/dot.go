package golangjwt

import . "github.com/golang-jwt/jwt/v5"

// KeySource is implemented elsewhere: unknown.
type KeySource interface {
	Key(t *Token) (any, error)
}

// Dot: the fix has no qualifier under a dot import.
func Dot(s string) (*Token, error) {
	return Parse(s, func(t *Token) (any, error) { return secret, nil }) // want `jwt\.Parse accepts any algorithm.*add WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)`
}

// DotPublic: the same with an Ed25519 public key: not reported.
func DotPublic(s string) (*Token, error) {
	return Parse(s, func(t *Token) (any, error) { return edPub, nil })
}

// Interface passes an interface method value: unknown.
func Interface(src KeySource, s string) (*Token, error) {
	return Parse(s, src.Key)
}

// Branches assigns a checking and a loose keyfunc to one variable.
func Branches(s string, strict bool) (*Token, error) {
	kf := Keyfunc(func(t *Token) (any, error) { return secret, nil })
	if strict {
		kf = func(t *Token) (any, error) {
			if t.Method != SigningMethodHS256 {
				return nil, errAlg
			}
			return secret, nil
		}
	}
	return Parse(s, kf) // want `jwt\.Parse accepts any algorithm`
}

// BranchesPublic: the loose keyfunc returns an Ed25519 public key: not
// reported.
func BranchesPublic(s string, strict bool) (*Token, error) {
	kf := Keyfunc(func(t *Token) (any, error) { return edPub, nil })
	if strict {
		kf = func(t *Token) (any, error) {
			if t.Method != SigningMethodEdDSA {
				return nil, errAlg
			}
			return edPub, nil
		}
	}
	return Parse(s, kf)
}

// ping and pong call each other and never check.
func ping(t *Token, n int) (any, error) {
	if n == 0 {
		return secret, nil
	}
	return pong(t, n-1)
}

func pong(t *Token, n int) (any, error) { return ping(t, n) }

// Recursive parses with mutually recursive helpers.
func Recursive(s string) (*Token, error) {
	return Parse(s, func(t *Token) (any, error) { return ping(t, 3) }) // want `jwt\.Parse accepts any algorithm`
}

// pingPublic and pongPublic call each other and return a public key.
func pingPublic(t *Token, n int) (any, error) {
	if n == 0 {
		return edPub, nil
	}
	return pongPublic(t, n-1)
}

func pongPublic(t *Token, n int) (any, error) { return pingPublic(t, n) }

// RecursivePublic: not reported.
func RecursivePublic(s string) (*Token, error) {
	return Parse(s, func(t *Token) (any, error) { return pingPublic(t, 3) })
}

// BranchesMixed: the checking keyfunc returns another key type, so no
// single allow-list is suggested.
func BranchesMixed(s string, strict bool) (*Token, error) {
	kf := Keyfunc(func(t *Token) (any, error) { return secret, nil })
	if strict {
		kf = func(t *Token) (any, error) {
			if _, ok := t.Method.(*SigningMethodRSA); !ok {
				return nil, errAlg
			}
			return pub, nil
		}
	}
	return Parse(s, kf) // want `jwt\.Parse accepts any algorithm.*add WithValidMethods\(\[\]string\{\.\.\.\}\)`
}
