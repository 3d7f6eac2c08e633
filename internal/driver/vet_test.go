package driver

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// records splits go vet's output into diagnostics (a line and its related
// lines) and sorts them: go vet prints packages in parallel.
func records(out string) []string {
	var recs []string
	for _, l := range strings.SplitAfter(out, "\n") {
		if l == "" {
			continue
		}
		if strings.Contains(l, ": \t") && len(recs) > 0 {
			recs[len(recs)-1] += l
		} else {
			recs = append(recs, l)
		}
	}
	slices.Sort(recs)
	return recs
}

func goVet(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	return runCmd(t, dir, nil, gotool, append([]string{"vet", "-vettool=" + toolPath(t)}, args...)...)
}

func TestGoVetVettool(t *testing.T) {
	dir := fixture(t, "basic")

	_, stderr, code := goVet(t, dir, "./...")
	// Positions of objects from export data have no column. unitchecker
	// prints the findings as go vet does, without the analyzer's name.
	want := records(lines(
		"a/a.go:6:6: identifier Helper",
		"a/a.go:7:2: call of Bad", "a/a.go:4:6: \tBad declared here",
		"a/a.go:10:14: call of Bad", "a/a.go:4:6: \tBad declared here",
		"a/a.go:10:21: call of Bad", "a/a.go:4:6: \tBad declared here",
		"a/a_test.go:5:28: call of Bad", "a/a.go:4:6: \tBad declared here",
		"c/c.go:5:14: call of Bad", "a/a.go:4:1: \tBad declared here"))
	if got := records(stderr); code != 1 || !slices.Equal(got, want) {
		t.Errorf("go vet ./...: exit code %d, output:\n%s\nwant:\n%s", code, strings.Join(got, ""), strings.Join(want, ""))
	}

	// Analyzer selection and flags pass through go vet.
	_, stderr, code = goVet(t, dir, "-marker=false", "-named.names=Bad", "./c")
	if want := "c/c.go:5:16: identifier Bad\n"; code != 1 || stderr != want {
		t.Errorf("go vet -marker=false -named.names=Bad ./c: exit code %d, output:\n%s\nwant:\n%s", code, stderr, want)
	}

	_, stderr, code = goVet(t, dir, "./b")
	if code != 0 || stderr != "" {
		t.Errorf("go vet ./b: exit code %d, output:\n%s", code, stderr)
	}

	// -json: the go vet tree, keyed by package.
	stdout, stderr, code := goVet(t, dir, "-json", "-named=false", "./c")
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil || code != 0 || stderr != "" {
		t.Fatalf("go vet -json ./c: exit code %d, %v, stdout:\n%s\nstderr:\n%s", code, err, stdout, stderr)
	}
	diags := tree["example.com/basic/c"]["marker"]
	if len(tree) != 1 || len(diags) != 1 || diags[0].Message != "call of Bad" || !strings.HasSuffix(diags[0].Posn, "/c/c.go:5:14") {
		t.Errorf("go vet -json ./c: got %s", stdout)
	}
}

func TestVetProtocol(t *testing.T) {
	dir := fixture(t, "basic")
	stdout, stderr, code := runTool(t, dir, "-V=full")
	if !regexp.MustCompile(`^\S+ version devel comments-go-here buildID=[0-9a-f]{64}\n$`).MatchString(stdout) || code != 0 || stderr != "" {
		t.Errorf("-V=full: exit code %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	stdout, _, code = runTool(t, dir, "-flags")
	type jsonFlag struct {
		Name  string
		Bool  bool
		Usage string
	}
	var flags []jsonFlag
	if err := json.Unmarshal([]byte(stdout), &flags); err != nil || code != 0 {
		t.Fatalf("-flags: exit code %d, %v:\n%s", code, err, stdout)
	}
	for _, want := range []jsonFlag{
		{"marker", true, `enable "marker" analysis`},
		{"marker.funcs", false, "comma-separated names of the functions to report calls of"},
		{"json", true, "emit JSON output"},
		{"c", false, "display offending line with this many lines of context"},
	} {
		if !slices.Contains(flags, want) {
			t.Errorf("-flags lacks %+v:\n%s", want, stdout)
		}
	}

	for _, args := range [][]string{{"-V=full"}, {"-flags"}, {"-json", "x.cfg"}, {"--V=full", "./..."}} {
		if !IsVetProtocol(args) {
			t.Errorf("IsVetProtocol(%q) = false", args)
		}
	}
	for _, args := range [][]string{{"./..."}, {"-json", "./..."}, {"./...", "-flags"}, {"-V"}} {
		if IsVetProtocol(args) {
			t.Errorf("IsVetProtocol(%q) = true", args)
		}
	}
}

func TestGoVetBadFlagOnce(t *testing.T) {
	// go vet runs the tool once per package: a bad analyzer flag is
	// reported once, in one line, not with the whole usage per package.
	dir := fixture(t, "basic")
	for _, test := range []struct{ flag, err string }{
		{"-fails.after=garbage", `tokenvet: invalid value "garbage" for flag -fails.after: want a Go duration such as 5m or 90s`},
		{"-fails.after=-1s", `tokenvet: invalid value "-1s" for flag -fails.after: want a duration of 0 or more, such as 5m or 90s`},
		{"-fails.after=1s", ""}, // valid: no error
	} {
		_, stderr, code := goVet(t, dir, test.flag, "./c")
		if test.err == "" {
			if code != 1 || strings.Contains(stderr, "tokenvet:") {
				t.Errorf("go vet %s: exit code %d, output:\n%s", test.flag, code, stderr)
			}
			continue
		}
		var errs []string
		for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
			if !strings.HasPrefix(l, "# ") { // go vet's package header
				errs = append(errs, l)
			}
		}
		if code != 1 || !slices.Equal(errs, []string{test.err}) {
			t.Errorf("go vet %s ./c: exit code %d, output:\n%s\nwant once: %s", test.flag, code, stderr, test.err)
		}
	}

	// A configuration file named by hand, outside go vet's work directory:
	// the error every time, and no marker file left behind.
	tmp := t.TempDir()
	for range 2 {
		_, stderr, code := runTool(t, tmp, "-fails.after=x", "vet.cfg")
		if want := "tokenvet: invalid value \"x\" for flag -fails.after: want a Go duration such as 5m or 90s\n"; code != 1 || stderr != want {
			t.Errorf("tokenvet -fails.after=x vet.cfg: exit code %d, stderr %q, want 1, %q", code, stderr, want)
		}
	}
	if entries, _ := os.ReadDir(tmp); len(entries) != 0 {
		t.Errorf("files left in the directory: %v", entries)
	}
	if entries, _ := os.ReadDir(filepath.Dir(tmp)); slices.ContainsFunc(entries, func(e os.DirEntry) bool { return strings.HasPrefix(e.Name(), "tokenvet-") }) {
		t.Errorf("marker file left in %s", filepath.Dir(tmp))
	}
}
