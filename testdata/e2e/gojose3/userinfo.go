package gojose3

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/go-jose/go-jose/v3/jwt"
)

// userInfoFromJWT returns the claims of the proxy's assertion header,
// decoded unverified, or nil if it has no subject (the pomerium proxy
// shape).
func userInfoFromJWT(rawJWT string) map[string]any {
	parsed, err := jwt.ParseSigned(rawJWT)
	if err != nil {
		return nil
	}
	var payload map[string]any
	if parsed.UnsafeClaimsWithoutVerification(&payload) != nil {
		return nil
	} else if sub, ok := payload["sub"].(string); !ok || sub == "" {
		return nil
	}
	for _, claim := range []string{"iss", "aud", "exp", "iat", "jti"} {
		delete(payload, claim)
	}
	return payload
}

// JWTAssertion echoes the requester's assertion if it names a subject: a
// near miss.
func JWTAssertion(w http.ResponseWriter, r *http.Request) error {
	raw := r.Header.Get("X-Assertion")
	if info := userInfoFromJWT(raw); info == nil {
		return errors.New("jwt not found")
	}
	_, _ = io.WriteString(w, raw)
	return nil
}

// JSONUserInfo writes the claims back to the requester as JSON: a near
// miss.
func JSONUserInfo(w http.ResponseWriter, r *http.Request) error {
	userInfo := userInfoFromJWT(r.Header.Get("X-Assertion"))
	if userInfo == nil {
		return errors.New("not found")
	}
	b, err := json.Marshal(userInfo)
	if err != nil {
		return err
	}
	_, _ = w.Write(b)
	return nil
}

// SaveUserInfo stores the JSON of the unverified claims.
func SaveUserInfo(r *http.Request, store map[string][]byte) {
	userInfo := userInfoFromJWT(r.Header.Get("X-Assertion")) // want:jwtverify
	if b, err := json.Marshal(userInfo); err == nil {
		store[r.RemoteAddr] = b
	}
}
