package golangjwt

import . "github.com/golang-jwt/jwt/v5"

// KeySource is implemented elsewhere: unknown.
type KeySource interface {
	Key(t *Token) (any, error)
}

// Dot: the fix has no qualifier under a dot import.
func Dot(s string) (*Token, error) {
	return Parse(s, func(t *Token) (any, error) { return edPub, nil }) // want `jwt\.Parse accepts whatever algorithm.*add WithValidMethods\(\[\]string\{"EdDSA"\}\)`
}

// Interface passes an interface method value: unknown.
func Interface(src KeySource, s string) (*Token, error) {
	return Parse(s, src.Key)
}

// Branches assigns a checking and a loose keyfunc to one variable.
func Branches(s string, strict bool) (*Token, error) {
	kf := Keyfunc(func(t *Token) (any, error) { return edPub, nil })
	if strict {
		kf = func(t *Token) (any, error) {
			if t.Method != SigningMethodEdDSA {
				return nil, errAlg
			}
			return edPub, nil
		}
	}
	return Parse(s, kf) // want `jwt\.Parse accepts whatever algorithm`
}

// ping and pong call each other and never check.
func ping(t *Token, n int) (any, error) {
	if n == 0 {
		return edPub, nil
	}
	return pong(t, n-1)
}

func pong(t *Token, n int) (any, error) { return ping(t, n) }

// Recursive parses with mutually recursive helpers.
func Recursive(s string) (*Token, error) {
	return Parse(s, func(t *Token) (any, error) { return ping(t, 3) }) // want `jwt\.Parse accepts whatever algorithm`
}

// BranchesMixed: the checking keyfunc returns another key type, so no
// single allow-list is suggested.
func BranchesMixed(s string, strict bool) (*Token, error) {
	kf := Keyfunc(func(t *Token) (any, error) { return edPub, nil })
	if strict {
		kf = func(t *Token) (any, error) {
			if _, ok := t.Method.(*SigningMethodRSA); !ok {
				return nil, errAlg
			}
			return pub, nil
		}
	}
	return Parse(s, kf) // want `jwt\.Parse accepts whatever algorithm.*add WithValidMethods\(\[\]string\{\.\.\.\}\)`
}
