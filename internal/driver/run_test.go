package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The diagnostics of testdata/basic with the default flags.
var (
	helperDecl = "a/a.go:6:6: identifier Helper (named)"
	callA7     = []string{"a/a.go:7:2: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"}
	callA10a   = []string{"a/a.go:10:14: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"}
	callA10b   = []string{"a/a.go:10:21: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"}
	callTest   = []string{"a/a_test.go:5:28: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"}
	callTagged = []string{"a/tagged.go:5:17: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"}
	callC      = []string{"c/c.go:5:14: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"}
)

// cat concatenates strings and string slices.
func cat(parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			out = append(out, p)
		case []string:
			out = append(out, p...)
		default:
			panic(p)
		}
	}
	return out
}

const usage = "usage: tokenvet [flags] [packages]\n" +
	"Run 'tokenvet help' for the analyzers and flags, 'tokenvet help NAME' for one analyzer.\n"

func TestFindingsSortedAndDeduplicated(t *testing.T) {
	// a/a.go is analyzed in both a and "a [a.test]" but reported once;
	// the analyzers run in parallel, the output is sorted.
	check(t, fixture(t, "basic"), []string{"./..."}, 3, "",
		lines(cat(helperDecl, callA7, callA10a, callA10b, callTest, callC)...))
}

func TestTestVariantJudgesOnlyTestFiles(t *testing.T) {
	// a/a.go is analyzed in a (one file) and in "a [a.test]" (two, with
	// a_test.go), where an analyzer may see it differently: the package's
	// own answer is printed; the variant's only for a_test.go.
	check(t, fixture(t, "basic"), []string{"-named.files", "-named.names=Helper,TestA", "./a"}, 3, "", lines(cat(
		"a/a.go:6:6: identifier Helper in a package of 1 files (named)",
		callA7, callA10a, callA10b,
		"a/a_test.go:5:6: identifier TestA in a package of 2 files (named)",
		callTest)...))
}

func TestSameLineSortedByColumnThenMessage(t *testing.T) {
	check(t, fixture(t, "basic"), []string{"-test=false", "-named.names=Bad", "./a"}, 3, "", lines(
		"a/a.go:4:6: identifier Bad (named)",
		callA7[0], callA7[1],
		"a/a.go:7:2: identifier Bad (named)",
		callA10a[0], callA10a[1],
		"a/a.go:10:14: identifier Bad (named)",
		callA10b[0], callA10b[1],
		"a/a.go:10:21: identifier Bad (named)",
	))
}

func TestClean(t *testing.T) {
	check(t, fixture(t, "basic"), []string{"./b"}, 0, "", "")
}

func TestNoTests(t *testing.T) {
	check(t, fixture(t, "basic"), []string{"-test=false", "./a"}, 3, "",
		lines(cat(helperDecl, callA7, callA10a, callA10b)...))
}

func TestTags(t *testing.T) {
	check(t, fixture(t, "basic"), []string{"-tags=special", "./a"}, 3, "",
		lines(cat(helperDecl, callA7, callA10a, callA10b, callTest, callTagged)...))
}

func TestContextLines(t *testing.T) {
	check(t, fixture(t, "basic"), []string{"-c=1", "./c"}, 3, "", lines(
		callC[0],
		"4\t",
		"5\tfunc Use() { a.Bad() }",
		"6\t",
		callC[1],
		"3\t// Bad is the function whose calls the marker analyzer reports.",
		"4\tfunc Bad() {}",
		"5\t",
	))
}

func TestPathsOutsideCurrentDirectoryAreAbsolute(t *testing.T) {
	dir := fixture(t, "basic")
	check(t, filepath.Join(dir, "c"), []string{"."}, 3, "", lines(
		"c.go:5:14: call of Bad (marker)",
		filepath.Join(dir, "a", "a.go")+":4:6: \tBad declared here",
	))
}

func TestSelectAnalyzers(t *testing.T) {
	dir := fixture(t, "basic")
	// -NAME=false disables NAME.
	check(t, dir, []string{"-marker=false", "./a"}, 3, "", lines(helperDecl))
	// -NAME runs only the analyzers so named.
	check(t, dir, []string{"-marker", "./c"}, 3, "", lines(callC...))
	check(t, dir, []string{"-named", "-wrapper", "./c"}, 0, "", "")
	// -NAME.flag sets an analyzer's flag.
	check(t, dir, []string{"-marker=false", "-named.names=Use,Bad", "./c"}, 3, "", lines(
		"c/c.go:5:6: identifier Use (named)",
		"c/c.go:5:16: identifier Bad (named)",
	))
}

