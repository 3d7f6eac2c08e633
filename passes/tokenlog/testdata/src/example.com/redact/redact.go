package redact

import (
	"log"
	"strings"

	"golang.org/x/oauth2"
)

// Redact masks all but the last 4 characters.
func Redact(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return strings.Repeat("*", len(s)-4) + s[4:]
}

// Masker masks secrets.
type Masker struct{ Keep int }

// Mask masks s.
func (m *Masker) Mask(s string) string { return Redact(s) }

// Upper is not a redaction.
func Upper(s string) string { return strings.ToUpper(s) }

func logs(tok *oauth2.Token, m *Masker) {
	log.Printf("token %s", Redact(tok.AccessToken))  // redacted with -tokenlog.redact
	log.Printf("token %s", m.Mask(tok.RefreshToken)) // redacted with -tokenlog.redact
	log.Printf("token %s", Upper(tok.AccessToken))   // want `access token reaches log.Printf`
}
