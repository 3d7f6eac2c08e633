package jwtlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/semver"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/internal/gomod"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/msgtest"
)

func TestAnalyzer(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), Analyzer, "a", "broken", "sup", "order", "suplater")
	if msgtest.Check(t, results) == 0 {
		t.Error("no diagnostics to check")
	}
}

// TestModule runs the analyzer in module mode, on a module whose
// requirements are vendored so that the test needs no network, to check the
// version-gated advisories end to end.
func TestModule(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "mod")
	results := analysistest.Run(t, dir, Analyzer, "./...")
	if msgtest.Check(t, results) == 0 {
		t.Error("no diagnostics to check")
	}

	// A version diagnostic points at the directive of go.mod that sets
	// the version.
	var related []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, rel := range d.Related {
				related = append(related, fmt.Sprintf("%s: %s", r.Pass.Fset.Position(rel.Pos), rel.Message))
			}
		}
	}
	gomod := filepath.Join(dir, "go.mod")
	want := []string{
		gomod + ":8:2: github.com/golang-jwt/jwt/v4 v4.5.0 required here",
		gomod + ":10:2: github.com/lestrrat-go/jwx/v3 v3.2.0 required here",
	}
	if strings.Join(related, "\n") != strings.Join(want, "\n") {
		t.Errorf("related =\n%s\nwant\n%s", strings.Join(related, "\n"), strings.Join(want, "\n"))
	}
}

func setAllow(t *testing.T, v string) {
	t.Helper()
	if err := Analyzer.Flags.Set("allow", v); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Analyzer.Flags.Set("allow", "") })
}

func TestAllow(t *testing.T) {
	setAllow(t, "github.com/dgrijalva/jwt-go, gopkg.in/square/go-jose.v2,")
	analysistest.Run(t, analysistest.TestData(), Analyzer, "allowed")
}

// errorRecorder is an analysistest.Testing that records errors.
type errorRecorder struct{ errs []string }

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestAllowBad(t *testing.T) {
	setAllow(t, "github.com/golang-jwt/jwt/v6,github.com/dgrijalva/jwt-go,golang.org/x/oauth2")
	var r errorRecorder
	analysistest.Run(&r, analysistest.TestData(), Analyzer, "allowed")
	want := `-allow: "github.com/golang-jwt/jwt/v6", "golang.org/x/oauth2": not the module path of a deprecated or vulnerable token library (one of github.com/golang-jwt/jwt/v5, `
	if len(r.errs) != 1 || !strings.Contains(r.errs[0], want) {
		t.Errorf("errors = %q, want one containing %q", r.errs, want)
	}
}

func TestParseAllow(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    []string // modules allowed
		wantErr string
	}{
		{in: "", want: nil},
		{in: " , ", want: nil},
		{in: "github.com/golang-jwt/jwt,gopkg.in/square/go-jose.v2", want: []string{"github.com/golang-jwt/jwt", "gopkg.in/square/go-jose.v2"}},
		{in: "github.com/golang-jwt/jwt/v4", want: []string{"github.com/golang-jwt/jwt/v4"}}, // has advisories
		{in: "golang.org/x/oauth2/jws", want: []string{"golang.org/x/oauth2/jws"}},
		{in: "github.com/golang-jwt/jwt/v5/request", wantErr: `"github.com/golang-jwt/jwt/v5/request"`}, // a package, not a module
		{in: "github.com/coreos/go-oidc/v3", wantErr: `"github.com/coreos/go-oidc/v3"`},                 // neither deprecated nor vulnerable
		{in: "example.com/typo", wantErr: `"example.com/typo"`},
	} {
		got, err := parseAllow(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("parseAllow(%q) error = %v, want one naming %s", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("parseAllow(%q): %v", tc.in, err)
			continue
		}
		var mods []string
		for _, lib := range model.Libraries() {
			if got[lib] {
				mods = append(mods, lib.Module)
			}
		}
		if fmt.Sprint(mods) != fmt.Sprint(tc.want) {
			t.Errorf("parseAllow(%q) = %v, want %v", tc.in, mods, tc.want)
		}
	}
}

