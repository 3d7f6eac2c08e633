package fsink

import (
	"os"

	"golang.org/x/oauth2"
)

func save(path, data string) error {
	return os.WriteFile(path, []byte(data), 0o644)
}

func viaHelper(tok *oauth2.Token) {
	save("/tmp/at", tok.AccessToken) // want `flow: access token -> os.WriteFile`
}
