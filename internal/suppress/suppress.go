// Package suppress implements tokenvet's suppression directive, honoured by
// every analyzer whichever driver runs it (tokenvet, go vet -vettool,
// golangci-lint, nogo):
//
//	//tokenvet:ignore jwtverify -- verified by the auth middleware
//
// on the line of a finding or on the line above it silences the findings of
// the named analyzers (comma-separated) there; the name "all" silences every
// analyzer. The reason after "--" is required: a directive without one does
// not suppress anything, so every silenced finding says why.
//
// Directives are checked by the analyzers themselves (through Run), so the
// checks work in every driver too:
//
//   - a malformed directive on the line of a finding or the line above it (no
//     "-- reason", another separator such as "-" or ":", a space inside
//     "//tokenvet:ignore", a block comment, no analyzer name, an unknown
//     analyzer name) does not suppress the finding, and the directive is
//     reported as well, by the analyzer of the finding, with the correct
//     form (only there: a malformed directive away from any finding is not);
//   - a well-formed directive that names an analyzer explicitly and
//     suppresses none of its findings is reported by that analyzer as unused,
//     if it ran. A directive naming "all" is never reported as unused, nor is
//     one in a _test.go file (the analyzers do not report test code).
package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
)

const prefix = "//tokenvet:ignore "

// Analyzers are the names of the suite's analyzers, the names a directive
// may give besides "all" (analyzers.Suite holds the same list; a test there
// checks they agree).
var Analyzers = []string{"jwtverify", "jwtalg", "jwtclaims", "jwtleeway", "jwtlib", "tokenlog", "tokenstorage", "hardcodedsecret", "weakrand", "tokenrefresh"}

// state is what Run tracks for one pass: the directives that suppressed a
// finding and the malformed directives already reported.
type state struct {
	mu        sync.Mutex
	used      map[token.Pos]bool
	malformed map[token.Pos]bool
}

var states sync.Map // *analysis.Pass -> *state

// Run wraps an analyzer's run function: findings reported through Report
// while it runs are checked against the directives next to them (malformed
// ones are reported), and at its end every directive naming the analyzer
// that suppressed none of its findings is reported.
func Run(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (any, error) {
		st := &state{used: map[token.Pos]bool{}, malformed: map[token.Pos]bool{}}
		states.Store(pass, st)
		defer states.Delete(pass)
		res, err := run(pass)
		if err != nil {
			return res, err
		}
		reportUnused(pass, st)
		return res, nil
	}
}

// Report reports d through pass unless a directive suppresses it. Under Run,
// a malformed directive next to d is reported too.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	ReportAt(pass, d)
}

// ReportAt is Report for a finding that stands for several places (a
// library imported by several files of a package): a directive next to d
// or next to any of the positions also suppresses it.
func ReportAt(pass *analysis.Pass, d analysis.Diagnostic, also ...token.Pos) {
	near := nearby(pass, d.Pos)
	for _, pos := range also {
		near = append(near, nearby(pass, pos)...)
	}
	suppressing := suppressors(pass, near)
	v, tracked := states.Load(pass)
	if len(suppressing) > 0 {
		if tracked {
			st := v.(*state)
			st.mu.Lock()
			for _, c := range suppressing {
				st.used[c.Slash] = true
			}
			st.mu.Unlock()
		}
		return
	}
	pass.Report(d)
	if !tracked {
		return
	}
	st := v.(*state)
	for _, c := range near {
		msg := Check(c.Text, pass.Analyzer.Name)
		if msg == "" {
			continue
		}
		st.mu.Lock()
		done := st.malformed[c.Slash]
		st.malformed[c.Slash] = true
		st.mu.Unlock()
		if !done {
			pass.Report(analysis.Diagnostic{Pos: c.Slash, End: c.End(), Message: msg})
		}
	}
}

// Suppressed reports whether a directive for pass's analyzer covers pos.
func Suppressed(pass *analysis.Pass, pos token.Pos) bool {
	return len(suppressors(pass, nearby(pass, pos))) > 0
}

// suppressors returns the well-formed directives among cs that name pass's
// analyzer (or all).
func suppressors(pass *analysis.Pass, cs []*ast.Comment) []*ast.Comment {
	var out []*ast.Comment
	for _, c := range cs {
		if names, ok := parse(c.Text); ok && matches(names, pass.Analyzer.Name) {
			out = append(out, c)
		}
	}
	return out
}

