// Package handdecode exercises JWTs decoded by hand: the payload split off,
// base64-decoded and unmarshalled, then trusted, beside the header-only,
// peek-then-verify and display-only near misses.
package handdecode

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

type claims struct {
	Sub  string `json:"sub"`
	Iss  string `json:"iss"`
	Role string `json:"role"`
}

var (
	errBad = errors.New("bad token")
	users  map[string]string
	keys   map[string]interface{}
)

// IsAdmin trusts the role of a payload it decoded by hand.
func IsAdmin(raw string) bool {
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return false
	}
	b, err := base64.RawURLEncoding.DecodeString(parts[1]) // want `\(\*base64\.Encoding\)\.DecodeString decodes the payload of a JWT split by hand, and its claims are used without verifying the signature`
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

// Kid reads the header only.
func Kid(raw string) string {
	parts := strings.Split(raw, ".")
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

// request carries the tokens of a request: verifying one of its fields
// does not make a function a parse wrapper.
type request struct{ token, other string }

// PeekThenVerify reads the issuer to pick the key, then verifies the same
// string.
func (r *request) PeekThenVerify() bool {
	raw := r.token
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
func (r *request) VerifyOther() (string, error) {
	parts := strings.Split(r.token, ".")
	b, err := base64.RawURLEncoding.DecodeString(parts[1] + "==") // want `\(\*base64\.Encoding\)\.DecodeString decodes the payload of a JWT split by hand`
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return "", err
	}
	if _, err := jwt.Parse(r.other, func(*jwt.Token) (interface{}, error) { return keys["k"], nil }, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return "", err
	}
	return c.Sub, nil
}

// Logged prints the claims of a token, as a CLI does.
func Logged(raw string) {
	parts := strings.Split(raw, ".")
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
func InError(raw string) error {
	parts := strings.Split(raw, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return err
	}
	return fmt.Errorf("token of %s is not accepted here", c.Sub)
}

// LookupCut cuts the token with strings.Cut and looks the user up by a
// map claim.
func LookupCut(raw string) (string, bool) {
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
func HeaderCut(raw string) string {
	head, _, _ := strings.Cut(raw, ".")
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
func Segment(raw string, i int) string {
	parts := strings.Split(raw, ".")
	b, _ := base64.RawURLEncoding.DecodeString(parts[i])
	var c claims
	if err := json.Unmarshal(b, &c); err != nil {
		return ""
	}
	return c.Sub
}

// Subject decodes the payload with golang-jwt's DecodeSegment and returns
// the subject to its caller.
func Subject(raw string) (string, error) {
	parts := strings.Split(raw, ".")
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
