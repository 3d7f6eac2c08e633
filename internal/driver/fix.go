package driver

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// An edit replaces the bytes [start, end) of a file with text.
type edit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of each diagnostic. A fix
// whose edits overlap an already accepted edit (other than an identical
// one) is skipped as a whole, with a note asking to re-run. With diff, the
// files are left alone and a unified diff is printed on w.
func applyFixes(w io.Writer, cwd string, diags []diagnostic, diff bool) error {
	edits := make(map[string][]edit) // accepted edits by file name
	skipped := 0
	for _, d := range diags { // sorted: deterministic
		if len(d.SuggestedFixes) == 0 {
			continue
		}
		fix := d.SuggestedFixes[0]
		fset := d.pkg.Fset
		proposed := make(map[string][]edit)
		ok := true
		for _, te := range fix.TextEdits {
			start := fset.Position(te.Pos)
			end := start
			if te.End.IsValid() {
				end = fset.Position(te.End)
			}
			if !start.IsValid() || end.Filename != start.Filename || end.Offset < start.Offset {
				ok = false
				break
			}
			proposed[start.Filename] = append(proposed[start.Filename], edit{start.Offset, end.Offset, string(te.NewText)})
		}
		for file, es := range proposed {
			if !ok {
				break
			}
			for _, e := range es {
				if conflicts(edits[file], e) {
					ok = false
					break
				}
			}
		}
		if !ok {
			skipped++
			continue
		}
		for file, es := range proposed {
			for _, e := range es {
				if !slices.Contains(edits[file], e) {
					edits[file] = append(edits[file], e)
				}
			}
		}
	}

	files := make([]string, 0, len(edits))
	for f := range edits {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, file := range files {
		es := edits[file]
		slices.SortFunc(es, func(x, y edit) int {
			return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end))
		})
		old, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		if es[len(es)-1].end > len(old) {
			return fmt.Errorf("%s: fix out of range of the file (was it modified?)", file)
		}
		if diff {
			name := relativize(cwd, file)
			io.WriteString(w, unifiedDiff(name, old, es))
			continue
		}
		if err := os.WriteFile(file, apply(old, es), 0o644); err != nil {
			return err
		}
	}
	if skipped > 0 {
		return fmt.Errorf("%d fixes conflicted with others and were not applied; run again", skipped)
	}
	return nil
}

// conflicts reports whether e overlaps one of accepted without being
// identical to it. Two insertions at the same offset conflict too.
func conflicts(accepted []edit, e edit) bool {
	for _, a := range accepted {
		if a == e {
			continue
		}
		if e.start < a.end && a.start < e.end || e.start == a.start {
			return true
		}
	}
	return false
}

// apply applies sorted, non-overlapping edits to src.
func apply(src []byte, edits []edit) []byte {
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// unifiedDiff returns a unified diff (3 lines of context) of the changes
// made to src, the contents of file name, by sorted, non-overlapping
// edits. Each group of changed lines is shown as removed, then added.
func unifiedDiff(name string, src []byte, edits []edit) string {
	lines := splitLines(string(src))
	starts := make([]int, len(lines)+1) // starts[i]: offset of line i
	for i, l := range lines {
		starts[i+1] = starts[i] + len(l)
	}
	lineStart := func(i int) int { return starts[i] }
	lineOf := func(offset int) int { // index of the line holding offset
		i, found := slices.BinarySearch(starts, offset)
		if found {
			return i
		}
		return i - 1
	}

	// Changed regions: old lines [from, to) with the edits inside them.
	type region struct {
		from, to int
		edits    []edit
	}
	var regions []region
	for _, e := range edits {
		from := lineOf(e.start)
		to := lineOf(e.end) + 1
		if e.end > e.start && e.end == lineStart(lineOf(e.end)) {
			to-- // ends at the start of a line: that line is unchanged
		}
		to = min(max(to, from+1), max(len(lines), from+1))
		if n := len(regions); n > 0 && from < regions[n-1].to {
			regions[n-1].to = max(regions[n-1].to, to)
			regions[n-1].edits = append(regions[n-1].edits, e)
			continue
		}
		regions = append(regions, region{from, to, []edit{e}})
	}

	const context = 3
	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", name, name)
	delta := 0 // lines added minus lines removed before the current hunk
	for i := 0; i < len(regions); {
		// A hunk: regions whose contexts touch.
		j := i + 1
		for j < len(regions) && regions[j].from-regions[j-1].to <= 2*context {
			j++
		}
		from := max(regions[i].from-context, 0)
		to := min(regions[j-1].to+context, len(lines))
		var body strings.Builder
		oldN, newN := 0, 0
		pos := from
		for _, r := range regions[i:j] {
			for ; pos < r.from; pos++ {
				writeLine(&body, ' ', lines[pos])
				oldN++
				newN++
			}
			base := lineStart(r.from)
			old := strings.Join(lines[r.from:min(r.to, len(lines))], "")
			var shifted []edit
			for _, e := range r.edits {
				shifted = append(shifted, edit{e.start - base, e.end - base, e.text})
			}
			for _, l := range lines[r.from:min(r.to, len(lines))] {
				writeLine(&body, '-', l)
				oldN++
			}
			for _, l := range splitLines(string(apply([]byte(old), shifted))) {
				writeLine(&body, '+', l)
				newN++
			}
			pos = r.to
		}
		for ; pos < to; pos++ {
			writeLine(&body, ' ', lines[pos])
			oldN++
			newN++
		}
		fmt.Fprintf(&out, "@@ -%s +%s @@\n%s", hunkRange(from, oldN), hunkRange(from+delta, newN), body.String())
		delta += newN - oldN
		i = j
	}
	return out.String()
}

// hunkRange formats the "start,count" of a hunk header; start is 0-based.
func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}

func writeLine(b *strings.Builder, prefix byte, line string) {
	b.WriteByte(prefix)
	b.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}

// splitLines splits s after each newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
