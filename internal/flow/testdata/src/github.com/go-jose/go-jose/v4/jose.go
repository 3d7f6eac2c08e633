// Package jose is a stub of go-jose v4: a key field.
package jose

type SignatureAlgorithm string

type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       any
}
