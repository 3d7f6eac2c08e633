package gomod

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goMod = `module example.com/m

go 1.22

require (
	github.com/golang-jwt/jwt v3.2.2+incompatible
	github.com/golang-jwt/jwt/v4 v4.5.0
	golang.org/x/oauth2 v0.30.0
	github.com/lestrrat-go/jwx/v3 v3.2.0
)

replace github.com/lestrrat-go/jwx/v3 => github.com/lestrrat-go/jwx/v3 v3.3.0

replace github.com/lestrrat-go/jwx/v3 v3.2.0 => github.com/lestrrat-go/jwx/v3 v3.2.1
`

func TestLookup(t *testing.T) {
	f, err := Parse("go.mod", []byte(goMod))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) int { return strings.Index(goMod, s) }
	for _, tc := range []struct {
		path string
		want Requirement
		ok   bool
	}{
		{"github.com/golang-jwt/jwt", Requirement{"github.com/golang-jwt/jwt", "v3.2.2+incompatible", 6, at("github.com/golang-jwt/jwt v3")}, true},
		{"github.com/golang-jwt/jwt/request", Requirement{"github.com/golang-jwt/jwt", "v3.2.2+incompatible", 6, at("github.com/golang-jwt/jwt v3")}, true},
		{"github.com/golang-jwt/jwt/v4/request", Requirement{"github.com/golang-jwt/jwt/v4", "v4.5.0", 7, at("github.com/golang-jwt/jwt/v4 ")}, true},
		{"golang.org/x/oauth2/jws", Requirement{"golang.org/x/oauth2", "v0.30.0", 8, at("golang.org/x/oauth2 ")}, true},
		// A replace of the exact version wins over one of all versions.
		{"github.com/lestrrat-go/jwx/v3/jwt", Requirement{"github.com/lestrrat-go/jwx/v3", "v3.2.1", 14, at("replace github.com/lestrrat-go/jwx/v3 v3.2.0")}, true},
		{"github.com/lestrrat-go/jwx/jwt", Requirement{}, false},
		{"golang.org/x/oauth2x", Requirement{}, false},
	} {
		got, ok := f.Lookup(tc.path)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v, %v", tc.path, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := (*File)(nil).Lookup("golang.org/x/oauth2"); ok {
		t.Errorf("nil File: Lookup found a requirement")
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		name = filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", goMod)
	write("bad/go.mod", "module example.com/bad\n\nnot a directive\n")
	write("sub/go.mod", "module example.com/sub\n")

	if f := Find(filepath.Join(dir, "a", "b"), "example.com/m"); f == nil || f.Path != filepath.Join(dir, "go.mod") {
		t.Errorf("Find(a/b) = %v, want the root go.mod", f)
	}
	for _, tc := range []struct{ dir, module string }{
		{dir, ""},
		{dir, "example.com/other"},
		{filepath.Join(dir, "sub", "x"), "example.com/m"}, // the nearest go.mod decides
		{filepath.Join(dir, "bad"), "example.com/bad"},    // does not parse
		{t.TempDir(), "example.com/m"},
	} {
		if f := Find(tc.dir, tc.module); f != nil {
			t.Errorf("Find(%q, %q) = %s, want nil", tc.dir, tc.module, f.Path)
		}
	}
}
