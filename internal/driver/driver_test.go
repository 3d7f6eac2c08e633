package driver

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/tokenvet/tokenvet/analyzers"
)

// The test binary doubles as a tokenvet binary with the test analyzers:
// when toolEnv is set, TestMain runs Main instead of the tests. Tests run
// it in fixture modules under testdata, like a user (or go vet) would.
//
// With toolEnv=multichecker it is x/tools' multichecker with the same
// analyzers instead (multichecker-suite: with the tokenvet suite), to
// compare the two drivers on real projects; with toolEnv=floor it is x/tools'
// singlechecker with noopAnalyzer, the floor of any driver (see
// scripts/bench.sh):
//
//	go test -c -o /tmp/drivertest ./internal/driver
//	cd project
//	TOKENVET_DRIVER_TEST_TOOL=1 /usr/bin/time -v /tmp/drivertest ./...
//	TOKENVET_DRIVER_TEST_TOOL=multichecker /usr/bin/time -v /tmp/drivertest ./...
//	TOKENVET_DRIVER_TEST_TOOL=floor /usr/bin/time -v /tmp/drivertest ./...
const toolEnv = "TOKENVET_DRIVER_TEST_TOOL"

func TestMain(m *testing.M) {
	switch os.Getenv(toolEnv) {
	case "1":
		os.Exit(Main(os.Args[1:], testAnalyzers(), os.Stdout, os.Stderr))
	case "multichecker":
		multichecker.Main(testAnalyzers()...)
	case "multichecker-suite": // the real analyzers
		multichecker.Main(analyzers.All()...)
	case "floor":
		singlechecker.Main(noopAnalyzer)
	}
	os.Exit(m.Run())
}

// toolPath returns the path of the test binary, which acts as the tool.
func toolPath(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

// fixture returns the absolute directory of testdata/name.
func fixture(t testing.TB, name string) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// runTool runs the tool in dir and returns its stdout, stderr and exit code.
func runTool(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runCmd(t, dir, nil, toolPath(t), args...)
}

// runCmd runs a command in dir, with env added to the environment, and
// returns its stdout, stderr and exit code.
func runCmd(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), toolEnv+"=1", "GOWORK=off"), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	return out.String(), errb.String(), code
}

// lines joins want with newlines, with a final newline unless empty.
func lines(want ...string) string {
	if len(want) == 0 {
		return ""
	}
	return strings.Join(want, "\n") + "\n"
}

// check runs the tool in dir with args and compares exit code, stdout and
// stderr with the expected values exactly.
func check(t *testing.T, dir string, args []string, wantCode int, wantStdout, wantStderr string) {
	t.Helper()
	stdout, stderr, code := runTool(t, dir, args...)
	if code != wantCode {
		t.Errorf("tokenvet %s: exit code %d, want %d", strings.Join(args, " "), code, wantCode)
	}
	if stdout != wantStdout {
		t.Errorf("tokenvet %s: stdout:\n%s\nwant:\n%s", strings.Join(args, " "), stdout, wantStdout)
	}
	if stderr != wantStderr {
		t.Errorf("tokenvet %s: stderr:\n%s\nwant:\n%s", strings.Join(args, " "), stderr, wantStderr)
	}
}
