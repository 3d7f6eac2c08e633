// Package randsample picks keys at random for a load test, and elsewhere
// keeps credentials in a field whose name says it holds a secret: no
// function does both, so it is not followed (randreset's near miss).
package randsample

import "math/rand"

type Credentials struct{ APIKey string }

var picked = func(keys []string) string { return keys[rand.Intn(len(keys))] }

func Load(keys []string) []string {
	var out []string
	for range 10 {
		out = append(out, keys[rand.Intn(len(keys))])
	}
	return out
}

func Login(c *Credentials, key string) { c.APIKey = key }
