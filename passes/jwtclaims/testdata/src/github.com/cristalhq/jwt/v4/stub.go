package jwt

import "time"

type Token struct{}

func (t *Token) Header() map[string]string          { return nil }
func (t *Token) Claims() []byte                     { return nil }
func (t *Token) DecodeClaims(dst interface{}) error { return nil }

type Verifier interface{}

func ParseNoVerify(raw []byte) (*Token, error)            { return nil, nil }
func Parse(raw []byte, verifier Verifier) (*Token, error) { return nil, nil }

type RegisteredClaims struct{ Subject string }

func (sc *RegisteredClaims) IsValidAt(now time.Time) bool         { return true }
func (sc *RegisteredClaims) IsForAudience(aud string) bool        { return true }
func ParseClaims(raw []byte, verifier Verifier, claims any) error { return nil }
