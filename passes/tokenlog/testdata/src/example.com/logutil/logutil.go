package logutil // want package:`hasSummaries`

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
)

// Debug logs a message with one value.
func Debug(msg, key string, value any) { // want Debug:`flow\(param 0 -> log slog.Debug; param 1 -> log slog.Debug; param 2 -> log slog.Debug\)`
	slog.Debug(msg, key, value)
}

// Fingerprint is safe to log.
func Fingerprint(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:4])
}

// Wrap returns its argument, decorated.
func Wrap(s string) string { return "[" + s + "]" } // want Wrap:`flow\(param 0 -> result 0\)`
