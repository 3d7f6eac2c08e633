// Package sessionkeys builds cookie and session stores: with hard-coded
// keys (reported) and with keys from the environment or generated at
// start-up (not).
package sessionkeys

import (
	"os"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

var Store = sessions.NewCookieStore([]byte("super-secret-session-key-0123456")) // want `hard-coded key reaches sessions.NewCookieStore`

var Files = sessions.NewFilesystemStore("/tmp", []byte("another-hard-coded-session-key!!")) // want `hard-coded key reaches sessions.NewFilesystemStore`

var Cookie = securecookie.New([]byte("hash-key-hash-key-hash-key-hash!"), nil) // want `hard-coded key reaches securecookie.New`

// StoreFromEnv: the key comes from the environment.
var StoreFromEnv = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// Generated: random keys made at start-up (sessions do not survive a
// restart, but nobody can forge them).
var Generated = securecookie.New(securecookie.GenerateRandomKey(64), securecookie.GenerateRandomKey(32))

// BlockKeyOnly: the encryption key is not the HMAC key this rule follows.
var BlockKeyOnly = securecookie.New([]byte(os.Getenv("HASH_KEY")), []byte("0123456789abcdef"))
