// Package nokey parses a public key, no key sink: it is not followed.
package nokey

import "crypto/x509"

func Parse(der []byte) (any, error) { return x509.ParsePKIXPublicKey(der) }
