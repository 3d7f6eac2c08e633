package main_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeterminism runs the built command on the e2e module several times,
// in text, -json and -format=sarif mode, and requires byte-identical output
// every time: the analyzers run in parallel and must never let map
// iteration or scheduling order show in what they report (which position a
// finding or its related information points at, or in which order).
func TestDeterminism(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in -short mode: it builds tokenvet and runs it repeatedly on the e2e module")
	}
	bin := os.Getenv("TOKENVET_E2E_BIN")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "tokenvet")
		if out, err := runCmd(t, ".", "go", "build", "-o", bin, "github.com/tokenvet/tokenvet/cmd/tokenvet"); err != nil {
			t.Fatalf("building tokenvet: %v\n%s", err, out.stderr)
		}
	} else if abs, err := filepath.Abs(bin); err == nil {
		bin = abs
	}
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e"))
	if err != nil {
		t.Fatal(err)
	}

	const runs = 5
	for _, args := range [][]string{{"./..."}, {"-json", "./..."}, {"-format=sarif", "./..."}} {
		var first output
		var firstCode int
		for i := range runs {
			out, err := runCmd(t, dir, bin, args...)
			code := exitCode(err)
			if i == 0 {
				first, firstCode = out, code
				if len(out.stdout)+len(out.stderr) == 0 {
					t.Fatalf("tokenvet %s: no output (exit code %d): the e2e module has findings", strings.Join(args, " "), code)
				}
				continue
			}
			if code != firstCode || !bytes.Equal(out.stdout, first.stdout) || !bytes.Equal(out.stderr, first.stderr) {
				t.Errorf("tokenvet %s: run %d differs from run 1 (exit code %d, then %d):\n%s%s",
					strings.Join(args, " "), i+1, firstCode, code,
					firstDifference("stdout", first.stdout, out.stdout),
					firstDifference("stderr", first.stderr, out.stderr))
				break
			}
		}
	}
}

// firstDifference describes the first line where a and b differ, or
// returns "" if they are equal.
func firstDifference(name string, a, b []byte) string {
	if bytes.Equal(a, b) {
		return ""
	}
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range max(len(al), len(bl)) {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("%s line %d:\n  run 1: %s\n  now:   %s\n", name, i+1, x, y)
		}
	}
	return name + " differs\n"
}
