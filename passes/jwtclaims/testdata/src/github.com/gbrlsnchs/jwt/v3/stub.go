package jwt

import "time"

type Algorithm interface{ Name() string }
type Header struct{ KeyID string }
type Payload struct{ Subject string }
type Validator func(*Payload) error
type VerifyOption func(*RawToken) error
type RawToken struct{}

func Verify(token []byte, alg Algorithm, payload interface{}, opts ...VerifyOption) (Header, error) {
	return Header{}, nil
}
func ValidatePayload(pl *Payload, vds ...Validator) VerifyOption { return nil }
func ExpirationTimeValidator(now time.Time) Validator            { return nil }
func NewHS256(key []byte) Algorithm                              { return nil }
