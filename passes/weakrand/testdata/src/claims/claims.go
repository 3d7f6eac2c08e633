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
	c["jti"] = strconv.FormatUint(rand.Uint64(), 36) // want `math/rand.Uint64 is predictable, yet its value becomes the JWT ID \(jwt.MapClaims\["jti"\]\)`
	return c
}

// Unique gives the token an xid as its ID (lakeFS): unique, all a JWT
// ID needs; the token is signed.
func Unique(sub string) *jwt.RegisteredClaims {
	id := xid.New().String()
	return &jwt.RegisteredClaims{ID: id, Subject: sub}
}

// MapSafe: math/rand under another claim.
func MapSafe(sub string) jwt.MapClaims {
	return jwt.MapClaims{"sub": sub, "jti": crand.Text(), "shard": rand.Intn(8)}
}

func MapLiteral(sub string) jwt.MapClaims {
	return jwt.MapClaims{"sub": sub, "jti": strconv.Itoa(rand.Int())} // want `math/rand.Int is predictable, yet its value becomes the JWT ID \(jwt.MapClaims\["jti"\]\)`
}
