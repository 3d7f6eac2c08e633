package jwt

type Algorithm interface{ Name() string }
type HMACSHA struct{}

func (h *HMACSHA) Name() string { return "HS256" }

type none struct{}

func (none) Name() string { return "none" }

func None() Algorithm                                         { return none{} }
func NewHS256(key []byte) *HMACSHA                            { return &HMACSHA{} }
func Sign(payload interface{}, alg Algorithm) ([]byte, error) { return nil, nil }
func Verify(token []byte, alg Algorithm, payload interface{}) (interface{}, error) {
	return nil, nil
}
