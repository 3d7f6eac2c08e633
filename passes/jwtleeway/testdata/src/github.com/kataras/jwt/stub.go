package jwt

import "time"

var Clock = time.Now

type TokenValidatorFunc func(token []byte, claims interface{}, err error) error
type Alg interface{ Name() string }
type VerifiedToken struct{}

var RS256 Alg

func Leeway(leeway time.Duration) TokenValidatorFunc { return nil }
func Verify(alg Alg, key interface{}, token []byte, validators ...TokenValidatorFunc) (*VerifiedToken, error) {
	return nil, nil
}
