// Package logutil is a logging helper of the module.
package logutil

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
)

// Debug logs a message with one value.
func Debug(msg, key string, value any) {
	slog.Debug(msg, key, value)
}

// Fingerprint is the first 8 hex digits of the SHA-256 of a secret: safe
// to log.
func Fingerprint(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:4])
}
