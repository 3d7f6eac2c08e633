package jwa

type SignatureAlgorithm string

const RS256 SignatureAlgorithm = "RS256"
