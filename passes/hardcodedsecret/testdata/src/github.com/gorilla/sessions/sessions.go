// Package sessions is a stub of github.com/gorilla/sessions.
package sessions

type CookieStore struct{}

func NewCookieStore(keyPairs ...[]byte) *CookieStore { return &CookieStore{} }

type FilesystemStore struct{}

func NewFilesystemStore(path string, keyPairs ...[]byte) *FilesystemStore {
	return &FilesystemStore{}
}
