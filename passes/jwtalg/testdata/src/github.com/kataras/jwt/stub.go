package jwt

type Alg interface{ Name() string }

var (
	NONE  Alg
	HS256 Alg
	RS256 Alg
)

type VerifiedToken struct{ Payload []byte }

func Sign(alg Alg, key interface{}, claims interface{}, opts ...interface{}) ([]byte, error) {
	return nil, nil
}
func Verify(alg Alg, key interface{}, token []byte, validators ...interface{}) (*VerifiedToken, error) {
	return nil, nil
}
