package golangjwt

import "github.com/golang-jwt/jwt/v5"

// A chain of ten wrappers, each declared before the one it wraps: the fact
// of w1 reaches w10 however long the chain.
func w10(s string) jwt.MapClaims { return w9(s) } // want w10:"unverified\\(result 0, err -1, input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
func w9(s string) jwt.MapClaims  { return w8(s) } // want w9:"unverified"
func w8(s string) jwt.MapClaims  { return w7(s) } // want w8:"unverified"
func w7(s string) jwt.MapClaims  { return w6(s) } // want w7:"unverified"
func w6(s string) jwt.MapClaims  { return w5(s) } // want w6:"unverified"
func w5(s string) jwt.MapClaims  { return w4(s) } // want w5:"unverified"
func w4(s string) jwt.MapClaims  { return w3(s) } // want w4:"unverified"
func w3(s string) jwt.MapClaims  { return w2(s) } // want w3:"unverified"
func w2(s string) jwt.MapClaims  { return w1(s) } // want w2:"unverified"
func w1(s string) jwt.MapClaims { // want w1:"unverified\\(result 0, err -1, input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s, c)
	return c
}

func chainUse(s string) string {
	c := w10(s) // want `w10 does not verify the signature`
	sub, _ := c["sub"].(string)
	return sub
}

// Near miss: the same chain, its result not used.
func chainUnused(s string) {
	_ = w10(s)
}

// A chain of ten wrappers around a verified parse, the error passed on.
func v10(s string) (*jwt.Token, error) { return v9(s) }                 // want v10:"verified\\(result 0, err 1, input 0\\) via jwt\\.Parse"
func v9(s string) (*jwt.Token, error)  { return v8(s) }                 // want v9:"verified"
func v8(s string) (*jwt.Token, error)  { return v7(s) }                 // want v8:"verified"
func v7(s string) (*jwt.Token, error)  { return v6(s) }                 // want v7:"verified"
func v6(s string) (*jwt.Token, error)  { return v5(s) }                 // want v6:"verified"
func v5(s string) (*jwt.Token, error)  { return v4(s) }                 // want v5:"verified"
func v4(s string) (*jwt.Token, error)  { return v3(s) }                 // want v4:"verified"
func v3(s string) (*jwt.Token, error)  { return v2(s) }                 // want v3:"verified"
func v2(s string) (*jwt.Token, error)  { return v1(s) }                 // want v2:"verified"
func v1(s string) (*jwt.Token, error)  { return jwt.Parse(s, keyFunc) } // want v1:"verified"

func chainDiscard(s string) interface{} {
	t, _ := v10(s) // want `the error of golangjwt.v10 is discarded`
	return t.Claims
}

// Near miss: the error is checked.
func chainChecked(s string) interface{} { // want chainChecked:"verifies"
	t, err := v10(s)
	if err != nil {
		return nil
	}
	return t.Claims
}
