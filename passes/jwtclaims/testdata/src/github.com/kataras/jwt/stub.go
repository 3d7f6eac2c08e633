package jwt

type UnverifiedToken struct {
	Header  []byte
	Payload []byte
}

func Decode(token []byte) (*UnverifiedToken, error) { return nil, nil }
