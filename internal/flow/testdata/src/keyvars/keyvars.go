// Package keyvars holds keys in interface variables: the engine says
// which kinds of keys a variable holds where every value is a known key
// (Result.KeysOf), for jwtalg.
package keyvars

import (
	"crypto/ecdsa"
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	ec     *ecdsa.PublicKey
	secret []byte
	keys   map[string]any
)

func check(k any) {}

func Keys(t *jwt.Token, pick bool) {
	var k any = pub
	if pick {
		k = ec
	}
	check(k) // want `keys: rsa,ecdsa`

	var m any = pub
	if pick {
		m = secret
	}
	check(m) // a []byte: not known

	f := keys["a"]
	check(f) // read from a map: not known

	var g any = secret
	g = pub
	check(g) // want `keys: rsa`
}
