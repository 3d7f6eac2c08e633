package golangjwt

import (
	"encoding/json"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

// userInfo decodes the proxy's assertion header unverified and returns
// its claims, or nil when it has no subject (the pomerium proxy shape).
func userInfo(raw string) jwt.MapClaims { // want userInfo:"unverified\\(result 0, err -1, input 0\\)"
	payload := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, payload); err != nil {
		return nil
	} else if sub, ok := payload["sub"].(string); !ok || sub == "" {
		return nil
	}
	for _, c := range []string{"iss", "aud", "exp"} {
		delete(payload, c)
	}
	return payload
}

// The claims written back, as JSON, to the requester who sent them.
func jsonUserInfo(w http.ResponseWriter, r *http.Request) {
	info := userInfo(r.Header.Get("X-Assertion"))
	if info == nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	b, err := json.Marshal(info)
	if err != nil {
		http.Error(w, "bad claims", http.StatusInternalServerError)
		return
	}
	w.Write(b)
}

// The JSON of the claims stored: reported.
func storeUserInfo(r *http.Request, store map[string][]byte) {
	info := userInfo(r.Header.Get("X-Assertion")) // want `golangjwt.userInfo does not verify the signature`
	b, err := json.Marshal(info)
	if err != nil {
		return
	}
	store[r.RemoteAddr] = b
}

// The subject read into a variable that then decides: reported.
func subjectDecides(raw string, admins map[string]bool) bool {
	payload := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, payload); err != nil { // want `ParseUnverified does not verify the signature, yet its claims are used`
		return false
	}
	sub, ok := payload["sub"].(string)
	if !ok || sub == "" {
		return false
	}
	return admins[sub]
}
