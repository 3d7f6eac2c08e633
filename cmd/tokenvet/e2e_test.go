package main_test

// End-to-end test: tokenvet on Go modules that import the real token
// libraries (testdata/e2e, testdata/e2e-vulnerable), resolved through the
// module proxy with the environment's GOFLAGS and GOPROXY. Expectations are
// comments on the reported line:
//
//	tok, _ := jwt.Parse(s, kf) // want:jwtverify
//	"github.com/dgrijalva/jwt-go" // want:jwtlib
//
// (several per comment allowed: "// want:jwtverify want:jwtlib"). This is not
// analysistest's `// want "regexp"` syntax, which the test rejects.
//
// Each module is checked four ways: `tokenvet -json ./...`,
// `tokenvet -format=sarif ./...`, `go vet -vettool=tokenvet -json ./...` and
// `tokenvet ./...` (text, whose findings end with "(NAME)"). The set
// of (file, line, analyzer) reported must equal the set of markers exactly.
//
// TOKENVET_E2E_BIN=/path/to/tokenvet skips the build and tests that binary.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/tokenvet/tokenvet/internal/msgtest"
)

// e2eModules are the modules under ../../testdata checked by TestE2E.
var e2eModules = []string{"e2e", "e2e-vulnerable"}

func TestE2E(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping end-to-end test in -short mode: it builds tokenvet and type-checks real token libraries downloaded through the Go module proxy")
	}
	bin := os.Getenv("TOKENVET_E2E_BIN")
	if bin == "" {
		bin = filepath.Join(t.TempDir(), "tokenvet")
		out, err := runCmd(t, ".", "go", "build", "-o", bin, "github.com/tokenvet/tokenvet/cmd/tokenvet")
		if err != nil {
			t.Fatalf("building tokenvet: %v\n%s", err, out.stderr)
		}
	} else if abs, err := filepath.Abs(bin); err == nil {
		bin = abs
	}

	for _, mod := range e2eModules {
		t.Run(mod, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", mod))
			if err != nil {
				t.Fatal(err)
			}
			if dir, err = filepath.EvalSymlinks(dir); err != nil {
				t.Fatal(err)
			}
			want := parseMarkers(t, dir)
			if len(want) == 0 {
				t.Fatalf("no // want: markers found under %s", dir)
			}

			t.Run("json", func(t *testing.T) {
				out, err := runCmd(t, dir, bin, "-json", "./...")
				if code := exitCode(err); code != 0 && code != 3 {
					t.Fatalf("tokenvet -json ./...: %v (want exit 0 or 3)\nstderr:\n%s", err, out.stderr)
				}
				diags, noise := decodeJSONTrees(t, dir, out.stdout)
				if len(noise) > 0 {
					t.Errorf("tokenvet -json: unexpected non-JSON output on stdout:\n%s", strings.Join(noise, "\n"))
				}
				checkDiags(t, "tokenvet -json", want, diags)
			})

			t.Run("sarif", func(t *testing.T) {
				out, err := runCmd(t, dir, bin, "-format=sarif", "./...")
				if code := exitCode(err); code != 0 {
					t.Fatalf("tokenvet -format=sarif ./...: %v (want exit 0)\nstderr:\n%s", err, out.stderr)
				}
				diags := decodeSARIF(t, dir, out.stdout)
				for i := 1; i < len(diags); i++ {
					if comparePos(diags[i-1], diags[i]) > 0 {
						t.Errorf("tokenvet -format=sarif: results not sorted by position: %s:%d:%d before %s:%d:%d",
							diags[i-1].file, diags[i-1].line, diags[i-1].col, diags[i].file, diags[i].line, diags[i].col)
					}
				}
				checkDiags(t, "tokenvet -format=sarif", want, diags)
			})

			t.Run("vet", func(t *testing.T) {
				out, err := runCmd(t, dir, "go", "vet", "-vettool="+bin, "-json", "./...")
				if err != nil {
					t.Fatalf("go vet -vettool=tokenvet -json ./...: %v\nstdout:\n%s\nstderr:\n%s", err, out.stdout, out.stderr)
				}
				// go vet prints the trees of the packages with "# pkg" lines in
				// between, on stderr (on stdout in some versions): read both.
				var diags []diag
				for _, stream := range [][]byte{out.stdout, out.stderr} {
					d, noise := decodeJSONTrees(t, dir, stream)
					diags = append(diags, d...)
					if len(noise) > 0 {
						t.Errorf("go vet -json: unexpected output:\n%s", strings.Join(noise, "\n"))
					}
				}
				checkDiags(t, "go vet -vettool=tokenvet -json", want, diags)
			})

			t.Run("text", func(t *testing.T) {
				out, err := runCmd(t, dir, bin, "./...")
				if code := exitCode(err); code != 3 {
					t.Errorf("tokenvet ./...: %v, want exit status 3 (findings)\nstderr:\n%s", err, out.stderr)
				}
				diags, noise := parseText(dir, out.stderr)
				if len(noise) > 0 {
					t.Errorf("tokenvet ./...: unexpected lines on stderr:\n%s", strings.Join(noise, "\n"))
				}
				for i := 1; i < len(diags); i++ {
					if comparePos(diags[i-1], diags[i]) > 0 {
						t.Errorf("tokenvet ./...: output not sorted by position: %s:%d:%d before %s:%d:%d",
							diags[i-1].file, diags[i-1].line, diags[i-1].col, diags[i].file, diags[i].line, diags[i].col)
					}
				}
				// Each finding ends with "(NAME)", the analyzer's name.
				checkDiags(t, "tokenvet ./...", want, diags)
			})
		})
	}
}

