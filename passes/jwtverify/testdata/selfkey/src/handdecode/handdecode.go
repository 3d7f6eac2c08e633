// Package handdecode exercises JWTs decoded by hand: the payload of a token
// read from the request split off, base64-decoded and unmarshalled, then
// trusted, beside the header-only, peek-then-verify, display-only and
// not-from-a-request near misses.
package handdecode

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type claims struct {
	Sub  string `json:"sub"`
	Iss  string `json:"iss"`
	Role string `json:"role"`
}

var (
	errBad     = errors.New("bad token")
	users      map[string]string
	keys       map[string]interface{}
	otherToken string
)

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// AdminHandler hands the request's token to isAdmin.
func AdminHandler(w http.ResponseWriter, r *http.Request) {
	if !isAdmin(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")) {
		http.Error(w, "forbidden", http.StatusForbidden)
	}
}

// isAdmin trusts the role of a payload it decoded by hand.
func isAdmin(raw string) bool {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1]) // want `\(\*base64\.Encoding\)\.DecodeString decodes the payload of a JWT split by hand and its claims are used unverified`
	if err != nil {
		return false
	}
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return false
	}
	if c.Role == "admin" {
		return true
	}
	return false
}

type tokenResponse struct {
	IDToken string `json:"id_token"`
}

// Redeem reads the ID token of a token endpoint's response, which the
// program obtained itself over TLS.
func Redeem(resp *http.Response) (*claims, error) {
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return nil, err
	}
	return claimsFromIDToken(tr.IDToken)
}

// claimsFromIDToken decodes the same way, but no caller hands it a
// request's token.
func claimsFromIDToken(idToken string) (*claims, error) {
	parts := strings.Split(idToken, ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return nil, err
	}
	c := &claims{}
	if err := json.Unmarshal(b, c); err != nil {
		return nil, err
	}
	if c.Sub == "" {
		return nil, errBad
	}
	return c, nil
}

// Kid reads the header only.
func Kid(r *http.Request) string {
	parts := strings.Split(bearer(r), ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return ""
	}
	var hdr struct {
		Kid string `json:"kid"`
	}
	if err := json.Unmarshal(b, &hdr); err != nil || hdr.Kid == "" {
		return ""
	}
	return hdr.Kid
}

// PeekThenVerify reads the issuer to pick the key, then verifies the same
// string.
func PeekThenVerify(r *http.Request) bool {
	raw := r.Header.Get("Authorization")
	parts := strings.Split(raw, ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return false
	}
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return false
	}
	key, ok := keys[c.Iss]
	if !ok {
		return false
	}
	_, err = jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return key, nil }, jwt.WithValidMethods([]string{"RS256"}))
	return err == nil
}

// VerifyOther verifies another string than the one it decoded.
func VerifyOther(r *http.Request) (string, error) {
	parts := strings.Split(r.Header.Get("Authorization"), ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[1] + "==") // want `\(\*base64\.Encoding\)\.DecodeString decodes the payload of a JWT split by hand`
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return "", err
	}
	if _, err := jwt.Parse(otherToken, func(*jwt.Token) (interface{}, error) { return keys["k"], nil }, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return "", err
	}
	return c.Sub, nil
}

// Logged prints the claims of the request's token.
func Logged(r *http.Request) {
	parts := strings.Split(r.Header.Get("Authorization"), ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return
	}
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		log.Printf("bad payload: %v", err)
		return
	}
	log.Printf("token for %s issued by %s", c.Sub, c.Iss)
	fmt.Println(c.Role)
}

// InError puts a claim into an error message only.
func InError(r *http.Request) error {
	parts := strings.Split(r.FormValue("token"), ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return err
	}
	return fmt.Errorf("token of %s is not accepted here", c.Sub)
}

// LookupCut cuts the token with strings.Cut and looks the user up by a
// map claim.
func LookupCut(r *http.Request) (string, bool) {
	raw := r.URL.Query().Get("access_token")
	_, rest, ok := strings.Cut(raw, ".")
	if !ok {
		return "", false
	}
	payload, _, ok := strings.Cut(rest, ".")
	if !ok {
		return "", false
	}
	b, err := base64.RawURLEncoding.DecodeString(payload) // want `\(\*base64\.Encoding\)\.DecodeString decodes the payload of a JWT split by hand`
	if err != nil {
		return "", false
	}
	m := map[string]interface{}{}
	if err := json.Unmarshal(b, &m); err != nil {
		return "", false
	}
	sub, _ := m["sub"].(string)
	name, found := users[sub]
	return name, found
}

// HeaderCut cuts off only the header.
func HeaderCut(r *http.Request) string {
	head, _, _ := strings.Cut(bearer(r), ".")
	b, _ := base64.RawURLEncoding.DecodeString(head)
	var hdr map[string]interface{}
	if err := json.Unmarshal(b, &hdr); err != nil {
		return ""
	}
	if alg, _ := hdr["alg"].(string); alg != "" {
		return alg
	}
	return ""
}

// Segment decodes a segment whose index is not known.
func Segment(r *http.Request, i int) string {
	parts := strings.Split(bearer(r), ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[i])
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return ""
	}
	return c.Sub
}

// Subject decodes the payload of the session cookie with golang-jwt's
// DecodeSegment and returns the subject to its caller.
func Subject(r *http.Request) (string, error) {
	cookie, err := r.Cookie("session")
	if err != nil {
		return "", err
	}
	parts := strings.Split(cookie.Value, ".")
	b, err := jwt.NewParser().DecodeSegment(parts[1]) // want `\(\*jwt\.Parser\)\.DecodeSegment decodes the payload of a JWT split by hand`
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return "", err
	}
	return c.Sub, nil
}
