// Package funcvalues holds keyfuncs in variables and fields: the engine
// says which functions each may hold (Result.FuncValues), for jwtalg.
package funcvalues

import "github.com/golang-jwt/jwt/v5"

var secret []byte

func named(t *jwt.Token) (any, error) { return secret, nil }

func factory() jwt.Keyfunc { return named }

// Branches: a variable assigned a literal, then another on a branch.
func Branches(strict bool) {
	kf := jwt.Keyfunc(func(t *jwt.Token) (any, error) { return secret, nil })
	if strict {
		kf = named
	}
	jwt.Parse("", kf) // want `funcs: lit:15, named`
}

// Param: a parameter is unknown.
func Param(kf jwt.Keyfunc) {
	jwt.Parse("", kf) // want `funcs: unknown`
}

// Factory: a variable holding a factory's result.
func Factory() {
	kf := factory()
	jwt.Parse("", kf) // want `funcs: call factory`
}

// Captured: a variable captured and assigned by a closure.
func Captured() {
	var kf jwt.Keyfunc = named
	set := func() { kf = func(t *jwt.Token) (any, error) { return nil, nil } }
	set()
	jwt.Parse("", kf) // want `funcs: named, lit:36`
}

// Server keeps keyfuncs in fields, assigned in a constructor and a method.
type Server struct {
	kf    jwt.Keyfunc
	other jwt.Keyfunc
}

func NewServer() *Server {
	return &Server{kf: func(t *jwt.Token) (any, error) { return secret, nil }, other: named}
}

func (s *Server) Reset() { s.kf = named }

func (s *Server) Field() {
	jwt.Parse("", s.kf)    // want `funcs: lit:48, named`
	jwt.Parse("", s.other) // want `funcs: named`
}

// A package variable may be assigned by functions the engine does not
// follow: not answered.
var global jwt.Keyfunc = named

func Global() {
	jwt.Parse("", global)
}

// A variable of another function type is not answered either.
func Other(f func() error) {
	g := f
	_ = g
}
