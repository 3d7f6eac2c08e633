package driver

import (
	"cmp"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tokenvet/tokenvet/internal/variant"
)

// run loads, analyzes and prints, and returns the exit code.
func run(o *options, stdout, stderr io.Writer) int {
	res, err := load(loadConfig{patterns: o.patterns, tests: o.tests, tags: o.tags})
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitFailure
	}
	cwd, _ := os.Getwd()
	code := exitOK
	var loadErrors []string
	for _, e := range res.errors {
		e = relativizeError(cwd, e)
		fmt.Fprintln(stderr, e)
		loadErrors = append(loadErrors, e)
		code = exitFailure
	}
	if o.dbg('l') {
		logLoad(stderr, res)
	}

	// Each package's own files are analyzed in the package itself (see
	// collect): the passes skip test variants (see internal/variant).
	variant.PlainOnly = true
	graph, err := checker.Analyze(o.analyzers, res.roots, o.checkerOptions(stderr))
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitFailure
	}
	failures, diags := collect(graph)

	if o.baselineWrite {
		for _, f := range failures {
			fmt.Fprintf(stderr, "%s: %s: %v\n", f.analyzer.Name, f.pkgPath, f.err)
		}
		if code != exitOK || len(failures) > 0 {
			// The findings of what did not load or run would be missing.
			fmt.Fprintf(stderr, "%s: -baseline-write: %s not written: fix the errors above first\n", progname, o.baseline)
			return exitFailure
		}
		if err := writeBaseline(o.baseline, diags); err != nil {
			fmt.Fprintf(stderr, "%s: -baseline-write: %v\n", progname, err)
			return exitFailure
		}
		fmt.Fprintf(stderr, "%s: wrote %s to %s\n", progname, plural(len(diags), "finding", "findings"), o.baseline)
		return exitOK
	}
	if o.baselined != nil {
		diags = filterBaseline(diags, o.baselined)
	}

	switch {
	case o.json:
		if err := printJSON(stdout, failures, diags); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			return exitFailure
		}
		return code

	case o.format == "sarif":
		// Exit status as with -json; analyzer failures are also printed on
		// stderr, for the CI log.
		for _, f := range failures {
			fmt.Fprintf(stderr, "%s: %s: %v\n", f.analyzer.Name, f.pkgPath, f.err)
		}
		if err := printSARIF(stdout, cwd, o.analyzers, loadErrors, failures, diags); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			return exitFailure
		}
		return code

	case o.fix:
		// The fixes are applied, then the findings that remain (those
		// without a fix, or whose fix was not applied) are printed, at
		// their places in the fixed files, and the exit status is as
		// without -fix.
		remaining, moved, err := applyFixes(stdout, stderr, cwd, diags, o.diff)
		code = printText(stderr, cwd, o.context, failures, remaining, moved, code)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			code = exitFailure
		}
		return code

	default:
		return printText(stderr, cwd, o.context, failures, diags, nil, code)
	}
}

// printText prints the analyzer failures and the findings in text form
// and returns the exit code: code, or exitFailure after a failure, or
// exitFindings if it was exitOK and there are findings. moved, if not nil,
// gives the positions to print.
func printText(w io.Writer, cwd string, contextLines int, failures []failure, diags []diagnostic, moved func(*token.FileSet, token.Pos) token.Position, code int) int {
	for _, f := range failures {
		fmt.Fprintf(w, "%s: %s: %v\n", f.analyzer.Name, f.pkgPath, f.err)
		code = exitFailure
	}
	for _, d := range diags {
		printPlain(w, cwd, contextLines, d, moved)
	}
	if code == exitOK && len(diags) > 0 {
		code = exitFindings
	}
	return code
}

// A failure is an error of one analyzer on one package.
type failure struct {
	analyzer *analysis.Analyzer
	pkgPath  string
	err      error
}

// A diagnostic is a diagnostic with its package and resolved positions.
type diagnostic struct {
	analysis.Diagnostic
	analyzer *analysis.Analyzer
	pkg      *packages.Package
	posn     token.Position
	end      token.Position
}

