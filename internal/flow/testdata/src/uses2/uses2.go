package uses2

import (
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func use(any) {}

// direct: the token's uses through a variable and a copy of it.
func direct(raw string) (*jwt.Token, error) {
	tok, err := jwt.Parse(raw, keyfunc)
	if tok == nil { // want `token: compared`
		return nil, err
	}
	t2 := tok
	_ = t2.Raw               // want `token: field Raw`
	use(t2)                  // want `token: arg use 0`
	fmt.Println(len(t2.Raw)) // want `token: field Raw`
	other := &jwt.Token{}
	use(other)      // near miss: another token
	return tok, nil // want `token: returned 0`
}

// merged: a phi of two parses, and a closure capturing the token.
func merged(raw string, b bool) {
	var tok *jwt.Token
	if b {
		tok, _ = jwt.Parse(raw, keyfunc)
	} else {
		tok = &jwt.Token{}
	}
	f := func() {
		use(tok.Claims) // want `token: field Claims`
	}
	f()
}

// claims: the destination's uses, not the other variables'.
func claims(raw string) string {
	var rc jwt.RegisteredClaims
	var other jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(raw, &rc, keyfunc)
	if err != nil {
		return other.Subject // near miss: another variable
	}
	m := map[string]any{}
	m["rc"] = rc      // want `claims: stored`
	return rc.Subject // want `claims: field Subject`
}

// discarded: a result nobody uses.
func discarded(raw string) {
	jwt.Parse(raw, keyfunc)
}

var global jwt.RegisteredClaims

// shapes: a variadic argument, a package-level destination, a
// destination initialized before the parse.
func shapes(raw string) {
	rc := jwt.RegisteredClaims{} // near miss: the initialization is no use
	jwt.ParseWithClaims(raw, &rc, keyfunc)
	fmt.Println("claims", rc)                  // want `claims: arg Println 0`
	jwt.ParseWithClaims(raw, &global, keyfunc) // want `claims: stored`
}

// copiedStruct: the claims copied into another local struct.
func copiedStruct(raw string) string {
	var rc jwt.RegisteredClaims
	jwt.ParseWithClaims(raw, &rc, keyfunc)
	c2 := rc
	other := jwt.RegisteredClaims{}
	_ = other.Subject // near miss: another struct
	return c2.Subject // want `claims: field Subject`
}