// nearby returns the comments on the line of pos and on the line above it.
func nearby(pass *analysis.Pass, pos token.Pos) []*ast.Comment {
	file := fileOf(pass, pos)
	if file == nil {
		return nil
	}
	line := pass.Fset.Position(pos).Line
	var cs []*ast.Comment
	for _, group := range file.Comments {
		for _, c := range group.List {
			cl := pass.Fset.Position(c.Slash).Line
			if cl == line || cl == line-1 {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// reportUnused reports the well-formed directives of pass's files that name
// its analyzer and suppressed nothing, except in _test.go files (the
// analyzers do not report test code, so a directive there has nothing to
// suppress). A package's test variant holds its non-test files too: the
// analyzers ignore test code when judging non-test code, so both passes
// find the same there and report the same unused directives, which drivers
// print once. go vet analyzes only the test variant of a package with
// in-package tests, so skipping that variant would lose the report there.
func reportUnused(pass *analysis.Pass, st *state) {
	name := pass.Analyzer.Name
	for _, f := range pass.Files {
		if astutil.InTestFile(pass, f.FileStart) {
			continue
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				names, ok := parse(c.Text)
				if !ok || !names.has(name) || st.used[c.Slash] {
					continue
				}
				msg := fmt.Sprintf("//tokenvet:ignore %s suppresses nothing here; remove it", name)
				if len(names.known()) > 1 {
					msg = fmt.Sprintf("%s in //tokenvet:ignore suppresses nothing here; remove it from the list", name)
				}
				pass.Report(analysis.Diagnostic{Pos: c.Slash, End: c.End(), Message: msg})
			}
		}
	}
}

type nameList []string

// has reports whether the list names analyzer explicitly.
func (l nameList) has(analyzer string) bool {
	for _, n := range l {
		if strings.TrimSpace(n) == analyzer {
			return true
		}
	}
	return false
}

// known returns the non-empty names of the list.
func (l nameList) known() []string {
	var out []string
	for _, n := range l {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// parse returns the analyzer names of a directive with a reason.
func parse(text string) (nameList, bool) {
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

// Check returns what is wrong with comment text that looks like a
// //tokenvet:ignore directive, as a message giving the correct form, or ""
// if the text is a well-formed directive or does not look like one at all.
// analyzer is the analyzer reporting, also a valid name.
func Check(text, analyzer string) string {
	// A line comment, or a block comment, which is never a directive.
	body, ok := strings.CutPrefix(text, "//")
	if !ok {
		body, ok = strings.CutPrefix(text, "/*")
		body = strings.TrimSuffix(body, "*/")
	}
	if !ok {
		return ""
	}
	// A directive with its words spaced or spelled differently:
	// "// tokenvet:ignore", "//tokenvet: ignore", "//TokenVet:ignore".
	t := strings.TrimLeft(body, " \t")
	if len(t) < len("tokenvet") || !strings.EqualFold(t[:len("tokenvet")], "tokenvet") {
		return ""
	}
	after := strings.TrimLeft(t[len("tokenvet"):], " \t:-_")
	if len(after) < len("ignore") || !strings.EqualFold(after[:len("ignore")], "ignore") {
		return ""
	}
	rest := after[len("ignore"):]
	if rest != "" && !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "\t") {
		return "" // e.g. "tokenvet:ignored"
	}
	badForm := !strings.HasPrefix(text, prefix) && text != strings.TrimSuffix(prefix, " ")
	// The names end at "--", or at the first other separator or word.
	namesPart, reason := splitNames(rest)
	reason = strings.TrimSpace(reason)
	reason, hasSep := strings.CutPrefix(reason, "--")
	names := nameList(strings.Split(strings.TrimSpace(namesPart), ",")).known()
	suggest := func() string {
		ns := []string{}
		for _, n := range names {
			if known(n, analyzer) {
				ns = append(ns, n)
			} else if s := closest(n, analyzer); s != "" {
				ns = append(ns, s)
			}
		}
		if len(ns) == 0 {
			ns = []string{analyzer}
		}
		why := strings.TrimSpace(reason)
		why = strings.TrimLeft(why, "-—–:/ \t")
		if why == "" || len(why) > 60 {
			why = "why this is safe"
		}
		return fmt.Sprintf("write %s%s -- %s", prefix, strings.Join(ns, ","), why)
	}
	switch {
	case badForm:
		return fmt.Sprintf("malformed //tokenvet:ignore: spelled %q; ", text[:2+len(body)-len(rest)]) + suggest()
	case len(names) == 0:
		return "malformed //tokenvet:ignore: no analyzer name; " + suggest()
	case !hasSep && strings.TrimSpace(reason) != "":
		return `malformed //tokenvet:ignore: the reason follows "--"; ` + suggest()
	case strings.TrimSpace(reason) == "":
		return "malformed //tokenvet:ignore: no reason; " + suggest()
	}
	for _, n := range names {
		if known(n, analyzer) {
			continue
		}
		if s := closest(n, analyzer); s != "" {
			return fmt.Sprintf("unknown analyzer %q in //tokenvet:ignore (did you mean %s?)", n, s)
		}
		return fmt.Sprintf("unknown analyzer %q in //tokenvet:ignore; the names are %s and all", n, strings.Join(Analyzers, ", "))
	}
	return ""
}

// splitNames splits the text after "//tokenvet:ignore " into the
// comma-separated names at its start and what follows them.
func splitNames(rest string) (names, after string) {
	s := strings.TrimLeftFunc(rest, unicode.IsSpace)
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '_' || r == ',' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			i += size
			continue
		}
		if !unicode.IsSpace(r) {
			break
		}
		// Spaces around a comma stay in the list.
		j := i + len(s[i:]) - len(strings.TrimLeftFunc(s[i:], unicode.IsSpace))
		if j < len(s) && s[j] == ',' || i > 0 && s[i-1] == ',' {
			i = j
			continue
		}
		break
	}
	return s[:i], s[i:]
}

func known(name, analyzer string) bool {
	if name == "all" || name == analyzer {
		return true
	}
	for _, a := range Analyzers {
		if name == a {
			return true
		}
	}
	return false
}

// closest returns the valid name within two edits of name, if one is.
func closest(name, analyzer string) string {
	best, bestD := "", 3
	for _, a := range append(append([]string{analyzer}, Analyzers...), "all") {
		if d := distance(strings.ToLower(name), a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