// key identifies an expected or reported finding.
type key struct {
	file     string // slash-separated, relative to the module directory
	line     int
	analyzer string
}

func (k key) String() string { return fmt.Sprintf("%s:%d: %s", k.file, k.line, k.analyzer) }

// diag is one reported diagnostic.
type diag struct {
	file      string // relative to the module directory when inside it
	line, col int
	analyzer  string
	message   string
}

var (
	markerRE = regexp.MustCompile(`\bwant:([A-Za-z0-9_]+)`)
	// analysistest's syntax, which the e2e modules must not use.
	analysistestRE = regexp.MustCompile("^//\\s*want\\s*[\"`]")
)

// parseMarkers returns the `// want:NAME` markers of the .go files of the
// module in dir.
func parseMarkers(t *testing.T, dir string) map[key]bool {
	t.Helper()
	want := make(map[key]bool)
	fset := token.NewFileSet()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel := relFile(dir, path)
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if analysistestRE.MatchString(c.Text) {
					t.Errorf("%s: analysistest-style expectation %q: use // want:ANALYZER", fset.Position(c.Pos()), c.Text)
				}
				for _, m := range markerRE.FindAllStringSubmatch(c.Text, -1) {
					k := key{rel, fset.Position(c.Pos()).Line, m[1]}
					if want[k] {
						t.Errorf("%s: duplicate marker want:%s", fset.Position(c.Pos()), m[1])
					}
					want[k] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("reading markers: %v", err)
	}
	return want
}

// jsonDiag is a diagnostic of go vet's JSON tree.
type jsonDiag struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// decodeJSONTrees decodes the JSON trees
// {"<package>": {"<analyzer>": [diagnostics] or {"error": "..."}}} in data,
// skipping "# package" header lines; other text is returned as noise.
func decodeJSONTrees(t *testing.T, dir string, data []byte) (diags []diag, noise []string) {
	t.Helper()
	for len(data) > 0 {
		trimmed := bytes.TrimLeft(data, " \t\r\n")
		if len(trimmed) == 0 {
			break
		}
		data = trimmed
		if data[0] != '{' {
			line, rest, _ := bytes.Cut(data, []byte("\n"))
			data = rest
			if s := strings.TrimSpace(string(line)); !strings.HasPrefix(s, "# ") {
				noise = append(noise, s)
			}
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			t.Errorf("decoding JSON tree: %v\n%s", err, data)
			return diags, noise
		}
		data = data[dec.InputOffset():]
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var list []jsonDiag
				if err := json.Unmarshal(raw, &list); err != nil {
					t.Errorf("package %s: analyzer %s failed: %s", pkg, analyzer, raw)
					continue
				}
				for _, jd := range list {
					file, line, col, ok := splitPosn(jd.Posn)
					if !ok {
						t.Errorf("package %s: analyzer %s: malformed posn %q (message %q)", pkg, analyzer, jd.Posn, jd.Message)
						continue
					}
					diags = append(diags, diag{relFile(dir, file), line, col, analyzer, jd.Message})
				}
			}
		}
	}
	return diags, noise
}