const (
	cve2024 = "CVE-2024-51744 (claims checked before the signature)"
	cve2025 = "CVE-2025-30204 (memory exhaustion)"
	ghsa    = "GHSA-4cf7-xm37-g63h (claim injection)"
)

// TestVersions checks the version-gated advisories against go.mod files in
// a temporary directory: analysistest's GOPATH mode has no pass.Module.
func TestVersions(t *testing.T) {
	for _, tc := range []struct {
		name   string
		gomod  string // go.mod body after the module line; "-" for no go.mod
		path   string // import path
		want   string // message, or "" for none
		wantAt int    // line of go.mod the message points at
	}{
		{"v4.5.0", "require github.com/golang-jwt/jwt/v4 v4.5.0", "github.com/golang-jwt/jwt/v4",
			"github.com/golang-jwt/jwt/v4 v4.5.0 is vulnerable to " + cve2024 + " and " + cve2025 + "; upgrade to v4.5.2 or later", 3},
		{"v4.5.1", "require github.com/golang-jwt/jwt/v4 v4.5.1", "github.com/golang-jwt/jwt/v4",
			"github.com/golang-jwt/jwt/v4 v4.5.1 is vulnerable to " + cve2025 + "; upgrade to v4.5.2 or later", 3},
		{"v4.5.2", "require github.com/golang-jwt/jwt/v4 v4.5.2", "github.com/golang-jwt/jwt/v4", "", 0},
		{"v4 subpackage", "require github.com/golang-jwt/jwt/v4 v4.4.0", "github.com/golang-jwt/jwt/v4/request",
			"github.com/golang-jwt/jwt/v4 v4.4.0 is vulnerable to " + cve2024 + " and " + cve2025 + "; upgrade to v4.5.2 or later", 3},
		{"v5.2.1", "require github.com/golang-jwt/jwt/v5 v5.2.1", "github.com/golang-jwt/jwt/v5",
			"github.com/golang-jwt/jwt/v5 v5.2.1 is vulnerable to " + cve2025 + "; upgrade to v5.2.2 or later", 3},
		{"v5.2.2", "require github.com/golang-jwt/jwt/v5 v5.2.2", "github.com/golang-jwt/jwt/v5", "", 0},
		{"v5 pseudo-version", "require github.com/golang-jwt/jwt/v5 v5.2.2-0.20250101000000-0123456789ab", "github.com/golang-jwt/jwt/v5",
			"github.com/golang-jwt/jwt/v5 v5.2.2-0.20250101000000-0123456789ab is vulnerable to " + cve2025 + "; upgrade to v5.2.2 or later", 3},
		{"jwx v3.2.0", "require github.com/lestrrat-go/jwx/v3 v3.2.0", "github.com/lestrrat-go/jwx/v3/jwt",
			"github.com/lestrrat-go/jwx/v3 v3.2.0 is vulnerable to " + ghsa + "; upgrade to v3.3.0 or later", 3},
		{"jwx v3.3.0", "require github.com/lestrrat-go/jwx/v3 v3.3.0", "github.com/lestrrat-go/jwx/v3/jwt", "", 0},
		{"replace to a fixed version", "require github.com/golang-jwt/jwt/v4 v4.5.0\nreplace github.com/golang-jwt/jwt/v4 => github.com/golang-jwt/jwt/v4 v4.5.2",
			"github.com/golang-jwt/jwt/v4", "", 0},
		{"replace to a vulnerable version", "require github.com/golang-jwt/jwt/v4 v4.5.2\nreplace github.com/golang-jwt/jwt/v4 v4.5.2 => github.com/golang-jwt/jwt/v4 v4.5.1",
			"github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt/v4 v4.5.1 is vulnerable to " + cve2025 + "; upgrade to v4.5.2 or later", 4},
		{"replace of another version", "require github.com/golang-jwt/jwt/v4 v4.5.0\nreplace github.com/golang-jwt/jwt/v4 v4.4.0 => github.com/golang-jwt/jwt/v4 v4.5.2",
			"github.com/golang-jwt/jwt/v4", "github.com/golang-jwt/jwt/v4 v4.5.0 is vulnerable to " + cve2024 + " and " + cve2025 + "; upgrade to v4.5.2 or later", 3},
		{"replace to a directory", "require github.com/golang-jwt/jwt/v4 v4.5.0\nreplace github.com/golang-jwt/jwt/v4 => ../jwt",
			"github.com/golang-jwt/jwt/v4", "", 0},
		{"replace to a fork", "require github.com/golang-jwt/jwt/v4 v4.5.0\nreplace github.com/golang-jwt/jwt/v4 => example.com/fork/jwt/v4 v4.0.0",
			"github.com/golang-jwt/jwt/v4", "", 0},
		{"not required", "require golang.org/x/oauth2 v0.30.0", "github.com/golang-jwt/jwt/v4", "", 0},
		{"other major version required", "require github.com/lestrrat-go/jwx v1.2.0", "github.com/lestrrat-go/jwx/v3/jwt", "", 0},
		{"no go.mod", "-", "github.com/golang-jwt/jwt/v4", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if tc.gomod != "-" {
				writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/m\n\n"+tc.gomod+"\n")
			}
			mod := findModuleOf([]string{filepath.Join(dir, "pkg", "sub", "x.go")}, "example.com/m")
			req, ok := mod.Lookup(tc.path)
			got := ""
			if ok {
				var found bool
				got, found = advisoryMessage(model.LibraryOf(tc.path), req)
				if found && req.Line != tc.wantAt {
					t.Errorf("line = %d, want %d", req.Line, tc.wantAt)
				}
			}
			if got != tc.want {
				t.Errorf("message =\n\t%q\nwant\n\t%q", got, tc.want)
			}
			if n := len(got); n > msgtest.MaxLen {
				t.Errorf("message is %d characters, more than %d: %s", n, msgtest.MaxLen, got)
			}
		})
	}
}

