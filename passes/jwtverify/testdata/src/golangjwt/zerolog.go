package golangjwt

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/rs/zerolog"
)

// Unverified claims only added to a zerolog event (the pomerium authorize
// log shape): shown, nothing decided.
func logClaims(evt *zerolog.Event, raw string) *zerolog.Event {
	m := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, m); err == nil {
		evt = evt.Interface("id-token-claims", m)
	}
	return evt
}

// Chained fields, then the message.
func logSubject(l *zerolog.Logger, raw string) {
	var rc jwt.RegisteredClaims
	jwt.NewParser().ParseUnverified(raw, &rc)
	l.Info().Str("sub", rc.Subject).Any("iss", rc.Issuer).Msg("request")
}

// Logged, and a claim decides too.
func logThenDecide(evt *zerolog.Event, raw string) bool {
	m := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, m) // want `ParseUnverified does not verify the signature, yet its claims are used`
	evt.Interface("claims", m).Send()
	return m["admin"] == true
}