// decodeSARIF decodes the results of a SARIF log whose paths are relative
// to %SRCROOT%, which must be dir, and checks that each names its rule by
// id and index and that the run succeeded.
func decodeSARIF(t *testing.T, dir string, data []byte) []diag {
	t.Helper()
	type location struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Invocations []struct {
				ExecutionSuccessful bool `json:"executionSuccessful"`
			} `json:"invocations"`
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []location `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("tokenvet -format=sarif: stdout is not JSON: %v\n%s", err, data)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("tokenvet -format=sarif: version %q with %d runs, want 2.1.0 with one run", log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful {
		t.Errorf("tokenvet -format=sarif: invocations %+v, want one, successful", run.Invocations)
	}
	root, err := url.Parse(run.OriginalURIBaseIDs["%SRCROOT%"].URI)
	if err != nil || root.Scheme != "file" || filepath.FromSlash(root.Path) != dir+string(filepath.Separator) {
		t.Errorf("tokenvet -format=sarif: %%SRCROOT%% is %q, want the file URI of %s/", run.OriginalURIBaseIDs["%SRCROOT%"].URI, dir)
	}
	rules := run.Tool.Driver.Rules
	var diags []diag
	for _, r := range run.Results {
		if r.RuleIndex < 0 || r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("tokenvet -format=sarif: result %q of rule %s has ruleIndex %d", r.Message.Text, r.RuleID, r.RuleIndex)
		}
		if len(r.Locations) != 1 {
			t.Errorf("tokenvet -format=sarif: result %q has %d locations, want 1", r.Message.Text, len(r.Locations))
			continue
		}
		loc := r.Locations[0].PhysicalLocation
		file, err := url.PathUnescape(loc.ArtifactLocation.URI)
		if err != nil || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || strings.HasPrefix(file, "/") {
			t.Errorf("tokenvet -format=sarif: result %q at %q (base %q), want a path relative to %%SRCROOT%%", r.Message.Text, loc.ArtifactLocation.URI, loc.ArtifactLocation.URIBaseID)
			continue
		}
		diags = append(diags, diag{file, loc.Region.StartLine, loc.Region.StartColumn, r.RuleID, r.Message.Text})
	}
	return diags
}

var (
	textRE = regexp.MustCompile(`^(.+):(\d+):(\d+): (.*)$`)
	// nameRE is the analyzer's name that ends a finding (not a related line).
	nameRE = regexp.MustCompile(` \(([a-z0-9_]+)\)$`)
)

// parseText parses the text output "file:line:col: message (NAME)". A line whose
// message starts with a tab is related information of the previous
// diagnostic and is skipped.
func parseText(dir string, data []byte) (diags []diag, noise []string) {
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			continue
		}
		m := textRE.FindStringSubmatch(line)
		if m == nil {
			noise = append(noise, line)
			continue
		}
		if strings.HasPrefix(m[4], "\t") {
			continue // related information
		}
		n := nameRE.FindStringSubmatchIndex(m[4])
		if n == nil {
			noise = append(noise, line) // a finding without its analyzer's name
			continue
		}
		l, _ := strconv.Atoi(m[2])
		c, _ := strconv.Atoi(m[3])
		diags = append(diags, diag{relFile(dir, m[1]), l, c, m[4][n[2]:n[3]], m[4][:n[0]]})
	}
	return diags, noise
}

// splitPosn splits "file:line:col" (or "file:line").
func splitPosn(posn string) (file string, line, col int, ok bool) {
	rest, last, found := cutLast(posn, ":")
	if !found {
		return "", 0, 0, false
	}
	n, err := strconv.Atoi(last)
	if err != nil {
		return "", 0, 0, false
	}
	if f, l, found := cutLast(rest, ":"); found {
		if ln, err := strconv.Atoi(l); err == nil {
			return f, ln, n, f != ""
		}
	}
	return rest, n, 0, rest != ""
}

func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// relFile returns file relative to dir, slash-separated; relative names
// (go vet may shorten them) are taken relative to dir.
func relFile(dir, file string) string {
	if !filepath.IsAbs(file) {
		file = filepath.Join(dir, file)
	}
	if r, err := filepath.EvalSymlinks(file); err == nil {
		file = r
	}
	if rel, err := filepath.Rel(dir, file); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(file)
}

func comparePos(a, b diag) int {
	if c := strings.Compare(a.file, b.file); c != 0 {
		return c
	}
	if a.line != b.line {
		return a.line - b.line
	}
	return a.col - b.col
}

// checkMessage checks the style of a diagnostic's message: non-empty,
// one line of at most msgtest.MaxLen characters, lower-case first letter,
// no trailing period.
func checkMessage(t *testing.T, mode string, d diag) {
	t.Helper()
	r, _ := utf8.DecodeRuneInString(d.message)
	switch {
	case strings.TrimSpace(d.message) == "":
		t.Errorf("%s: %s:%d:%d: %s: empty message", mode, d.file, d.line, d.col, d.analyzer)
	case strings.Contains(d.message, "\n") || utf8.RuneCountInString(d.message) > msgtest.MaxLen:
		t.Errorf("%s: %s:%d:%d: %s: message is not one line of at most %d characters: %q", mode, d.file, d.line, d.col, d.analyzer, msgtest.MaxLen, d.message)
	case unicode.IsUpper(r):
		t.Errorf("%s: %s:%d:%d: %s: message starts with an upper-case letter: %q", mode, d.file, d.line, d.col, d.analyzer, d.message)
	case strings.HasSuffix(d.message, "."):
		t.Errorf("%s: %s:%d:%d: %s: message ends with a period: %q", mode, d.file, d.line, d.col, d.analyzer, d.message)
	}
}

// checkDiags compares the reported (file, line, analyzer) set with the
// markers, and checks every message.
func checkDiags(t *testing.T, mode string, want map[key]bool, diags []diag) {
	t.Helper()
	got := make(map[string]bool)
	for _, d := range diags {
		checkMessage(t, mode, d)
		got[key{d.file, d.line, d.analyzer}.String()] = true
	}
	wantS := make(map[string]bool)
	for k := range want {
		wantS[k.String()] = true
	}
	compareSets(t, mode, wantS, got)
}

func compareSets(t *testing.T, mode string, want, got map[string]bool) {
	t.Helper()
	var missing, unexpected []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			unexpected = append(unexpected, k)
		}
	}
	slices.SortFunc(missing, compareKeyStrings)
	slices.SortFunc(unexpected, compareKeyStrings)
	if len(missing) > 0 {
		t.Errorf("%s: %d missing (marked but not reported):\n\t%s", mode, len(missing), strings.Join(missing, "\n\t"))
	}
	if len(unexpected) > 0 {
		t.Errorf("%s: %d unexpected (reported but not marked):\n\t%s", mode, len(unexpected), strings.Join(unexpected, "\n\t"))
	}
}

// compareKeyStrings orders "file:line..." strings by file, then line.
func compareKeyStrings(a, b string) int {
	fa, ra, _ := strings.Cut(a, ":")
	fb, rb, _ := strings.Cut(b, ":")
	if c := strings.Compare(fa, fb); c != 0 {
		return c
	}
	la, _ := strconv.Atoi(strings.SplitN(ra, ":", 2)[0])
	lb, _ := strconv.Atoi(strings.SplitN(rb, ":", 2)[0])
	if la != lb {
		return la - lb
	}
	return strings.Compare(a, b)
}

type output struct{ stdout, stderr []byte }

// runCmd runs name with args in dir, with the test's environment (GOFLAGS,
// GOPROXY, ...) and GOWORK=off so that no workspace captures the module.
func runCmd(t *testing.T, dir, name string, args ...string) (output, error) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil && exitCode(err) < 0 {
		t.Fatalf("running %s %s: %v", name, strings.Join(args, " "), err)
	}
	return output{stdout.Bytes(), stderr.Bytes()}, err
}

// exitCode returns the exit status of a command's error: 0 for nil, -1 if
// the command did not run to an exit.
func exitCode(err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) && ee.Exited() {
		return ee.ExitCode()
	}
	return -1
}