// collect returns the errors of every action (roots and dependencies) and
// the diagnostics of the roots, de-duplicated (a file of p is analyzed twice
// with tests: in p and in "p [p.test]") and sorted by position, then
// message.
func collect(graph *checker.Graph) ([]failure, []diagnostic) {
	var failures []failure
	var diags []diagnostic
	type key struct {
		posn, end token.Position
		analyzer  string
		message   string
	}
	seen := make(map[key]bool)
	seenErr := make(map[string]bool)
	// A package's own files are judged in the package: its test variant
	// ("p [p.test]", also a dependency recompiled for another package's
	// test) only adds its _test.go files. The passes skip test variants
	// (variant.PlainOnly), so what they would say about the package's own
	// files is left out, not printed beside the package's answer.
	plain := make(map[string]bool)
	for _, act := range graph.Roots {
		if act.Package.ID == act.Package.PkgPath {
			plain[act.Package.PkgPath] = true
		}
	}
	for act := range graph.All() {
		if act.Err != nil {
			// An analyzer that does not run despite errors is skipped on
			// ill-typed packages, whose errors are already printed.
			if act.Package.IllTyped && !act.Analyzer.RunDespiteErrors {
				continue
			}
			k := act.Analyzer.Name + "\x00" + act.Package.PkgPath + "\x00" + act.Err.Error()
			if !seenErr[k] {
				seenErr[k] = true
				failures = append(failures, failure{act.Analyzer, act.Package.PkgPath, act.Err})
			}
			continue
		}
		if !act.IsRoot {
			continue
		}
		fset := act.Package.Fset
		inVariant := act.Package.ID != act.Package.PkgPath && plain[act.Package.PkgPath]
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			if inVariant && !strings.HasSuffix(posn.Filename, "_test.go") {
				continue
			}
			end := fset.Position(cmp.Or(d.End, d.Pos))
			k := key{posn, end, act.Analyzer.Name, d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			diags = append(diags, diagnostic{d, act.Analyzer, act.Package, posn, end})
		}
	}
	slices.SortFunc(failures, func(x, y failure) int {
		return cmp.Or(
			cmp.Compare(x.pkgPath, y.pkgPath),
			cmp.Compare(x.analyzer.Name, y.analyzer.Name),
			cmp.Compare(x.err.Error(), y.err.Error()))
	})
	slices.SortFunc(diags, func(x, y diagnostic) int {
		return cmp.Or(
			cmp.Compare(x.posn.Filename, y.posn.Filename),
			cmp.Compare(x.posn.Line, y.posn.Line),
			cmp.Compare(x.posn.Column, y.posn.Column),
			cmp.Compare(x.Message, y.Message),
			cmp.Compare(x.analyzer.Name, y.analyzer.Name),
			cmp.Compare(x.end.Offset, y.end.Offset))
	})
	return failures, diags
}

// printPlain prints d like driverutil.PrintPlain (go vet, multichecker),
// with file names relative to cwd when under it, and the analyzer's name
// after the message: "file:line:col: message (NAME)".
func printPlain(w io.Writer, cwd string, contextLines int, d diagnostic, moved func(*token.FileSet, token.Pos) token.Position) {
	fset := d.pkg.Fset
	position := fset.Position
	if moved != nil {
		position = func(p token.Pos) token.Position { return moved(fset, p) }
	}
	print := func(posn, end token.Position, message string) {
		shown := posn
		shown.Filename = relativize(cwd, posn.Filename)
		fmt.Fprintf(w, "%s: %s\n", shown, message)
		if contextLines >= 0 {
			if !end.IsValid() {
				end = posn
			}
			data, _ := os.ReadFile(posn.Filename)
			lines := strings.Split(string(data), "\n")
			for i := posn.Line - contextLines; i <= end.Line+contextLines; i++ {
				if 1 <= i && i <= len(lines) {
					fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
				}
			}
		}
	}
	// The analyzer's name ends the finding, as golangci-lint and
	// staticcheck print it: it is the name -NAME, the configuration file
	// and //tokenvet:ignore take. Related lines stay as they are.
	posn, end := d.posn, d.end
	if moved != nil {
		posn, end = position(d.Pos), position(cmp.Or(d.End, d.Pos))
	}
	print(posn, end, d.Message+" ("+d.analyzer.Name+")")
	for _, rel := range d.Related {
		print(position(rel.Pos), position(rel.End), "\t"+rel.Message)
	}
}

// relativize returns filename relative to cwd if it is under cwd, else
// unchanged.
func relativize(cwd, filename string) string {
	if cwd == "" || !filepath.IsAbs(filename) {
		return filename
	}
	rel, err := filepath.Rel(cwd, filename)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filename
	}
	return rel
}

// relativizeError relativizes the file name that starts a package error
// ("file:line:col: msg"), and drops the "-: " of an error with no position,
// as go vet prints it.
func relativizeError(cwd, e string) string {
	if rest, ok := strings.CutPrefix(e, "-: "); ok {
		return rest
	}
	if !filepath.IsAbs(e) {
		return e
	}
	pos, msg, ok := strings.Cut(e, ": ")
	if !ok {
		return e
	}
	// pos is file, file:line or file:line:col.
	file := pos
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 {
			break
		}
		if _, err := strconv.Atoi(file[i+1:]); err != nil {
			break
		}
		file = file[:i]
	}
	return relativize(cwd, file) + pos[len(file):] + ": " + msg
}

// logLoad prints, for -debug=l, which packages were loaded from source.
func logLoad(w io.Writer, res *loaded) {
	isRoot := make(map[*packages.Package]bool)
	for _, p := range res.roots {
		isRoot[p] = true
	}
	var lines []string
	for _, p := range res.source {
		kind := "dep"
		if isRoot[p] {
			kind = "root"
		}
		lines = append(lines, fmt.Sprintf("%s: source %s %s", progname, kind, p.ID))
	}
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}
