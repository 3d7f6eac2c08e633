package jwxkeys

import (
	"os"

	jwav1 "github.com/lestrrat-go/jwx/jwa"
	jwsv1 "github.com/lestrrat-go/jwx/jws"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func sign() {
	jwt.Sign(jwt.New(), jwt.WithKey(jwa.HS256, []byte("jwx-secret-0123456789abcdefghijklmno"))) // want `hard-coded key reaches jwt.WithKey`
	jwt.Sign(jwt.New(), jwt.WithKey(jwa.HS256, []byte(os.Getenv("K"))))                         // near miss
}

func raw() {
	jwk.FromRaw([]byte("jwk-raw-secret-0123456789abcdefghijk")) // want `hard-coded key reaches jwk.FromRaw`
	jwk.FromRaw([]byte(os.Getenv("K")))                         // near miss
}

func verifyV1(buf []byte) {
	jwsv1.Verify(buf, jwav1.HS256, []byte("jwx-v1-secret-0123456789abcdefghijk")) // want `hard-coded key reaches jws.Verify`
	jwsv1.Verify(buf, jwav1.HS256, []byte(os.Getenv("K")))                        // near miss
}

func optionSlice() {
	key := []byte("jwx-slice-secret-0123456789abcdefgh") // want `hard-coded key reaches jwt.WithKey`
	opts := []jwt.SignOption{jwt.WithKey(jwa.HS256, key)}
	jwt.Sign(jwt.New(), opts...)
	cfgOpts := []jwt.SignOption{jwt.WithKey(jwa.HS256, []byte(os.Getenv("K")))}
	jwt.Sign(jwt.New(), cfgOpts...) // near miss
}