func TestFindModule(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), "module example.com/m\n\nrequire github.com/golang-jwt/jwt/v4 v4.5.0\n")
	writeFile(t, filepath.Join(dir, "nested", "go.mod"), "module example.com/nested\n")
	file := filepath.Join(dir, "pkg", "x.go")
	for _, tc := range []struct {
		name   string
		files  []string
		module string
		found  bool
	}{
		{"walks up", []string{file}, "example.com/m", true},
		{"other module", []string{file}, "example.com/other", false},
		{"stops at the nearest go.mod", []string{filepath.Join(dir, "nested", "x.go")}, "example.com/m", false},
		{"skips a file generated elsewhere", []string{filepath.Join(t.TempDir(), "x.cgo1.go"), file}, "example.com/m", true},
		{"unknown module", []string{file}, "", false},
	} {
		if got := findModuleOf(tc.files, tc.module) != nil; got != tc.found {
			t.Errorf("%s: found = %v, want %v", tc.name, got, tc.found)
		}
	}

	// Without pass.Module (GOPATH mode, Bazel nogo) the version is unknown.
	if mod := findModule(&analysis.Pass{}); mod != nil {
		t.Errorf("findModule without pass.Module = %v, want nil", mod)
	}
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

// TestMessageLength checks that the deprecation and advisory messages of
// every library stay within msgtest.MaxLen, for an import of a deep
// subpackage and a long pseudo-version: the testdata cannot hold them all.
func TestMessageLength(t *testing.T) {
	n, advisories := 0, 0
	for _, lib := range model.Libraries() {
		var msgs []string
		if lib.Deprecated != "" {
			msgs = append(msgs, deprecationMessage(lib.Module+"/request/openid", lib))
		}
		for _, adv := range lib.Advisories {
			// A pseudo-version before the first fix affects every advisory
			// of its major version.
			v := semver.Major(adv.Fixed) + ".0.0-20240101000000-0123456789ab"
			if msg, ok := advisoryMessage(lib, gomod.Requirement{Module: lib.Module, Version: v}); ok {
				msgs = append(msgs, msg)
				advisories++
			}
		}
		for _, msg := range msgs {
			n++
			if len(msg) > msgtest.MaxLen || strings.Contains(msg, "\n") {
				t.Errorf("message of %d characters, more than %d: %s", len(msg), msgtest.MaxLen, msg)
			}
		}
	}
	if n == 0 || advisories == 0 {
		t.Fatalf("%d messages checked, %d of them advisories; want some of each", n, advisories)
	}
}
