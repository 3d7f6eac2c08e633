package driver

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
)

// The JSON schema of go vet -json, copied from
// golang.org/x/tools/internal/analysis/driverutil/print.go (internal).

// A jsonTree maps package path to analyzer name to result, which is either
// a jsonError or a list of jsonDiagnostic.
type jsonTree map[string]map[string]any

type jsonError struct {
	Err string `json:"error"`
}

// A jsonTextEdit describes the replacement of a portion of a file. Start and
// End are zero-based half-open byte offsets into the original file.
type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// A jsonSuggestedFix is a set of edits applied as a whole or not at all.
type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

// A jsonDiagnostic is the JSON form of an analysis.Diagnostic.
type jsonDiagnostic struct {
	Category       string                   `json:"category,omitempty"`
	Posn           string                   `json:"posn"` // "file:line:column"
	End            string                   `json:"end"`  // (ditto)
	Message        string                   `json:"message"`
	SuggestedFixes []jsonSuggestedFix       `json:"suggested_fixes,omitempty"`
	Related        []jsonRelatedInformation `json:"related,omitempty"`
}

// A jsonRelatedInformation is a secondary position and message of a
// diagnostic.
type jsonRelatedInformation struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// printJSON prints the diagnostics and failures as go vet -json does, keyed
// by package path: the diagnostics of a package and of its test variant
// ("p [p.test]") are merged. File names are absolute, as in go vet.
// An analyzer's error on a package replaces its diagnostics there.
func printJSON(w io.Writer, failures []failure, diags []diagnostic) error {
	tree := make(jsonTree)
	add := func(pkgPath, analyzer string, v any) {
		m := tree[pkgPath]
		if m == nil {
			m = make(map[string]any)
			tree[pkgPath] = m
		}
		switch v := v.(type) {
		case jsonError:
			m[analyzer] = v
		case jsonDiagnostic:
			if list, ok := m[analyzer].([]jsonDiagnostic); ok || m[analyzer] == nil {
				m[analyzer] = append(list, v)
			}
		}
	}
	for _, f := range failures {
		add(f.pkgPath, f.analyzer.Name, jsonError{f.err.Error()})
	}
	for _, d := range diags { // sorted and de-duplicated
		fset := d.pkg.Fset
		jd := jsonDiagnostic{
			Category: d.Category,
			Posn:     d.posn.String(),
			End:      d.end.String(),
			Message:  d.Message,
		}
		for _, fix := range d.SuggestedFixes {
			// Edits in the files that were parsed, at their offsets
			// there; a fix that cannot be mapped to the package's Go
			// files (cgo) is left out.
			byFile, err := fixEdits(d.pkg, fix)
			if err != nil {
				continue
			}
			jf := jsonSuggestedFix{Message: fix.Message}
			for _, file := range slices.Sorted(maps.Keys(byFile)) {
				for _, e := range byFile[file].edits {
					jf.Edits = append(jf.Edits, jsonTextEdit{Filename: file, Start: e.start, End: e.end, New: e.text})
				}
			}
			jd.SuggestedFixes = append(jd.SuggestedFixes, jf)
		}
		for _, r := range d.Related {
			end := r.End
			if !end.IsValid() {
				end = r.Pos
			}
			jd.Related = append(jd.Related, jsonRelatedInformation{
				Posn:    fset.Position(r.Pos).String(),
				End:     fset.Position(end).String(),
				Message: r.Message,
			})
		}
		add(d.pkg.PkgPath, d.analyzer.Name, jd)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return fmt.Errorf("internal error: JSON marshaling failed: %v", err)
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
