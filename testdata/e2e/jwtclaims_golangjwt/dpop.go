package jwtclaims_golangjwt

import (
	"crypto/ecdsa"
	"errors"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// ProofClaims are the claims of a DPoP proof (RFC 9449), which has an iat
// and no exp.
type ProofClaims struct {
	Htm string `json:"htm"`
	jwt.RegisteredClaims
}

// CheckProof verifies a DPoP proof with the key of its own header,
// switches the library's exp and nbf checks off and checks the proof's
// age from iat itself (the casdoor shape): a near miss.
func CheckProof(proof, method string, key *ecdsa.PublicKey) error {
	t, err := jwt.ParseWithClaims(proof, &ProofClaims{}, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"ES256"}), jwt.WithoutClaimsValidation())
	if err != nil || !t.Valid {
		return errors.New("bad proof signature")
	}
	c, ok := t.Claims.(*ProofClaims)
	if !ok || !strings.EqualFold(c.Htm, method) || c.IssuedAt == nil {
		return errors.New("bad proof")
	}
	age := time.Since(c.IssuedAt.Time).Abs()
	if age > time.Minute {
		return errors.New("stale proof")
	}
	return nil
}

// CheckProofAnyAge checks no time at all.
func CheckProofAnyAge(proof, method string, key *ecdsa.PublicKey) error {
	t, err := jwt.ParseWithClaims(proof, &ProofClaims{}, func(*jwt.Token) (any, error) { return key, nil },
		jwt.WithValidMethods([]string{"ES256"}), jwt.WithoutClaimsValidation()) // want:jwtclaims
	if err != nil || !t.Valid {
		return errors.New("bad proof signature")
	}
	if c, ok := t.Claims.(*ProofClaims); !ok || !strings.EqualFold(c.Htm, method) {
		return errors.New("bad proof")
	}
	return nil
}
