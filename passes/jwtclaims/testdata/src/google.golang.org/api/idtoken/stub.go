package idtoken

import "context"

type Payload struct {
	Audience string
	Issuer   string
	Subject  string
	Claims   map[string]interface{}
}

func ParsePayload(idToken string) (*Payload, error) { return nil, nil }
func Validate(ctx context.Context, idToken string, audience string) (*Payload, error) {
	return nil, nil
}

type Validator struct{}

func (v *Validator) Validate(ctx context.Context, idToken string, audience string) (*Payload, error) {
	return nil, nil
}
