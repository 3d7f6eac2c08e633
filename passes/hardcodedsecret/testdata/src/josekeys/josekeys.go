package josekeys

import (
	"crypto/rsa"

	"github.com/go-jose/go-jose/v4"
)

func signer(priv *rsa.PrivateKey) {
	jose.NewSigner(jose.SigningKey{Algorithm: jose.HS256, Key: []byte("jose-signing-secret-0123456789abcd")}, nil) // want `hard-coded key reaches jose.SigningKey.Key`
	jose.NewSigner(jose.SigningKey{Algorithm: "RS256", Key: priv}, nil)                                            // near miss
}

func recipients(shared []byte) {
	_ = jose.Recipient{Algorithm: jose.A128KW, Key: []byte("0123456789abcdef")}         // want `hard-coded key reaches jose.Recipient.Key`
	_ = jose.Recipient{Algorithm: jose.A128KW, Key: shared}                             // near miss
	_ = jose.JSONWebKey{Key: []byte("jwk-secret-0123456789abcdefghijklm"), KeyID: "k1"} // want `hard-coded key reaches jose.JSONWebKey.Key`
	_ = jose.JSONWebKey{Key: shared, KeyID: "k2"}                                       // near miss: KeyID is no key
}

func shortRecipient() {
	k := make([]byte, 16)
	_ = jose.Recipient{Algorithm: jose.A128KW, Key: k} // near miss: a 16-byte AES key-wrapping key is not an HMAC key
}
