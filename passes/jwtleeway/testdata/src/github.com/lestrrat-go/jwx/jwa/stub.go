package jwa

type SignatureAlgorithm string

const (
	HS256 SignatureAlgorithm = "HS256"
	RS256 SignatureAlgorithm = "RS256"
)
