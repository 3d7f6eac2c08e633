package jwa

type KeyAlgorithm interface{ String() string }
type SignatureAlgorithm string

func (s SignatureAlgorithm) String() string { return string(s) }

const (
	RS256       SignatureAlgorithm = "RS256"
	HS256       SignatureAlgorithm = "HS256"
	NoSignature SignatureAlgorithm = "none"
)
