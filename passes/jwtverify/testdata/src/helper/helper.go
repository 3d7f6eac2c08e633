package helper // want package:"hasParsers"

import "github.com/golang-jwt/jwt/v5"

// Claims returns unverified claims.
func Claims(s string) (jwt.MapClaims, error) { // want Claims:"unverified\\(result 0, err 1, input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	c := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(s, c)
	return c, err
}

// Peek returns the unverified token, for its header.
func Peek(s string) *jwt.Token { // want Peek:"unverified\\(result 0, err \\-1, input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	t, _, _ := jwt.NewParser().ParseUnverified(s, jwt.MapClaims{})
	return t
}

// Verify wraps a verified parse and passes the error on.
func Verify(s string, kf jwt.Keyfunc) (*jwt.Token, error) { // want Verify:"verified\\(result 0, err 1, input 0\\) via jwt\\.Parse"
	return jwt.Parse(s, kf)
}

// Generic wraps ParseUnverified for any claims type.
func Generic[C jwt.Claims](s string, c C) (C, error) { // want Generic:"unverified\\(result 0, err 1, input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	_, _, err := jwt.NewParser().ParseUnverified(s, c)
	return c, err
}

// Check verifies a token and returns only the error.
func Check(s string) error { // want Check:"verifies\\(result -1, err -1, input 0\\) via jwt.Parse"
	_, err := jwt.Parse(s, nil)
	return err
}

// App is implemented by BaseApp, whose Check verifies.
type App interface{ Check(s string) error }

type BaseApp struct{}

func (b *BaseApp) Check(s string) error { // want Check:"verifies\\(result -1, err -1, input 0\\) via jwt.Parse"
	_, err := jwt.Parse(s, nil)
	return err
}

// Validated returns unverified claims after checking their times
// (pocketbase's ParseUnverifiedJWT): still unverified.
func Validated(s string) (jwt.MapClaims, error) { // want Validated:"unverified\\(result 0, err 1, input 0\\)"
	claims := jwt.MapClaims{}
	_, _, err := jwt.NewParser().ParseUnverified(s, claims)
	if err == nil {
		err = jwt.NewValidator().Validate(claims)
	}
	return claims, err
}
