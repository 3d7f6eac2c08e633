package strict

import "github.com/golang-jwt/jwt/v5"

func key(*jwt.Token) (interface{}, error) { return []byte("k"), nil }

func loose(s string) {
	jwt.Parse(s, key) // want `^this parse does not require exp, audience and issuer; add jwt.WithExpirationRequired\(\), jwt.WithAudience\(...\), jwt.WithIssuer\(...\)`
	jwt.Parse(s, key, jwt.WithExpirationRequired(), jwt.WithAudience("a"), jwt.WithIssuer("i"))
}

func partial(s string, opts ...jwt.ParserOption) {
	jwt.Parse(s, key, jwt.WithExpirationRequired(), jwt.WithAudience("a")) // want `add jwt.WithIssuer\(...\)$`
	jwt.Parse(s, key, opts...)
}
