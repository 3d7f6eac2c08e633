// Package meta holds the metadata every tokenvet analyzer declares in one place
// (its documentation, CWE identifiers, severity and documentation URL), from
// which the command's help, the README table and SARIF rules are generated.
package meta

import (
	"cmp"
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

	// Precision is how often a finding is a true positive, as SARIF's
	// precision property ("high" or "medium"); see precisions.
	Precision Precision
}

// Precision is the precision of an analyzer's findings, as used by SARIF
// and GitHub code scanning ("very-high", "high", "medium", "low").
type Precision string

const (
	High   Precision = "high"
	Medium Precision = "medium"
)

// precisions holds the analyzers whose precision is not High: jwtclaims
// judges whether a claim is validated somewhere else, which it cannot always
// see.
var precisions = map[string]Precision{
	"jwtclaims": Medium,
}

// SecuritySeverity returns the score GitHub code scanning reads from a
// rule's security-severity property (a number from 0.0 to 10.0, as a
// string): 8.0 (high) for errors, 5.0 (medium) for warnings and 2.0 (low)
// for notes.
func (s Severity) SecuritySeverity() string {
	switch s {
	case Error:
		return "8.0"
	case Warning:
		return "5.0"
	default:
		return "2.0"
	}
}

// cweNames are the names of the CWE entries the analyzers cite, from the
// CWE list (https://cwe.mitre.org).
var cweNames = map[int]string{
	345:  "Insufficient Verification of Data Authenticity",
	347:  "Improper Verification of Cryptographic Signature",
	613:  "Insufficient Session Expiration",
	757:  "Selection of Less-Secure Algorithm During Negotiation ('Algorithm Downgrade')",
	1104: "Use of Unmaintained Third Party Components",
	1395: "Dependency on Vulnerable Third-Party Component",
}

// CWEName returns the name of CWE entry id, or "" if it is not one the
// analyzers cite (a test checks that every cited entry has a name).
func CWEName(id int) string { return cweNames[id] }

// CWEURL returns the address of CWE entry id on cwe.mitre.org.
func CWEURL(id int) string {
	return fmt.Sprintf("https://cwe.mitre.org/data/definitions/%d.html", id)
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

		Precision: cmp.Or(precisions[name], High),
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
