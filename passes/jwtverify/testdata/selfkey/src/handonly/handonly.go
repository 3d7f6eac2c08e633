// Package handonly decodes JWTs by hand and imports no token library: the
// check must run here too, where hand decoding is most common.
package handonly

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"
)

type claims struct {
	Sub  string `json:"sub"`
	Role string `json:"role"`
}

var admins map[string]bool

func isAdmin(r *http.Request) bool {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return false
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1]) // want `\(\*base64\.Encoding\)\.DecodeString decodes the payload of a JWT split by hand and its claims are used unverified`
	if err != nil {
		return false
	}
	var c claims
	if err := json.Unmarshal(payload, &c); err != nil {
		return false
	}
	return admins[c.Sub]
}

// algOf reads only the header: not a trusted payload.
func algOf(r *http.Request) string {
	raw := r.Header.Get("Authorization")
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return ""
	}
	hdr, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return ""
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if json.Unmarshal(hdr, &h) != nil {
		return ""
	}
	return h.Alg
}
