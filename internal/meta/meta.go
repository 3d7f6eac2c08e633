// Package meta holds the metadata every tokenvet analyzer declares in one place
// (its documentation, CWE identifiers, severity and documentation URL), from
// which the command's help, the README table and SARIF rules are generated.
package meta

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Severity is the default severity of an analyzer's findings, as used by SARIF
// ("error", "warning", "note").
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Note    Severity = "note"
)

// Info describes one analyzer.
type Info struct {
	Name     string   // analyzer name, e.g. "jwtverify"
	Summary  string   // one line, from the "NAME: summary" line of doc.go
	Doc      string   // the whole documentation, from doc.go
	CWE      []int    // CWE identifiers of the weaknesses it finds
	Severity Severity // default severity
	URL      string   // documentation URL
}

// New builds the Info of analyzer name from the contents of its doc.go, which
// must hold a "# Analyzer NAME" heading followed by a "NAME: summary" line.
// It panics if the documentation is malformed: that is a programming error
// caught by every test of the analyzer.
func New(name, docGo string, severity Severity, cwe ...int) Info {
	doc, err := extractDoc(docGo, name)
	if err != nil {
		panic(fmt.Sprintf("meta: %s: %v", name, err))
	}
	summary, _, _ := strings.Cut(doc, "\n")
	return Info{
		Name:     name,
		Summary:  strings.TrimSpace(summary),
		Doc:      doc,
		CWE:      cwe,
		Severity: severity,
		URL:      "https://pkg.go.dev/github.com/tokenvet/tokenvet/passes/" + name,
	}
}

// CWEString renders the CWE identifiers as "CWE-347, CWE-345".
func (i Info) CWEString() string {
	var parts []string
	for _, c := range i.CWE {
		parts = append(parts, fmt.Sprintf("CWE-%d", c))
	}
	return strings.Join(parts, ", ")
}

// extractDoc returns the documentation of analyzer name from the package doc
// comment of a doc.go file: the text after "# Analyzer NAME", with the
// "NAME:" prefix of its first line removed.
func extractDoc(content, name string) (string, error) {
	if content == "" {
		return "", fmt.Errorf("empty doc.go")
	}
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go is not a Go source file: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package doc comment")
	}
	for section := range strings.SplitSeq("\n"+f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name)
		if !ok || body == "" || (body[0] != '\n' && body[0] != '\r') {
			continue
		}
		body = strings.TrimSpace(body)
		rest, ok := strings.CutPrefix(body, name+":")
		if !ok {
			return "", fmt.Errorf("'Analyzer %s' heading not followed by a '%s: summary' line", name, name)
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("package doc comment has no 'Analyzer %s' heading", name)
}
