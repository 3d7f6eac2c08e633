package sessions

import "net/http"

type Options struct {
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite http.SameSite
}

type Session struct {
	ID      string
	Values  map[interface{}]interface{}
	Options *Options
	IsNew   bool
}

func (s *Session) Save(r *http.Request, w http.ResponseWriter) error { return nil }

type Store interface {
	Get(r *http.Request, name string) (*Session, error)
}

type CookieStore struct {
	Options *Options
}

func NewCookieStore(keyPairs ...[]byte) *CookieStore                      { return &CookieStore{} }
func (s *CookieStore) Get(r *http.Request, name string) (*Session, error) { return nil, nil }
