package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tokenvet/tokenvet/analyzers"
)

// TestCommand builds tokenvet once and checks its command line: help from
// the analyzers' metadata, the go vet protocol, and a clean run.
// (The driver itself is tested in internal/driver; end-to-end findings in
// e2e_test.go.)
func TestCommand(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "tokenvet")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir, err := filepath.Abs(filepath.Join("testdata", "nojwt"))
	if err != nil {
		t.Fatal(err)
	}
	run := func(t *testing.T, name string, args ...string) (stdout, stderr string, code int) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off")
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errb.String(), code
	}

	t.Run("help", func(t *testing.T) {
		stdout, stderr, code := run(t, bin, "help")
		if code != 0 || stderr != "" {
			t.Fatalf("exit code %d, stderr %q", code, stderr)
		}
		width := 0
		for _, e := range analyzers.Suite() {
			width = max(width, len(e.Meta.Name))
		}
		var list strings.Builder
		for _, e := range analyzers.Suite() {
			fmt.Fprintf(&list, "\t%-*s  %s\n", width, e.Meta.Name, e.Meta.Summary)
		}
		if want := "Analyzers:\n\n" + list.String() + "\n"; !strings.Contains(stdout, want) {
			t.Errorf("help output lacks\n%s\ngot:\n%s", want, stdout)
		}

		for _, e := range analyzers.Suite() {
			stdout, stderr, code := run(t, bin, "help", e.Meta.Name)
			want := fmt.Sprintf("%s: %s\n\nSeverity: %s\nCWE: %s\nURL: %s\n",
				e.Meta.Name, e.Meta.Summary, e.Meta.Severity, e.Meta.CWEString(), e.Meta.URL)
			if code != 0 || stderr != "" || !strings.HasPrefix(stdout, want) {
				t.Errorf("help %s: exit code %d, stderr %q, stdout:\n%s\nwant prefix:\n%s", e.Meta.Name, code, stderr, stdout, want)
			}
			if _, rest, _ := strings.Cut(e.Meta.Doc, "\n\n"); !strings.HasSuffix(stdout, "\n"+strings.TrimSpace(rest)+"\n") {
				t.Errorf("help %s does not end with the analyzer's documentation:\n%s", e.Meta.Name, stdout)
			}
		}
	})

	t.Run("version", func(t *testing.T) {
		versionRE := regexp.MustCompile(`^tokenvet (\(devel\)( [0-9a-f]{12}(\+dirty)?)?|v\d\S*), built with go\S+\n$`)
		for _, args := range [][]string{{"version"}, {"-version"}, {"-V"}} {
			stdout, stderr, code := run(t, bin, args...)
			if code != 0 || stderr != "" || !versionRE.MatchString(stdout) {
				t.Errorf("tokenvet %s: exit code %d, stderr %q, stdout %q; want %s", strings.Join(args, " "), code, stderr, stdout, versionRE)
			}
		}
	})

	t.Run("vet protocol", func(t *testing.T) {
		stdout, _, code := run(t, bin, "-V=full")
		if !regexp.MustCompile(`^\S*tokenvet version devel comments-go-here buildID=[0-9a-f]{64}\n$`).MatchString(stdout) || code != 0 {
			t.Errorf("-V=full: exit code %d, stdout %q", code, stdout)
		}
		stdout, _, code = run(t, bin, "-flags")
		var flags []struct{ Name string }
		if err := json.Unmarshal([]byte(stdout), &flags); err != nil || code != 0 {
			t.Fatalf("-flags: exit code %d, %v:\n%s", code, err, stdout)
		}
		names := make(map[string]bool)
		for _, f := range flags {
			names[f.Name] = true
		}
		for _, e := range analyzers.Suite() {
			if !names[e.Meta.Name] {
				t.Errorf("-flags lacks -%s:\n%s", e.Meta.Name, stdout)
			}
		}
	})

	t.Run("clean", func(t *testing.T) {
		for _, args := range [][]string{{"./..."}, {"-json", "./..."}} {
			stdout, stderr, code := run(t, bin, args...)
			wantStdout := ""
			if args[0] == "-json" {
				wantStdout = "{}\n"
			}
			if code != 0 || stdout != wantStdout || stderr != "" {
				t.Errorf("tokenvet %s: exit code %d, stdout %q, stderr %q", args, code, stdout, stderr)
			}
		}
		_, stderr, code := run(t, "go", "vet", "-vettool="+bin, "./...")
		if code != 0 || stderr != "" {
			t.Errorf("go vet -vettool: exit code %d, stderr %q", code, stderr)
		}
	})

	t.Run("usage", func(t *testing.T) {
		_, stderr, code := run(t, bin, "-nosuchflag", "./...")
		if first, _, _ := strings.Cut(stderr, "\n"); code != 2 || first != "flag provided but not defined: -nosuchflag" {
			t.Errorf("exit code %d, stderr %q", code, stderr)
		}

		// -jwtleeway.max says what it wants, and refuses negative values,
		// standalone and (once, not per package) under go vet.
		for _, test := range []struct{ value, err string }{
			{"garbage", `invalid value "garbage" for flag -jwtleeway.max: want a Go duration such as 5m or 90s`},
			{"-1m", `invalid value "-1m" for flag -jwtleeway.max: want a duration of 0 or more, such as 5m or 90s`},
		} {
			_, stderr, code := run(t, bin, "-jwtleeway.max="+test.value, "./...")
			if first, _, _ := strings.Cut(stderr, "\n"); code != 2 || first != test.err {
				t.Errorf("-jwtleeway.max=%s: exit code %d, stderr %q, want 2, %q", test.value, code, stderr, test.err)
			}
			_, stderr, code = run(t, "go", "vet", "-vettool="+bin, "-jwtleeway.max="+test.value, "./...")
			var errs []string
			for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
				if !strings.HasPrefix(l, "# ") { // go vet's package header
					errs = append(errs, l)
				}
			}
			if code != 1 || len(errs) != 1 || errs[0] != "tokenvet: "+test.err {
				t.Errorf("go vet -vettool -jwtleeway.max=%s: exit code %d, output:\n%s", test.value, code, stderr)
			}
		}
	})
}
