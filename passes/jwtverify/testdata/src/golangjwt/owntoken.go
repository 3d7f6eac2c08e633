package golangjwt

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Pattern 6: a token the function just signed, parsed back.
func mintAndRead() string {
	signed, err := jwt.NewWithClaims(nil, jwt.MapClaims{"sub": "me"}).SignedString(key)
	if err != nil {
		return ""
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(signed, c)
	return c["sub"].(string)
}

// Near miss: the string parsed is the request's.
func mintAndReadOther(r *http.Request) string {
	signed, _ := jwt.NewWithClaims(nil, jwt.MapClaims{"sub": "me"}).SignedString(key)
	tok := r.Header.Get("Authorization")
	if signed == "" {
		return ""
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(tok, c) // want `ParseUnverified does not verify`
	return c["sub"].(string)
}

// mint signs a token; it returns "" on failure.
func mint(sub string) string {
	s, err := jwt.NewWithClaims(nil, jwt.MapClaims{"sub": sub}).SignedString(key)
	if err != nil {
		return ""
	}
	return s
}

// A token minted by a function of the package.
func readMinted() bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(mint("me"), c)
	return c["sub"] == "me"
}

// mintOrForward returns a minted token, or the one the request carries.
func mintOrForward(r *http.Request) string {
	if h := r.Header.Get("X-Token"); h != "" {
		return h
	}
	return mint("anon")
}

// Near miss: the token may be the request's.
func readForwarded(r *http.Request) bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(mintOrForward(r), c) // want `ParseUnverified does not verify`
	return c["sub"] == "me"
}

// A CLI reading its own stored credential from the user's config directory.
func storedCredential() bool {
	dir, err := os.UserConfigDir()
	if err != nil {
		return false
	}
	b, err := os.ReadFile(filepath.Join(dir, "mycli", "token"))
	if err != nil {
		return false
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(strings.TrimSpace(string(b)), c)
	return c["exp"] != nil
}

// Near miss: a file named by the caller.
func fileCredential(path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(strings.TrimSpace(string(b)), c) // want `ParseUnverified does not verify`
	return c["exp"] != nil
}

// placeholder returns no token of the program's own: only "".
func placeholder() string { return "" }

// Near miss: a function returning only zero values mints nothing.
func readPlaceholder() bool {
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(placeholder(), c) // want `ParseUnverified does not verify`
	return c["sub"] == "me"
}
