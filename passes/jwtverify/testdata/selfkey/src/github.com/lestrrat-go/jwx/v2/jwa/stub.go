package jwa

type KeyAlgorithm interface{ String() string }
type SignatureAlgorithm string

func (s SignatureAlgorithm) String() string { return string(s) }

const ES256 SignatureAlgorithm = "ES256"
