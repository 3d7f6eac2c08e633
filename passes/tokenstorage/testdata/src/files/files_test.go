package files

import (
	"os"
	"testing"

	"golang.org/x/oauth2"
)

func TestSave(t *testing.T) {
	tok := &oauth2.Token{AccessToken: "x"}
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0o644) // near miss: a test
}

func saveInTest(tok *oauth2.Token) {
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0o644) // near miss: a _test.go file
}
