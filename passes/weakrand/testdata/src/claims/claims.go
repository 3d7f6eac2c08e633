package claims

import (
	crand "crypto/rand"
	"math/rand"
	"strconv"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/rs/xid"
)

func Registered(sub string) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Subject: sub, ID: strconv.FormatInt(rand.Int63(), 16)} // want `math/rand.Int63 is predictable, yet its value becomes the JWT ID \(jwt.RegisteredClaims.ID\)`
}

// RegisteredSafe: crypto/rand; a clock as jti is not reported.
func RegisteredSafe(sub string) []jwt.RegisteredClaims {
	return []jwt.RegisteredClaims{
		{Subject: sub, ID: crand.Text()},
		{Subject: sub, ID: strconv.FormatInt(time.Now().UnixNano(), 10)},
	}
}

func Map(sub string) jwt.MapClaims {
	c := jwt.MapClaims{"sub": sub, "iat": time.Now().Unix()}
	c["jti"] = xid.New().String() // want `xid.New is predictable, yet its value becomes the JWT ID \(jwt.MapClaims\["jti"\]\)`
	return c
}

// MapSafe: math/rand under another claim.
func MapSafe(sub string) jwt.MapClaims {
	return jwt.MapClaims{"sub": sub, "jti": crand.Text(), "shard": rand.Intn(8)}
}

func MapLiteral(sub string) jwt.MapClaims {
	return jwt.MapClaims{"sub": sub, "jti": strconv.Itoa(rand.Int())} // want `math/rand.Int is predictable, yet its value becomes the JWT ID \(jwt.MapClaims\["jti"\]\)`
}
