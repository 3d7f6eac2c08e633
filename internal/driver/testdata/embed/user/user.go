package user

import "example.com/embed/typo"

func Bad() {}

// Not analyzed: typo does not type-check.
func F() int {
	Bad()
	return typo.X()
}
