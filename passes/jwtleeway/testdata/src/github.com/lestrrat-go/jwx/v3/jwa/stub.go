package jwa

type SignatureAlgorithm struct{ name string }
type KeyAlgorithm interface{ String() string }

func (s SignatureAlgorithm) String() string { return s.name }
func HS256() SignatureAlgorithm             { return SignatureAlgorithm{"HS256"} }
func RS256() SignatureAlgorithm             { return SignatureAlgorithm{"RS256"} }
