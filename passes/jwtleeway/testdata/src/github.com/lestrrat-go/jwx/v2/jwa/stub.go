package jwa

type SignatureAlgorithm string
type KeyAlgorithm interface{ String() string }

func (s SignatureAlgorithm) String() string { return string(s) }

const (
	HS256 SignatureAlgorithm = "HS256"
	RS256 SignatureAlgorithm = "RS256"
)
