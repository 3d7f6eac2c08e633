// Package keyonly uses a key sink and nothing else the engine knows: it
// is followed, for hardcodedsecret's reaching definitions.
package keyonly // want `followed`

import "crypto/x509"

func Parse(der []byte) (any, error) { return x509.ParsePKCS8PrivateKey(der) }
