package driver

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A baseline is the set of findings a team has accepted for now: those in
// the file -baseline names are not reported. The file is JSON:
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {
//	      "analyzer": "jwtverify",
//	      "file": "auth/handler.go",
//	      "message": "(*jwt.Parser).ParseUnverified does not verify ...",
//	      "line": "claims, _, err := p.ParseUnverified(s, &c)"
//	    }
//	  ]
//	}
//
// A finding is matched by its analyzer, its file (relative to the root of
// its module, slash-separated), its message and the text of its line with
// the surrounding white space trimmed and inner runs of white space made
// one space (gofmt's alignment does not count): not by its line number, so
// that a finding still matches when code above it is added or removed. The
// same key may appear several times: n entries suppress at most n
// findings.
// -baseline-write writes the findings sorted by file, analyzer, line and
// message, so that the file is the same on every run and diffs well.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Analyzer string `json:"analyzer"`
	File     string `json:"file"`
	Message  string `json:"message"`
	Line     string `json:"line"`
}

const baselineVersion = 1

func compareEntries(x, y baselineEntry) int {
	return cmp.Or(
		cmp.Compare(x.File, y.File),
		cmp.Compare(x.Analyzer, y.Analyzer),
		cmp.Compare(x.Line, y.Line),
		cmp.Compare(x.Message, y.Message))
}

// readBaseline reads a baseline file and returns how many times each entry
// appears in it.
func readBaseline(path string) (map[baselineEntry]int, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%v (create it with -baseline-write)", err)
	}
	if err != nil {
		return nil, err
	}
	var b baselineFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a tokenvet baseline: %v (regenerate it with -baseline-write)", path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%s: not a tokenvet baseline: data after the JSON object (regenerate it with -baseline-write)", path)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s: baseline version %d, want %d (regenerate it with -baseline-write)", path, b.Version, baselineVersion)
	}
	counts := make(map[baselineEntry]int)
	for i, e := range b.Findings {
		if e.Analyzer == "" || e.File == "" || e.Message == "" {
			return nil, fmt.Errorf("%s: finding %d lacks its analyzer, file or message (regenerate it with -baseline-write)", path, i+1)
		}
		counts[e]++
	}
	return counts, nil
}

// writeBaseline writes the entries of diags to path.
func writeBaseline(path string, diags []diagnostic) error {
	b := baselineFile{Version: baselineVersion, Findings: []baselineEntry{}}
	lines := make(lineCache)
	for _, d := range diags {
		b.Findings = append(b.Findings, baselineKey(d, lines))
	}
	slices.SortFunc(b.Findings, compareEntries)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// filterBaseline returns the diagnostics of diags that the baseline does
// not hold, consuming one count of the baseline for each one it does.
func filterBaseline(diags []diagnostic, baseline map[baselineEntry]int) []diagnostic {
	lines := make(lineCache)
	var out []diagnostic
	for _, d := range diags { // sorted: deterministic
		k := baselineKey(d, lines)
		if baseline[k] > 0 {
			baseline[k]--
			continue
		}
		out = append(out, d)
	}
	return out
}

// baselineKey returns the baseline entry of d.
func baselineKey(d diagnostic, lines lineCache) baselineEntry {
	// The file as it is on disk, not as a //line directive names it.
	posn := d.pkg.Fset.PositionFor(d.Pos, false)
	file := posn.Filename
	if m := d.pkg.Module; m != nil && m.Dir != "" {
		if rel, err := filepath.Rel(m.Dir, file); err == nil && filepath.IsLocal(rel) {
			file = rel
		}
	} else if cwd, err := os.Getwd(); err == nil { // GOPATH mode
		file = relativize(cwd, file)
	}
	return baselineEntry{
		Analyzer: d.analyzer.Name,
		File:     filepath.ToSlash(file),
		Message:  d.Message,
		Line:     lines.line(posn.Filename, posn.Line),
	}
}

// A lineCache holds the lines of the files read for baseline keys.
type lineCache map[string][]string

// line returns the text of line n (1-based) of file, trimmed of
// surrounding white space and with each run of white space inside it
// replaced by one space, so that gofmt realigning the line (a longer field
// name added beside it) does not matter; "" if there is no such line.
func (c lineCache) line(file string, n int) string {
	ls, ok := c[file]
	if !ok {
		data, _ := os.ReadFile(file)
		ls = strings.Split(string(data), "\n")
		c[file] = ls
	}
	if n < 1 || n > len(ls) {
		return ""
	}
	return strings.Join(strings.Fields(ls[n-1]), " ")
}
