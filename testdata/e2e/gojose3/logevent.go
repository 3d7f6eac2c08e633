package gojose3

import (
	"github.com/go-jose/go-jose/v3/jwt"
	"github.com/rs/zerolog"
)

// LogIDTokenClaims adds the claims of a session's stored ID token to a log
// event, decoded unverified: shown, nothing decided (the pomerium
// authorize log shape), a near miss.
func LogIDTokenClaims(evt *zerolog.Event, rawIDToken string) *zerolog.Event {
	if t, err := jwt.ParseSigned(rawIDToken); err == nil {
		var m map[string]any
		_ = t.UnsafeClaimsWithoutVerification(&m)
		evt = evt.Interface("id-token-claims", m)
	}
	return evt
}

// LogAndTrust logs the unverified claims and lets one decide.
func LogAndTrust(evt *zerolog.Event, rawIDToken string) bool {
	t, err := jwt.ParseSigned(rawIDToken)
	if err != nil {
		return false
	}
	var m map[string]any
	_ = t.UnsafeClaimsWithoutVerification(&m) // want:jwtverify
	evt.Interface("id-token-claims", m).Send()
	return m["admin"] == true
}
