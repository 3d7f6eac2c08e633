package rereaduse2

// rereaduse2 calls rereaduse.PassOn, which passes its argument on
// to rereadlib.IsAdmin: the fact travels one more package.

import (
	"os"
	"rereadlib"
	"rereaduse"
)

func header() string { return os.Getenv("TOKEN") }

func unverified() bool {
	return rereaduse.PassOn(header()) // want `rereaduse.PassOn reads the claims of its token argument unverified, and this token is not verified here`
}

// Near miss: verified first.
func verified() bool {
	raw := header()
	if rereadlib.Verify(raw) != nil {
		return false
	}
	return rereaduse.PassOn(raw)
}
