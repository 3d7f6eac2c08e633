package driver

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/analyzers"
	"github.com/tokenvet/tokenvet/internal/meta"
)

// metaOf returns the metadata of a, if it is an analyzer of the suite.
func metaOf(a *analysis.Analyzer) (meta.Info, bool) {
	for _, e := range analyzers.Suite() {
		if e.Analyzer == a {
			return e.Meta, true
		}
	}
	return meta.Info{}, false
}

// summary returns the one-line summary of a.
func summary(a *analysis.Analyzer) string {
	if m, ok := metaOf(a); ok && m.Summary != "" {
		return m.Summary
	}
	first, _, _ := strings.Cut(a.Doc, "\n\n")
	return strings.Join(strings.Fields(first), " ")
}

// help implements "tokenvet help [NAME...]".
func help(stdout, stderr io.Writer, all []*analysis.Analyzer, fs *flag.FlagSet, names []string) int {
	if len(names) == 0 {
		fmt.Fprintf(stdout, `%[1]s reports risky handling of security tokens in Go code.

Usage:

	%[1]s [flags] [packages]
	go vet -vettool=$(command -v %[1]s) [flags] [packages]
	%[1]s help [analyzer...]

Analyzers:

`, progname)
		width := 0
		for _, a := range all {
			width = max(width, len(a.Name))
		}
		for _, a := range all {
			fmt.Fprintf(stdout, "\t%-*s  %s\n", width, a.Name, summary(a))
		}
		fmt.Fprintf(stdout, `
All analyzers run by default. -NAME runs only the analyzers so named;
-NAME=false runs all but those. -NAME.flag sets a flag of analyzer NAME
(see '%s help NAME').

Flags:

`, progname)
		core := flag.NewFlagSet(progname, flag.ContinueOnError)
		fs.VisitAll(func(f *flag.Flag) {
			if !strings.Contains(f.Name, ".") && !isAnalyzerName(all, f.Name) {
				core.Var(f.Value, f.Name, f.Usage)
			}
		})
		core.SetOutput(stdout)
		core.PrintDefaults()
		fmt.Fprint(stdout, `
Exit status: 0 no findings, 3 findings, 1 packages failed to load or
type-check or an analyzer failed, 2 bad usage. With -json or -format=sarif:
0, or 1 when packages failed to load.
`)
		return exitOK
	}

	code := exitOK
	for i, name := range names {
		var a *analysis.Analyzer
		for _, x := range all {
			if x.Name == name {
				a = x
			}
		}
		if a == nil {
			fmt.Fprintf(stderr, "%s: unknown analyzer %q (run '%s help' for the list)\n", progname, name, progname)
			code = exitUsage
			continue
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s: %s\n", a.Name, summary(a))
		if m, ok := metaOf(a); ok {
			fmt.Fprintln(stdout)
			if m.Severity != "" {
				fmt.Fprintf(stdout, "Severity: %s\n", m.Severity)
			}
			if len(m.CWE) > 0 {
				fmt.Fprintf(stdout, "CWE: %s\n", m.CWEString())
			}
			if m.URL != "" {
				fmt.Fprintf(stdout, "URL: %s\n", m.URL)
			}
		}
		flags := flag.NewFlagSet(a.Name, flag.ContinueOnError)
		a.Flags.VisitAll(func(f *flag.Flag) {
			flags.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
		if hasFlags(&a.Flags) {
			fmt.Fprint(stdout, "\nAnalyzer flags:\n\n")
			flags.SetOutput(stdout)
			flags.PrintDefaults()
		}
		if _, rest, ok := strings.Cut(a.Doc, "\n\n"); ok {
			fmt.Fprintf(stdout, "\n%s\n", strings.TrimSpace(rest))
		}
	}
	return code
}

func isAnalyzerName(all []*analysis.Analyzer, name string) bool {
	for _, a := range all {
		if a.Name == name {
			return true
		}
	}
	return false
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}
