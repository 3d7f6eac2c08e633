package driver

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// copyFixture copies testdata/name to a temporary directory.
func copyFixture(t *testing.T, name string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(fixture(t, name))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readFile returns the content of dir/name.
func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestFixCgo checks that -fix never writes edits computed on the file cgo
// generated into the original file (they would land at the wrong offsets):
// such a fix is refused with a note, the others are applied, exit 1.
func TestFixCgo(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler")
	}
	if out, err := exec.Command("go", "env", "CGO_ENABLED").Output(); err != nil || strings.TrimSpace(string(out)) != "1" {
		t.Skip("cgo disabled")
	}
	dir := copyFixture(t, "cgo")
	// -json leaves out the fix it cannot map; the diagnostic stays.
	stdout, _, code := runTool(t, dir, "-marker", "-json", "./p")
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil || code != 0 {
		t.Fatalf("-json: exit code %d, %v:\n%s", code, err, stdout)
	}
	var fixes []string
	for _, d := range tree["example.com/cgo/p"]["marker"] {
		fixes = append(fixes, fmt.Sprintf("%s: %d fixes", strings.TrimPrefix(d.Posn, dir), len(d.SuggestedFixes)))
	}
	if want := []string{"/p/p.go:12:2: 0 fixes", "/p/q.go:3:15: 1 fixes"}; !slices.Equal(fixes, want) {
		t.Errorf("-json: %q, want %q", fixes, want)
	}
	// The finding whose fix was refused remains: it is printed.
	const refused = "tokenvet: p/p.go:12:2: fix not applied: p.go uses cgo, and edits to the file cgo generated from it cannot be mapped back\n" +
		"p/p.go:12:2: call of Bad (marker)\n" +
		"p/p.go:9:6: \tBad declared here\n" +
		"tokenvet: 1 fix not applied (see above)\n"
	check(t, dir, []string{"-marker", "-fix", "-diff", "./p"}, 1, `--- p/q.go
+++ p/q.go
@@ -1,3 +1,3 @@
 package p
 
-func UseQ() { Bad() }
+func UseQ() { Good() }
`, refused)
	before := readFile(t, dir, "p/p.go")
	check(t, dir, []string{"-marker", "-fix", "./p"}, 1, "", refused)
	if got := readFile(t, dir, "p/p.go"); got != before {
		t.Errorf("p/p.go modified by -fix:\n%s", got)
	}
	if got, want := readFile(t, dir, "p/q.go"), "package p\n\nfunc UseQ() { Good() }\n"; got != want {
		t.Errorf("p/q.go after -fix:\n%s\nwant:\n%s", got, want)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// TestFixLineDirective checks that a //line directive pointing at another
// file does not redirect the edits there: they go to the Go file at its
// own offsets.
func TestFixLineDirective(t *testing.T) {
	dir := copyFixture(t, "linedir")
	grammar := readFile(t, dir, "l/gram.y")
	stdout, _, _ := runTool(t, dir, "-marker", "-json", "./l")
	if want := `"filename": "` + filepath.Join(dir, "l", "l.go") + `"`; !contains(stdout, want) {
		t.Errorf("-json: edits not in l.go:\n%s", stdout)
	}
	check(t, dir, []string{"-marker", "-fix", "-diff", "./l"}, 0, `--- l/l.go
+++ l/l.go
@@ -7,4 +7,4 @@
 // positions are reported there, but fixes must edit this file.
 
 //line gram.y:2
-func fromGrammar() { Bad() }
+func fromGrammar() { Good() }
`, "")
	check(t, dir, []string{"-marker", "-fix", "./l"}, 0, "", "")
	if got := readFile(t, dir, "l/gram.y"); got != grammar {
		t.Errorf("l/gram.y modified by -fix:\n%s", got)
	}
	if got := readFile(t, dir, "l/l.go"); !contains(got, "func fromGrammar() { Good() }\n") {
		t.Errorf("l/l.go after -fix:\n%s", got)
	}
}

// TestFixRefusesChangedOrForeignFiles checks the two guards of fixEdits and
// checkUnchanged directly: a file not among the package's Go files, and a
// file whose content differs from what was parsed.
func TestFixRefusesChangedOrForeignFiles(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "x.go")
	src := "package x\n\nfunc F() { G() }\n\nfunc G() {}\n"
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	tf := fset.File(f.FileStart)
	pos := tf.Pos(22) // G in F's body
	fix := analysis.SuggestedFix{TextEdits: []analysis.TextEdit{{Pos: pos, End: pos + 1, NewText: []byte("H")}}}

	other := &packages.Package{PkgPath: "x", Fset: fset, GoFiles: []string{filepath.Join(dir, "y.go")}}
	if _, err := fixEdits(other, fix); err == nil || err.Error() != "it edits "+name+", which is not a Go source file of package x" {
		t.Errorf("fixEdits outside GoFiles: err = %v", err)
	}

	pkg := &packages.Package{PkgPath: "x", Fset: fset, GoFiles: []string{name}}
	proposed, err := fixEdits(pkg, fix)
	if err != nil {
		t.Fatal(err)
	}
	if es := proposed[name].edits; len(es) != 1 || es[0] != (edit{22, 23, "H"}) {
		t.Fatalf("edits = %v", es)
	}
	if err := checkUnchanged(fset, proposed, map[string][]byte{}); err != nil {
		t.Errorf("unchanged file: %v", err)
	}
	gen := "// Code generated by hand. DO NOT EDIT.\n\n" + src
	gf, err := parser.ParseFile(fset, filepath.Join(dir, "gen.go"), gen, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	genPkg := &packages.Package{PkgPath: "x", Fset: fset, GoFiles: []string{filepath.Join(dir, "gen.go")}, Syntax: []*ast.File{gf}}
	gpos := fset.File(gf.FileStart).Pos(len(gen) - len(src) + 22)
	genFix := analysis.SuggestedFix{TextEdits: []analysis.TextEdit{{Pos: gpos, End: gpos + 1, NewText: []byte("H")}}}
	if _, err := fixEdits(genPkg, genFix); err == nil || err.Error() != "it edits "+filepath.Join(dir, "gen.go")+", a generated file (// Code generated ... DO NOT EDIT.)" {
		t.Errorf("fixEdits in a generated file: err = %v", err)
	}

	for _, changed := range []string{
		"package x\n\nfunc F() { G() }\n\nfunc G() {}\n\n", // longer
		"package x\n\nfunc F() { G() }\nfunc G() {}\n\n",   // same size, lines moved
	} {
		err := checkUnchanged(fset, proposed, map[string][]byte{name: []byte(changed)})
		if err == nil || err.Error() != name+" changed since it was analyzed" {
			t.Errorf("changed file %q: err = %v", changed, err)
		}
	}
}

// TestFixDiffWriteError checks that -fix -diff fails when the diff cannot be
// written (as -json does), instead of exiting 0 with the diff lost.
func TestFixDiffWriteError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	for _, args := range [][]string{{"-fix", "-diff", "./c"}, {"-json", "./c"}} {
		cmd := exec.Command(toolPath(t), args...)
		cmd.Dir = fixture(t, "basic")
		cmd.Env = append(os.Environ(), toolEnv+"=1", "GOWORK=off")
		var stderr strings.Builder
		cmd.Stdout, cmd.Stderr = full, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		want := "tokenvet: writing the diff: write /dev/stdout: no space left on device\n"
		if args[0] == "-json" {
			want = "tokenvet: write /dev/stdout: no space left on device\n"
		}
		if code != 1 || stderr.String() != want {
			t.Errorf("tokenvet %s > /dev/full: exit code %d, stderr %q, want 1, %q", args, code, stderr.String(), want)
		}
	}
}

// TestFixRemaining checks which findings applyFixes leaves: those without
// a fix and those whose fix conflicted with an applied one, and that the
// positions after the edits move with them.
func TestFixRemaining(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "x.go")
	src := "package x\n\nfunc F() { G() }\n\nfunc G() {}\n"
	if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, 0)
	if err != nil {
		t.Fatal(err)
	}
	tf := fset.File(f.FileStart)
	pkg := &packages.Package{PkgPath: "x", Fset: fset, GoFiles: []string{name}}
	a := &analysis.Analyzer{Name: "a"}
	diag := func(off int, message, text string) diagnostic {
		pos := tf.Pos(off)
		d := analysis.Diagnostic{Pos: pos, Message: message}
		if text != "" {
			d.SuggestedFixes = []analysis.SuggestedFix{{TextEdits: []analysis.TextEdit{{Pos: pos, End: pos + 1, NewText: []byte(text)}}}}
		}
		return diagnostic{d, a, pkg, fset.Position(pos), fset.Position(pos)}
	}
	diags := []diagnostic{
		diag(22, "fixed", "H()\n\tH"), // G in F's body
		diag(22, "conflicts", "K"),    // the same range, another text
		diag(34, "no fix", ""),        // G in func G
	}
	var stderr strings.Builder
	remaining, moved, err := applyFixes(io.Discard, &stderr, dir, diags, false)
	if err == nil || err.Error() != "1 fix conflicted with others and was not applied; run again" {
		t.Errorf("err = %v", err)
	}
	var got []string
	for _, d := range remaining {
		got = append(got, fmt.Sprintf("%s %s", moved(fset, d.Pos), d.Message))
	}
	want := []string{name + ":3:12 conflicts", name + ":6:6 no fix"}
	if !slices.Equal(got, want) {
		t.Errorf("remaining = %q, want %q", got, want)
	}
	if got := readFile(t, dir, "x.go"); got != "package x\n\nfunc F() { H()\n\tH() }\n\nfunc G() {}\n" {
		t.Errorf("x.go after the fixes:\n%s", got)
	}
}