func TestTypeErrors(t *testing.T) {
	// bad does not type-check: its error is shown once (it is compiled in
	// bad and in "bad [bad.test]", and by go list -export too), good is
	// still analyzed, and the exit code is 1.
	dir := fixture(t, "broken")
	typeErr := `bad/bad.go:5:30: cannot use "x" (untyped string constant) as int value in return statement`
	check(t, dir, []string{"./..."}, 1, "", lines(
		typeErr,
		"good/good.go:5:12: call of Bad (marker)",
		"good/good.go:3:6: \tBad declared here",
	))
	check(t, dir, []string{"-marker=false", "./..."}, 1, "", lines(typeErr))
	check(t, dir, []string{"-json", "-marker=false", "./..."}, 1, "{}\n", lines(typeErr))
}

func TestAnalyzerError(t *testing.T) {
	check(t, fixture(t, "basic"), []string{"-fails.pkg=c", "./c"}, 1, "", lines(cat(
		"fails: example.com/basic/c: boom in c",
		callC)...))
}

func TestLoadFailures(t *testing.T) {
	dir := fixture(t, "basic")
	check(t, dir, []string{"example.com/basic/zzz/..."}, 1, "",
		"tokenvet: example.com/basic/zzz/... matched no packages\n")
	check(t, dir, []string{"./zzz"}, 1, "",
		"stat "+filepath.Join(dir, "zzz")+": directory not found\n") // as go vet prints it
}

func TestUsageErrors(t *testing.T) {
	dir := fixture(t, "basic")
	for _, test := range []struct {
		args   []string
		stderr string
	}{
		{[]string{}, usage},
		{[]string{"-nope", "./..."}, "flag provided but not defined: -nope\n" + usage},
		{[]string{"-c=x", "./..."}, "invalid value \"x\" for flag -c: parse error\n" + usage},
		{[]string{"-marker=maybe", "./..."}, "invalid boolean value \"maybe\" for -marker: want true or false\n" + usage},
		{[]string{"-V=short", "./..."}, "invalid boolean value \"short\" for -V: unsupported value \"short\" (use -V, or -V=full for go vet)\n" + usage},
		{[]string{"-diff", "./..."}, "tokenvet: -diff requires -fix\n"},
		{[]string{"-fix", "-json", "./..."}, "tokenvet: -fix and -json cannot be used together\n"},
		{[]string{"help", "nosuch"}, "tokenvet: unknown analyzer \"nosuch\" (run 'tokenvet help' for the list)\n"},
		// Flags go before the packages, as with go vet.
		{[]string{"./...", "-marker"}, "tokenvet: flag -marker after the packages: flags go before the packages\n" + usage},
		{[]string{"./a", "./b", "-json"}, "tokenvet: flag -json after the packages: flags go before the packages\n" + usage},
		{[]string{"-config=a.yml", "-config", "b.yml", "./..."}, "invalid value \"b.yml\" for flag -config: given twice (first \"a.yml\"): use one file\n" + usage},
	} {
		check(t, dir, test.args, 2, "", test.stderr)
	}
}

