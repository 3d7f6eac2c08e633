// Package parseuse calls another package's parse helper: it is followed,
// for the uses of the helper's result (Result.UsesOf).
package parseuse // want `followed`

import "example.com/parsehelper"

func Sub(s string) any {
	c, _ := parsehelper.ParseClaims(s)
	return c["sub"]
}
