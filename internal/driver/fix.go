package driver

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
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
//
// Edits are mapped to the file that was actually parsed (the unadjusted
// position: a //line directive does not redirect them), and a fix is
// skipped, with a note on stderr, if it would edit a file that is not a Go
// source file of its package as it is on disk: the cgo-generated files of a
// cgo package, a file marked as generated (// Code generated ... DO NOT
// EDIT.), or a file changed since it was parsed. go vet -fix leaves such
// files alone too.
//
// applyFixes returns the diagnostics that remain: those without a fix and
// those whose fix was not applied, in the order of diags; and, once the
// files are written, a function that maps a position of the analyzed files
// to the same place in the files as fixed (nil with diff, which writes no
// file). It returns an error if a fix was not applied or the output could
// not be written.
func applyFixes(w, stderr io.Writer, cwd string, diags []diagnostic, diff bool) (remaining []diagnostic, moved func(*token.FileSet, token.Pos) token.Position, err error) {
	edits := make(map[string][]edit) // accepted edits by file name
	contents := make(map[string][]byte)
	conflicted, refused := 0, 0
	for _, d := range diags { // sorted: deterministic
		if len(d.SuggestedFixes) == 0 {
			remaining = append(remaining, d)
			continue
		}
		proposed, err := fixEdits(d.pkg, d.SuggestedFixes[0])
		if err == nil {
			err = checkUnchanged(d.pkg.Fset, proposed, contents)
		}
		if err != nil {
			shown := d.posn
			shown.Filename = relativize(cwd, shown.Filename)
			fmt.Fprintf(stderr, "%s: %s: fix not applied: %v\n", progname, shown, err)
			refused++
			remaining = append(remaining, d)
			continue
		}
		ok := true
		for file, es := range proposed {
			for _, e := range es.edits {
				if conflicts(edits[file], e) {
					ok = false
				}
			}
		}
		if !ok {
			conflicted++
			remaining = append(remaining, d)
			continue
		}
		for file, es := range proposed {
			for _, e := range es.edits {
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
		old := contents[file]
		if diff {
			name := relativize(cwd, file)
			if _, err := io.WriteString(w, unifiedDiff(name, old, es)); err != nil {
				return nil, nil, fmt.Errorf("writing the diff: %v", err)
			}
			continue
		}
		fixed := apply(old, es)
		if err := os.WriteFile(file, fixed, 0o644); err != nil {
			return nil, nil, err
		}
		contents[file] = fixed
	}
	if !diff {
		moved = func(fset *token.FileSet, pos token.Pos) token.Position {
			return movedPosition(fset, pos, edits, contents)
		}
	}
	var errs []string
	if refused > 0 {
		errs = append(errs, plural(refused, "fix", "fixes")+" not applied (see above)")
	}
	if conflicted > 0 {
		errs = append(errs, plural(conflicted, "fix", "fixes")+" conflicted with others and "+map[bool]string{true: "was", false: "were"}[conflicted == 1]+" not applied; run again")
	}
	if len(errs) > 0 {
		return remaining, moved, errors.New(strings.Join(errs, "; "))
	}
	return remaining, moved, nil
}

// movedPosition returns the position of pos in its file as fixed: edits are
// the sorted edits applied to each file, contents the files as written.
// Positions in files that were not edited, and positions a //line directive
// adjusts, are returned as they were. A position inside an edited range
// moves to the start of its replacement.
func movedPosition(fset *token.FileSet, pos token.Pos, edits map[string][]edit, contents map[string][]byte) token.Position {
	adjusted := fset.Position(pos)
	real := fset.PositionFor(pos, false)
	es := edits[real.Filename]
	if len(es) == 0 || adjusted.Filename != real.Filename || adjusted.Line != real.Line {
		return adjusted
	}
	off := real.Offset
	for _, e := range es {
		if e.start >= real.Offset {
			break
		}
		if e.end > real.Offset {
			off -= real.Offset - e.start // inside the edit: its start
			break
		}
		off += len(e.text) - (e.end - e.start)
	}
	data := contents[real.Filename]
	off = min(max(off, 0), len(data))
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	return token.Position{
		Filename: adjusted.Filename,
		Offset:   off,
		Line:     1 + bytes.Count(data[:off], []byte("\n")),
		Column:   off - lineStart + 1,
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// fileEdits are the edits of a fix to one file, and the file as parsed.
type fileEdits struct {
	tf    *token.File
	edits []edit
}

// fixEdits returns the edits of fix by file, mapped to the files that were
// parsed, or an error if an edit is not within one Go source file of pkg.
func fixEdits(pkg *packages.Package, fix analysis.SuggestedFix) (map[string]*fileEdits, error) {
	fset := pkg.Fset
	out := make(map[string]*fileEdits)
	for _, te := range fix.TextEdits {
		tf := fset.File(te.Pos)
		if tf == nil {
			return nil, fmt.Errorf("an edit has no valid position")
		}
		end := te.End
		if !end.IsValid() {
			end = te.Pos
		}
		if fset.File(end) != tf || end < te.Pos {
			return nil, fmt.Errorf("an edit spans files or has a negative length")
		}
		name := tf.Name()
		if !strings.HasSuffix(name, ".go") || !slices.Contains(pkg.GoFiles, name) {
			if adjusted := fset.Position(te.Pos).Filename; adjusted != name && slices.Contains(pkg.GoFiles, adjusted) {
				return nil, fmt.Errorf("%s uses cgo, and edits to the file cgo generated from it cannot be mapped back", filepath.Base(adjusted))
			}
			return nil, fmt.Errorf("it edits %s, which is not a Go source file of package %s", name, pkg.PkgPath)
		}
		if generated(pkg, tf) {
			return nil, fmt.Errorf("it edits %s, a generated file (// Code generated ... DO NOT EDIT.)", name)
		}
		fe := out[name]
		if fe == nil {
			fe = &fileEdits{tf: tf}
			out[name] = fe
		}
		fe.edits = append(fe.edits, edit{tf.Offset(te.Pos), tf.Offset(end), string(te.NewText)})
	}
	return out, nil
}

// generated reports whether the parsed file tf of pkg is marked as
// generated: go vet -fix leaves such files alone, as their generator would
// undo the edit.
func generated(pkg *packages.Package, tf *token.File) bool {
	for _, f := range pkg.Syntax {
		if pkg.Fset.File(f.FileStart) == tf {
			return ast.IsGenerated(f)
		}
	}
	return false
}

// checkUnchanged reads each file the edits touch (caching its content in
// contents) and reports an error if it is not the file that was parsed.
func checkUnchanged(fset *token.FileSet, proposed map[string]*fileEdits, contents map[string][]byte) error {
	names := slices.Sorted(maps.Keys(proposed))
	for _, name := range names {
		data, ok := contents[name]
		if !ok {
			var err error
			data, err = os.ReadFile(name)
			if err != nil {
				return err
			}
			contents[name] = data
		}
		if !sameLines(proposed[name].tf, data) {
			return fmt.Errorf("%s changed since it was analyzed", name)
		}
	}
	return nil
}

// sameLines reports whether data has the size and line structure of the
// parsed file tf.
func sameLines(tf *token.File, data []byte) bool {
	if tf.Size() != len(data) {
		return false
	}
	lines := tf.Lines()
	if len(lines) == 0 || lines[0] != 0 {
		return len(data) == 0
	}
	i := 1
	for off, b := range data {
		if b != '\n' || off+1 == len(data) {
			continue
		}
		if i >= len(lines) || lines[i] != off+1 {
			return false
		}
		i++
	}
	return i == len(lines)
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
