package jwa

type KeyAlgorithm interface{ String() string }
type SignatureAlgorithm struct{ name string }

func (s SignatureAlgorithm) String() string { return s.name }

func RS256() SignatureAlgorithm       { return SignatureAlgorithm{"RS256"} }
func HS256() SignatureAlgorithm       { return SignatureAlgorithm{"HS256"} }
func NoSignature() SignatureAlgorithm { return SignatureAlgorithm{"none"} }
