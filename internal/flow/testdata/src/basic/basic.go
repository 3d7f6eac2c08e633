package basic

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func direct(tok *oauth2.Token) {
	log.Printf("token %s", tok.AccessToken) // want `flow: access token -> log.Printf`
	log.Printf("expires %v", tok.Expiry)    // near miss: not secret
	log.Printf("type %T", tok)              // near miss: %T
	log.Printf("%+v", tok)                  // want `flow: \*oauth2.Token -> log.Printf`
	log.Println(len(tok.AccessToken))       // near miss: len
}

func header(r *http.Request) {
	auth := r.Header.Get("Authorization")
	bearer := strings.TrimPrefix(auth, "Bearer ")
	slog.Info("request", slog.String("token", bearer)) // want `flow: Authorization header -> slog.Info`
	ct := r.Header.Get("Content-Type")
	slog.Info("request", "ct", ct) // near miss: not a credential header
	log.Print(r.Header)            // want `flow: request headers -> log.Print`
	for k, v := range r.Header {
		log.Println(k) // near miss: header names
		_ = v
	}
	for k, v := range r.Header {
		if k == "Authorization" || k == "Cookie" {
			continue
		}
		log.Println(k, v) // near miss: the credential headers are skipped
	}
	for k, v := range r.Header {
		if strings.EqualFold(k, "authorization") {
			v = []string{"REDACTED"}
		}
		log.Println(k, v) // near miss: the Authorization header is masked
	}
	for k, v := range r.Header {
		if k == "Content-Type" {
			continue
		}
		log.Println(k, v) // want `flow: request headers -> log.Println`
	}
	log.Println(r.Header["Authorization"]) // want `flow: Authorization header -> log.Println`
	log.Println(r.Header["Accept"])        // near miss
	log.Println(auth[:8])                  // near miss: a prefix
	name := os.Getenv("SIGNATURE_HEADER")
	log.Println(r.Header.Get(name)) // near miss: a header of a computed name
	log.Println(r.Header[name])     // near miss: a header of a computed name
}

type client struct {
	name  string
	token string
}

func fields(tok *oauth2.Token) {
	c := &client{name: "x", token: tok.AccessToken}
	log.Println(c.name)  // near miss: other field
	log.Println(c.token) // want `flow: access token -> log.Println`
}

func helperLog(s string) {
	log.Println("value", s)
}

func viaHelper(tok *oauth2.Token) {
	helperLog(tok.RefreshToken) // want `flow: refresh token -> log.Println`
	helperLog("constant")       // near miss
}

func getToken(tok *oauth2.Token) string { return "Bearer " + tok.AccessToken }

func viaReturn(tok *oauth2.Token) error {
	h := getToken(tok)
	if h == "" {
		return errors.New("empty")
	}
	return fmt.Errorf("bad header %q", h) // want `flow: access token -> fmt.Errorf`
}

func closure(tok *oauth2.Token) {
	s := tok.AccessToken
	f := func() {
		fmt.Fprintln(os.Stderr, s) // want `flow: access token -> fmt.Fprintln`
	}
	f()
	var sb strings.Builder
	fmt.Fprintln(&sb, s) // near miss: not stdout/stderr
}

func panics(tok *oauth2.Token) {
	panic("bad " + tok.AccessToken) // want `flow: access token -> panic`
}

func idtoken(tok *oauth2.Token) {
	id, _ := tok.Extra("id_token").(string)
	log.Print(id)                 // want `flow: ID token -> log.Print`
	log.Print(tok.Extra("scope")) // near miss
}

type tokenResponse struct {
	Access string `json:"access_token"`
	Scope  string `json:"scope"`
}

func marshal(tok *oauth2.Token) error {
	b, err := json.Marshal(struct{ T string }{tok.AccessToken})
	if err != nil {
		return fmt.Errorf("marshal: %v", err) // near miss: the error carries no token
	}
	log.Printf("%s", b) // want `flow: access token -> log.Printf`
	return nil
}

func tagged(resp tokenResponse) {
	log.Print(resp.Scope)  // near miss
	log.Print(resp.Access) // want `flow: access token -> log.Print`
}

func mapKeys(cfg *oauth2.Config, k string) {
	params := map[string]string{"id": cfg.ClientID, "secret": cfg.ClientSecret}
	log.Println(params["id"])     // near miss: another constant key
	log.Println(params["secret"]) // want `flow: client secret -> log.Println`
	log.Println(params[k])        // want `flow: client secret -> log.Println`
	log.Println(params)           // want `flow: client secret -> log.Println`
	other := map[string]string{}
	other[k] = cfg.ClientSecret
	log.Println(other["id"]) // want `flow: client secret -> log.Println`
}

type tokenReply struct {
	Access string `json:"access_token"`
	Type   string `json:"token_type"`
}

type redactedReply struct {
	Access string `json:"access_token"`
}

func (r redactedReply) String() string { return "[redacted]" }

type zapReply struct {
	Access string `json:"access_token"`
}

// MarshalLogObject is zap's renderer (the encoder argument elided here).
func (r *zapReply) MarshalLogObject() error { return nil }

type plainReply struct {
	Type string `json:"token_type"`
}

func wholeStruct(r *tokenReply, rr redactedReply, p plainReply, z *zapReply) {
	log.Printf("reply: %+v", z)    // near miss: the type renders itself for zap
	log.Printf("reply: %+v", r)    // want `flow: access token -> log.Printf`
	log.Printf("reply: %+v", rr)   // near miss: the type renders itself
	log.Printf("reply: %+v", p)    // near miss: no secret field
	log.Printf("type: %s", r.Type) // near miss: a field that is not secret
}

// An OIDC claims request: its id_token member lists claims, it is not a
// token (authelia's ClaimsRequests).
type claimsRequests struct {
	IDToken  map[string]bool `json:"id_token,omitempty"`
	Userinfo map[string]bool `json:"userinfo,omitempty"`
}

type lifespans struct {
	IDToken int64 `json:"id_token"`
}

type idReply struct {
	IDToken *string `json:"id_token"`
}

func notTokens(c claimsRequests, l lifespans, r idReply) {
	log.Printf("claims %v", c.IDToken)   // near miss: a map
	log.Printf("claims %+v", c)          // near miss
	log.Printf("lifespan %d", l.IDToken) // near miss: a number
	log.Printf("id %s", *r.IDToken)      // want `flow: ID token -> log.Printf`
}
