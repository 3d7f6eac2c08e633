// Package suppress implements tokenvet's suppression directive, honoured by
// every analyzer whichever driver runs it (tokenvet, go vet -vettool,
// golangci-lint, nogo):
//
//	//tokenvet:ignore jwtverify -- verified by the auth middleware
//
// on the line of a finding or on the line above it silences the findings of
// the named analyzers (comma-separated, or "all") there. The reason after
// "--" is required: a directive without one does not suppress anything, so
// every silenced finding says why.
package suppress

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const prefix = "//tokenvet:ignore "

// Report reports d through pass unless a directive suppresses it.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if !Suppressed(pass, d.Pos) {
		pass.Report(d)
	}
}

// Suppressed reports whether a directive for pass's analyzer covers pos.
func Suppressed(pass *analysis.Pass, pos token.Pos) bool {
	file := fileOf(pass, pos)
	if file == nil {
		return false
	}
	line := pass.Fset.Position(pos).Line
	for _, group := range file.Comments {
		for _, c := range group.List {
			cl := pass.Fset.Position(c.Slash).Line
			if cl != line && cl != line-1 {
				continue
			}
			if names, ok := parse(c.Text); ok && matches(names, pass.Analyzer.Name) {
				return true
			}
		}
	}
	return false
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// parse returns the analyzer names of a directive with a reason.
func parse(text string) ([]string, bool) {
	rest, ok := strings.CutPrefix(text, prefix)
	if !ok {
		return nil, false
	}
	names, reason, ok := strings.Cut(rest, "--")
	if !ok || strings.TrimSpace(reason) == "" {
		return nil, false
	}
	return strings.Split(strings.TrimSpace(names), ","), true
}

func matches(names []string, analyzer string) bool {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == analyzer || n == "all" {
			return true
		}
	}
	return false
}
