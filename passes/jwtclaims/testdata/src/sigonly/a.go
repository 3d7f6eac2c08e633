// Package sigonly checks only signatures and decodes the payload itself.
package sigonly

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	jose "github.com/go-jose/go-jose/v4"
)

type claims struct {
	Subject  string `json:"sub"`
	Issuer   string `json:"iss"`
	Audience string `json:"aud"`
	Expiry   int64  `json:"exp"`
}

func oidcUnchecked(ctx context.Context, ks oidc.KeySet, raw string) (string, error) {
	payload, err := ks.VerifySignature(ctx, raw) // want `\(oidc.KeySet\).VerifySignature checks only the signature, yet the claims unmarshalled from its payload are used with no exp, audience or issuer check`
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", err
	}
	return "user:" + c.Subject, nil
}

func oidcChecked(ctx context.Context, ks *oidc.RemoteKeySet, raw string) (string, error) {
	payload, err := ks.VerifySignature(ctx, raw)
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", err
	}
	if time.Now().Unix() > c.Expiry {
		return "", errors.New("expired")
	}
	return "user:" + c.Subject, nil
}

func joseUnchecked(sig *jose.JSONWebSignature, key interface{}) (string, error) {
	payload, err := sig.Verify(key) // want `\(jose.JSONWebSignature\).Verify checks only the signature`
	if err != nil {
		return "", err
	}
	c := &claims{}
	if err := json.Unmarshal(payload, c); err != nil {
		return "", err
	}
	return "user:" + c.Subject, nil
}

func (c *claims) Validate(now time.Time) error {
	if now.Unix() > c.Expiry {
		return errors.New("expired")
	}
	return nil
}

func joseValidated(sig *jose.JSONWebSignature, key interface{}) (string, error) {
	payload, err := sig.Verify(key)
	if err != nil {
		return "", err
	}
	c := &claims{}
	if err := json.Unmarshal(payload, c); err != nil {
		return "", err
	}
	if err := c.Validate(time.Now()); err != nil {
		return "", err
	}
	return "user:" + c.Subject, nil
}

// A signed payload that is no token claims (no exp): not reported.
type message struct {
	Text string `json:"text"`
}

func joseMessage(sig *jose.JSONWebSignature, key interface{}) (string, error) {
	payload, err := sig.Verify(key)
	if err != nil {
		return "", err
	}
	var m message
	if err := json.Unmarshal(payload, &m); err != nil {
		return "", err
	}
	return m.Text, nil
}

// The claims are handed to a helper of the package that checks exp.
func oidcHelper(ctx context.Context, ks oidc.KeySet, raw string) (string, error) {
	payload, err := ks.VerifySignature(ctx, raw)
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", err
	}
	if err := checkExpiry(&c); err != nil {
		return "", err
	}
	return c.Subject, nil
}

func checkExpiry(c *claims) error {
	if c.Expiry < time.Now().Unix() {
		return errors.New("expired")
	}
	return nil
}
