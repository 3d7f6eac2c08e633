// Package keyconsts holds a constant key another package signs with.
package keyconsts

const Secret = "shared-constant-secret-0123456789ab"

// Issuer is not a key.
const Issuer = "https://issuer.example.com"
