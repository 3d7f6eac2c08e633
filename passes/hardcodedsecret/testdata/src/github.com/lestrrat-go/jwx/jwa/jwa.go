// Package jwa is a stub of github.com/lestrrat-go/jwx/jwa (v1).
package jwa

type SignatureAlgorithm string

const HS256 SignatureAlgorithm = "HS256"
