package analyzers

import (
	"fmt"
	"strings"
)

// Markdown table markers in README.md: the text between them is generated
// by MarkdownTable and checked by TestREADMETable.
const (
	TableBegin = "<!-- analyzers:begin (generated from each analyzer's metadata; go test ./analyzers -run TestREADMETable -update) -->"
	TableEnd   = "<!-- analyzers:end -->"
)

// MarkdownTable renders the suite as the README's table of analyzers. Each
// name links to its rule documentation, docs/NAME.md, by a path relative to
// the README (the absolute address, meta.DocURL, is what SARIF and tokenvet
// help print).
func MarkdownTable(suite []Entry) string {
	var b strings.Builder
	b.WriteString("| analyzer | finds | CWE | severity |\n|---|---|---|---|\n")
	for _, e := range suite {
		m := e.Meta
		fmt.Fprintf(&b, "| [%s](docs/%s.md) | %s | %s | %s |\n", m.Name, m.Name, m.Summary, m.CWEString(), m.Severity)
	}
	return b.String()
}
