package jwk

import "crypto"

type Key interface {
	Thumbprint(crypto.Hash) ([]byte, error)
	Raw(interface{}) error
	KeyID() string
}

type ParseOption interface{ parseOption() }

func ParseKey(data []byte, options ...ParseOption) (Key, error) { return nil, nil }
func ParseRawKey(data []byte, rawkey interface{}) error         { return nil }