func TestHelp(t *testing.T) {
	stdout, stderr, code := runTool(t, fixture(t, "basic"), "help")
	if code != 0 || stderr != "" {
		t.Fatalf("help: exit code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"\tmarker   report calls of marked functions\n",
		"\tnamed    report identifiers with given names\n",
		"  -json\n",
		"  -test\n    \tanalyze test files too (default true)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "-marker.funcs") {
		t.Errorf("help output shows analyzer flags:\n%s", stdout)
	}

	check(t, fixture(t, "basic"), []string{"help", "marker"}, 0, lines(
		"marker: report calls of marked functions",
		"",
		"Analyzer flags:",
		"",
		"  -marker.funcs string",
		"    \tcomma-separated names of the functions to report calls of (default \"Bad\")",
		"  -marker.good string",
		"    \tthe text the fix replaces the callee's name with (default \"Good\")",
		"",
		"The marked functions are named by -funcs.",
	), "")
}

func TestFacts(t *testing.T) {
	dir := fixture(t, "facts")
	// lib and mid are not analyzed for diagnostics, only for facts; so is
	// ext, a sibling module that facts' go.mod replaces by its directory
	// (as go vet does). The error of ext's test, which imports a package
	// facts cannot resolve, is not reported: ext's tests are not analyzed.
	check(t, dir, []string{"./app"}, 3, "", lines(
		"app/app.go:12:2: call of lib.Wrap, which calls Bad (wrapper)",
		"app/app.go:14:2: call of mid.M, which calls Bad (wrapper)",
		"app/app.go:15:2: call of ext.Wrap, which calls Bad (wrapper)",
	))
	check(t, dir, []string{"./..."}, 3, "", lines(
		"app/app.go:12:2: call of lib.Wrap, which calls Bad (wrapper)",
		"app/app.go:14:2: call of mid.M, which calls Bad (wrapper)",
		"app/app.go:15:2: call of ext.Wrap, which calls Bad (wrapper)",
		"lib/lib.go:6:15: call of Bad (marker)",
		"lib/lib.go:3:6: \tBad declared here",
		"mid/mid.go:6:12: call of lib.Wrap, which calls Bad (wrapper)",
	))
	check(t, dir, []string{"-debug=l", "-marker=false", "./app"}, 3, "", lines(
		"tokenvet: source dep example.com/ext",
		"tokenvet: source dep example.com/ext [example.com/ext.test]", // a side effect of naming ext
		"tokenvet: source dep example.com/ext.test",
		"tokenvet: source dep example.com/facts/lib",
		"tokenvet: source dep example.com/facts/mid",
		"tokenvet: source root example.com/facts/app",
		"app/app.go:12:2: call of lib.Wrap, which calls Bad (wrapper)",
		"app/app.go:14:2: call of mid.M, which calls Bad (wrapper)",
		"app/app.go:15:2: call of ext.Wrap, which calls Bad (wrapper)",
	))
}

func TestFix(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(fixture(t, "basic"))); err != nil {
		t.Fatal(err)
	}
	const wantDiff = `--- a/a.go
+++ a/a.go
@@ -4,7 +4,7 @@
 func Bad() {}
 
 func Helper() {
-	Bad()
+	Good()
 }
 
-func two() { Bad(); Bad() }
+func two() { Good(); Good() }
--- a/a_test.go
+++ a/a_test.go
@@ -2,4 +2,4 @@
 
 import "testing"
 
-func TestA(t *testing.T) { Bad() }
+func TestA(t *testing.T) { Good() }
--- c/c.go
+++ c/c.go
@@ -2,4 +2,4 @@
 
 import "example.com/basic/a"
 
-func Use() { a.Bad() }
+func Use() { a.Good() }
`
	// -diff changes no file; the finding without a fix remains.
	check(t, dir, []string{"-fix", "-diff", "./..."}, 3, wantDiff, lines(helperDecl))
	// Every finding fixed: exit 0, nothing printed.
	check(t, dir, []string{"-fix", "./c"}, 0, "", "")
	got, err := os.ReadFile(filepath.Join(dir, "c", "c.go"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "package c\n\nimport \"example.com/basic/a\"\n\nfunc Use() { a.Good() }\n"; string(got) != want {
		t.Errorf("c.go after -fix:\n%s\nwant:\n%s", got, want)
	}
}

func TestFixPrintsRemaining(t *testing.T) {
	// -fix applies the fixes, then prints the findings that remain, at
	// their places in the fixed files, and exits as without -fix. The fix
	// adds a line after each call of Bad: two moves from line 10 to 11.
	dir := copyFixture(t, "basic")
	check(t, dir, []string{"-fix", "-c=0", "-test=false", "-marker.good=Good()\n\tGood", "-named.names=Helper,two", "./a"}, 3, "", lines(
		"a/a.go:6:6: identifier Helper (named)",
		"6\tfunc Helper() {",
		"a/a.go:11:6: identifier two (named)",
		"11\tfunc two() { Good()",
	))
	want := `package a

// Bad is the function whose calls the marker analyzer reports.
func Bad() {}

func Helper() {
	Good()
	Good()
}

func two() { Good()
	Good(); Good()
	Good() }
`
	if got := readFile(t, dir, "a/a.go"); got != want {
		t.Errorf("a/a.go after -fix:\n%s\nwant:\n%s", got, want)
	}
	// A finding inside an edited range is shown at the start of its
	// replacement; one after an edit on its line moves along the line.
	dir = copyFixture(t, "basic")
	check(t, dir, []string{"-fix", "-test=false", "-marker.good=Good()\n\tGood", "-named.names=Bad", "-wrapper=false", "./a"}, 3, "", lines(
		"a/a.go:4:6: identifier Bad (named)",
		"a/a.go:7:2: identifier Bad (named)",
		"a/a.go:11:14: identifier Bad (named)",
		"a/a.go:12:10: identifier Bad (named)",
	))
}

func TestWorkspace(t *testing.T) {
	// In a go.work workspace every module is a main module: ext's facts
	// flow too.
	dir := t.TempDir()
	for _, mod := range []string{"facts", "ext"} {
		if err := os.CopyFS(filepath.Join(dir, mod), os.DirFS(fixture(t, mod))); err != nil {
			t.Fatal(err)
		}
	}
	work := filepath.Join(dir, "go.work")
	if err := os.WriteFile(work, []byte("go 1.26\n\nuse (\n\t./facts\n\t./ext\n)\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runCmd(t, dir, []string{"GOWORK=" + work}, toolPath(t), "./facts/app")
	want := lines(
		"facts/app/app.go:12:2: call of lib.Wrap, which calls Bad (wrapper)",
		"facts/app/app.go:14:2: call of mid.M, which calls Bad (wrapper)",
		"facts/app/app.go:15:2: call of ext.Wrap, which calls Bad (wrapper)",
	)
	if code != 3 || stdout != "" || stderr != want {
		t.Errorf("exit code %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
}

func TestConfigFile(t *testing.T) {
	dir := fixture(t, "basic")
	write := func(name, content string) string {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The file selects analyzers and sets their flags.
	cfg := write("tokenvet.yml", "disable: [marker]\nanalyzers:\n  named:\n    names: [Use, Bad]\n")
	check(t, dir, []string{"-config", cfg, "./c"}, 3, "", lines(
		"c/c.go:5:6: identifier Use (named)",
		"c/c.go:5:16: identifier Bad (named)",
	))
	// Command-line flags take precedence.
	check(t, dir, []string{"-config=" + cfg, "-named.names=Use", "./c"}, 3, "", lines(
		"c/c.go:5:6: identifier Use (named)",
	))
	check(t, dir, []string{"-config=" + cfg, "-marker", "./c"}, 3, "", lines(callC...))
	// JSON works too.
	js := write("tokenvet.json", `{"enable": ["marker"]}`)
	check(t, dir, []string{"-config", js, "./c"}, 3, "", lines(callC...))

	// A malformed or wrong configuration is a usage error naming the file.
	unknownKey := write("unknown.yml", "enabel: [marker]\n")
	check(t, dir, []string{"-config", unknownKey, "./c"}, 2, "",
		"tokenvet: -config: "+unknownKey+": yaml: unmarshal errors:\n  line 1: field enabel not found in type analyzers.Config\n")
	badAnalyzer := write("bad.yml", "disable: [nosuch]\n")
	check(t, dir, []string{"-config", badAnalyzer, "./c"}, 2, "",
		"tokenvet: -config: "+badAnalyzer+": disable: unknown analyzer \"nosuch\" (valid: fails, marker, named, wrapper)\n")
	// -config is found after flags taking a separate value too.
	check(t, dir, []string{"-c", "0", "-config", cfg, "./c"}, 3, "", lines(
		"c/c.go:5:6: identifier Use (named)",
		"5\tfunc Use() { a.Bad() }",
		"c/c.go:5:16: identifier Bad (named)",
		"5\tfunc Use() { a.Bad() }",
	))
	// More than one YAML document: the rest would be ignored.
	twoDocs := write("two.yml", "enable: [named]\n---\nenable: [marker]\n")
	check(t, dir, []string{"-config", twoDocs, "./c"}, 2, "",
		"tokenvet: -config: "+twoDocs+": more than one YAML document (---): put the whole configuration in one\n")
	missing := filepath.Join(t.TempDir(), "missing.yml")
	check(t, dir, []string{"-config", missing, "./c"}, 2, "",
		"tokenvet: -config: open "+missing+": no such file or directory\n")
}

func TestProfiles(t *testing.T) {
	dir := fixture(t, "basic")
	out := t.TempDir()
	cpu, mem := filepath.Join(out, "cpu.out"), filepath.Join(out, "mem.out")
	check(t, dir, []string{"-cpuprofile", cpu, "-memprofile", mem, "-marker=false", "./a"}, 3, "", lines(helperDecl))
	for _, p := range []string{cpu, mem} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("profile %s not written: %v", p, err)
		}
	}
	bad := filepath.Join(out, "no/such/dir/cpu.out")
	check(t, dir, []string{"-cpuprofile", bad, "./a"}, 2, "",
		"tokenvet: -cpuprofile: open "+bad+": no such file or directory\n")
}

func TestListErrorKeepsTypes(t *testing.T) {
	// web's //go:embed pattern matches no file: go list reports an error
	// but the types of web and of its importer app are sound, so both are
	// analyzed (facts from web included), the error is printed, and the
	// exit code is 1. user imports typo, which does not type-check: user is
	// not analyzed.
	dir := fixture(t, "embed")
	embedErr := "web/web.go:8:12: pattern all:dist/*: no matching files found"
	appFindings := []string{
		"app/app.go:6:2: call of Bad (marker)", "web/web.go:12:6: \tBad declared here",
		"app/app.go:7:2: call of web.Serve, which calls Bad (wrapper)",
	}
	check(t, dir, []string{"./app"}, 1, "", lines(cat(embedErr, appFindings)...))
	check(t, dir, []string{"./..."}, 1, "", lines(cat(
		embedErr,
		`typo/typo.go:3:23: cannot use "x" (untyped string constant) as int value in return statement`,
		appFindings,
		"web/web.go:15:16: call of Bad (marker)", "web/web.go:12:6: \tBad declared here")...))
	stdout, stderr, code := runTool(t, dir, "-json", "./app")
	if code != 1 || stderr != lines(embedErr) || !strings.Contains(stdout, `"message": "call of web.Serve, which calls Bad"`) {
		t.Errorf("-json ./app: exit code %d, stderr %q, stdout:\n%s", code, stderr, stdout)
	}
}

func TestGOPATHMode(t *testing.T) {
	// With GO111MODULE=off no package belongs to a module: the packages
	// outside GOROOT are local, so lib is analyzed for its facts, as go
	// vet would.
	gopath := t.TempDir()
	root := filepath.Join(gopath, "src", "example.com", "gp")
	for name, src := range map[string]string{
		"lib/lib.go": "package lib\n\nfunc Bad() {}\n\n// Wrap calls Bad.\nfunc Wrap() { Bad() }\n",
		"app/app.go": "package app\n\nimport \"example.com/gp/lib\"\n\nfunc Run() { lib.Wrap() }\n",
	} {
		file := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, code := runCmd(t, root, []string{"GOPATH=" + gopath, "GO111MODULE=off"}, toolPath(t), "-debug=l", "-marker=false", "./app")
	want := lines(
		"tokenvet: source dep example.com/gp/lib",
		"tokenvet: source root example.com/gp/app",
		"app/app.go:5:14: call of lib.Wrap, which calls Bad (wrapper)",
	)
	if code != 3 || stdout != "" || stderr != want {
		t.Errorf("exit code %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
}

// writeFiles writes files (by slash-separated name) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestErrorsWithoutCascades(t *testing.T) {
	// As go vet: per package, its first syntax error, else its first type
	// error, and how many more. p's two syntax errors also cause type
	// errors in p and in q, which imports it: those are left out. (p is
	// written here: a file that does not parse would upset gofmt -l.)
	dir := copyFixture(t, "syntax")
	writeFiles(t, dir, map[string]string{
		"p/p.go":      "package p\n\nfunc F() {\n\tx := 1 +\n}\n\nfunc G() int { return 1 }\n",
		"p/p_test.go": "package p\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) { F() }\n",
	})
	check(t, dir, []string{"./..."}, 1, "", lines(
		"p/p.go:5:1: expected operand, found '}' (and 1 more errors)",
		`typ/typ.go:3:23: cannot use "x" (untyped string constant) as int value in return statement (and 2 more errors)`,
	))
	check(t, dir, []string{"./q"}, 1, "", lines(
		"p/p.go:5:1: expected operand, found '}' (and 1 more errors)",
	))
}

func TestOutsideModule(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"x.go": "package x\n"})
	env := []string{"GO111MODULE=", "GOFLAGS=", "GOPATH=" + t.TempDir()}
	for _, test := range []struct {
		pattern, stderr string
	}{
		{".", "tokenvet: go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n"},
		{"./...", "pattern ./...: directory prefix . does not contain main module or its selected dependencies\n"},
	} {
		stdout, stderr, code := runCmd(t, dir, env, toolPath(t), test.pattern)
		if code != 1 || stdout != "" || stderr != test.stderr {
			t.Errorf("tokenvet %s outside a module: exit code %d, stdout %q, stderr %q, want 1, %q", test.pattern, code, stdout, stderr, test.stderr)
		}
	}
}

func TestConfigDiscovery(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "basic")
	if err := os.CopyFS(dir, os.DirFS(fixture(t, "basic"))); err != nil {
		t.Fatal(err)
	}
	cdir := filepath.Join(dir, "c")
	// Above the module root: never read.
	writeFiles(t, top, map[string]string{".tokenvet.yml": "enable: [nosuch]\n"})
	check(t, cdir, []string{"."}, 3, "", lines("c.go:5:14: call of Bad (marker)", filepath.Join(dir, "a", "a.go")+":4:6: \tBad declared here"))

	// At the module root: read from the root and from below it.
	writeFiles(t, dir, map[string]string{".tokenvet.yml": "disable: [marker]\nanalyzers:\n  named:\n    names: [Use, Bad]\n"})
	named := lines("c/c.go:5:6: identifier Use (named)", "c/c.go:5:16: identifier Bad (named)")
	check(t, dir, []string{"./c"}, 3, "", named)
	check(t, cdir, []string{"."}, 3, "", lines("c.go:5:6: identifier Use (named)", "c.go:5:16: identifier Bad (named)"))
	// Flags on the command line take precedence; -config replaces it.
	check(t, cdir, []string{"-named.names=Use", "."}, 3, "", lines("c.go:5:6: identifier Use (named)"))
	other := filepath.Join(t.TempDir(), "other.yml")
	writeFiles(t, filepath.Dir(other), map[string]string{"other.yml": "enable: [wrapper]\n"})
	check(t, dir, []string{"-config", other, "./c"}, 0, "", "")

	// golangci-lint's settings block, pasted as it is.
	writeFiles(t, dir, map[string]string{".tokenvet.yml": "        settings:\n          enable: [named]\n          analyzers:\n            named:\n              names: [Use, Bad]\n"})
	check(t, dir, []string{"./c"}, 3, "", named)

	// Errors name the file found.
	writeFiles(t, dir, map[string]string{".tokenvet.yml": "linters:\n  settings:\n    custom:\n      tokenvet:\n        settings:\n          enable: [named]\n"})
	check(t, dir, []string{"./c"}, 2, "", "tokenvet: .tokenvet.yml: linters: this is golangci-lint's configuration (linters: settings: custom: tokenvet: settings:), which tokenvet does not read; "+
		"keep only what is under the innermost settings: (enable, disable, analyzers), at the top level or under a single top-level settings:\n")
	writeFiles(t, dir, map[string]string{".tokenvet.yml": "disable: [nosuch]\n"})
	check(t, cdir, []string{"."}, 2, "", "tokenvet: "+filepath.Join(dir, ".tokenvet.yml")+": disable: unknown analyzer \"nosuch\" (valid: fails, marker, named, wrapper)\n")
	// help and version do not read it.
	if _, stderr, code := runTool(t, dir, "help"); code != 0 || stderr != "" {
		t.Errorf("help with a bad .tokenvet.yml: exit code %d, stderr %q", code, stderr)
	}
	for _, args := range [][]string{{"version"}, {"-version"}} {
		if stdout, stderr, code := runTool(t, dir, args...); code != 0 || stderr != "" || !strings.HasPrefix(stdout, "tokenvet ") {
			t.Errorf("%s with a bad .tokenvet.yml: exit code %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	// Two files in one directory.
	writeFiles(t, dir, map[string]string{".tokenvet.json": "{}"})
	check(t, dir, []string{"./c"}, 2, "", "tokenvet: "+dir+": more than one configuration file ("+
		filepath.Join(dir, ".tokenvet.yml")+", "+filepath.Join(dir, ".tokenvet.json")+"): keep one\n")
}
