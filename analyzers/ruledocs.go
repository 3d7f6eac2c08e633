package analyzers

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/tokenvet/tokenvet/internal/meta"
)

// An Example is a pair of functions (or import declarations) of the
// end-to-end test modules (testdata/e2e*), which the go command compiles
// against the real libraries and whose findings cmd/tokenvet's e2e test
// checks through their "// want:NAME" markers: Bad is reported by the
// analyzer, Good, its near miss, by no analyzer.
type Example struct {
	Title string // what the pair shows, completing "Bad: ..." in a heading
	File  string // slash-separated, relative to the repository root
	Bad   string // a function ("Name" or "(*Type).Name"), or "import"
	Good  string // the same in GoodFile (or File)

	GoodFile string // if not File
}

// Examples are the examples of each analyzer's rule documentation.
var Examples = map[string][]Example{
	"jwtverify": {
		{Title: "claims of a token whose signature is never verified", File: "testdata/e2e/golangjwt4/handler.go",
			Bad: "(*Server).Profile", Good: "(*Server).Account"},
		{Title: "a verifying parse whose error is discarded", File: "testdata/e2e/golangjwt4/handler.go",
			Bad: "(*Server).Orders", Good: "(*Server).Invoices"},
	},
	"jwtalg": {
		{Title: "a keyfunc that ignores the algorithm, and no allow-list", File: "testdata/e2e/algconf/handler.go",
			Bad: "(*Server).Subject", Good: "(*Server).Pinned"},
		{Title: "the none algorithm", File: "testdata/e2e/algconf/handler.go",
			Bad: "Unsigned", Good: "(*Server).RejectNone"},
	},
	"jwtclaims": {
		{Title: "another party's token accepted without binding the audience", File: "testdata/e2e/jwtclaims_foreign/verify.go",
			Bad: "(*Partner).Subject", Good: "(*Partner).BoundSubject"},
		{Title: "an audience bound only when configured", File: "testdata/e2e/jwtclaims_advisory/handler.go",
			Bad: "Optional", Good: "Required"},
	},
	"jwtleeway": {
		{Title: "excessive leeway", File: "testdata/e2e/jwtleeway_jwx/verify.go",
			Bad: "Generous", Good: "Current"},
		{Title: "zero leeway against a remote key set", File: "testdata/e2e/jwtleeway_jwx/verify.go",
			Bad: "Remote", Good: "Local"},
	},
	"jwtlib": {
		{Title: "a deprecated library", File: "testdata/e2e/dgrijalva/handler.go",
			Bad: "import", Good: "import", GoodFile: "testdata/e2e/golangjwt5/handler.go"},
	},
	"tokenlog": {
		{Title: "a gRPC interceptor logging the bearer token of the authorization metadata", File: "testdata/e2e/tokenlog_grpc/interceptor.go",
			Bad: "LoggingInterceptor", Good: "AuditInterceptor"},
		{Title: "a debugging transport logging every request header", File: "testdata/e2e/tokenlog_http/roundtrip.go",
			Bad: "(*DebugTransport).RoundTrip", Good: "(*RedactingTransport).RoundTrip"},
		{Title: "a whole *oauth2.Token printed with %+v", File: "testdata/e2e/tokenlog_oauth2/print.go",
			Bad: "Exchange", Good: "ExchangeQuietly"},
	},
	"tokenstorage": {
		{Title: "a token cached in a file created with os.Create (mode 0666)", File: "testdata/e2e/tokenstorage_std/store.go",
			Bad: "SaveToken", Good: "SaveTokenPrivate"},
		{Title: "a token cookie without Secure and HttpOnly", File: "testdata/e2e/tokenstorage_std/store.go",
			Bad: "LoginCookie", Good: "LoginCookieSecure"},
		{Title: "a token in a URL query", File: "testdata/e2e/tokenstorage_std/store.go",
			Bad: "CallAPI", Good: "CallAPIHeader"},
		{Title: "a bearer token accepted from the URL query", File: "testdata/e2e/tokenstorage_std/store.go",
			Bad: "QueryAuth", Good: "HeaderAuth"},
	},
	"hardcodedsecret": {
		{Title: "a key built from a constant and a configured suffix", File: "testdata/e2e/hardcodedsecret/keys.go",
			Bad: "KeyWithSuffix", Good: "KeyConfigured"},
		{Title: "a constant fallback for a key missing from the environment", File: "testdata/e2e/hardcodedsecret/keys.go",
			Bad: "FallbackKey", Good: "RequiredKey"},
		{Title: "a constant HMAC key", File: "testdata/e2e/hardcodedsecret/keys.go",
			Bad: "Cristal", Good: "CristalConfigured"},
	},
	"weakrand": {
		{Title: "an OAuth2 state and nonce from another package's math/rand helper", File: "testdata/e2e/weakrand_oauth/login.go",
			Bad: "Login", Good: "LoginSafe"},
		{Title: "a session cookie named with an xid", File: "testdata/e2e/weakrand_session/session.go",
			Bad: "StartSession", Good: "StartSessionSafe"},
		{Title: "a constant OAuth2 state", File: "testdata/e2e/weakrand_oauth/login.go",
			Bad: "Constant", Good: "PerLogin"},
	},
	"tokenrefresh": {
		{Title: "a handler answering a token go-oidc refused with 403", File: "testdata/e2e/tokenrefresh_std/server.go",
			Bad: "(*Server).Profile", Good: "(*Server).ProfileRFC6750"},
		{Title: "a client wrapping the token of a code exchange in a static source", File: "testdata/e2e/tokenrefresh_oauth2/client.go",
			Bad: "Login", Good: "LoginRefreshing"},
	},
}

// markerRE matches the "// want:NAME" markers of the end-to-end modules.
var markerRE = regexp.MustCompile(`\bwant:([A-Za-z0-9_]+)`)

// ExampleSource returns the source of decl ("Name", "(*T).Name", "(T).Name"
// or "import") of file (relative to root), a function with its doc
// comment, with its "// want:NAME"
// comments replaced by "// reported by NAME", and the analyzers those
// markers name. It is an error if the file or declaration is gone.
func ExampleSource(root, file, decl string) (src string, reported []string, err error) {
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(file)))
	if err != nil {
		return "", nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, data, parser.ParseComments)
	if err != nil {
		return "", nil, err
	}
	var node ast.Node
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if funcName(d) == decl {
				node = d
			}
		case *ast.GenDecl:
			if decl == "import" && d.Tok == token.IMPORT && node == nil {
				node = d
			}
		}
	}
	if node == nil {
		return "", nil, fmt.Errorf("%s: no declaration %s", file, decl)
	}
	start := node.Pos()
	if fd, ok := node.(*ast.FuncDecl); ok && fd.Doc != nil {
		start = fd.Doc.Pos() // the doc comment says what the example shows
	}
	text := string(data[fset.Position(start).Offset:fset.Position(node.End()).Offset])
	// The markers are line comments (after the code they mark); the line
	// comment a marker is in may follow a bracket the node ends with, as in
	// import ( ... ).
	seen := map[string]bool{}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		code, cmt, ok := strings.Cut(line, "//")
		if !ok || !markerRE.MatchString(cmt) {
			continue
		}
		var names []string
		for _, m := range markerRE.FindAllStringSubmatch(cmt, -1) {
			if !seen[m[1]] {
				seen[m[1]] = true
				reported = append(reported, m[1])
			}
			names = append(names, m[1])
		}
		lines[i] = code + "// reported by " + strings.Join(uniq(names), ", ")
	}
	return strings.Join(lines, "\n"), reported, nil
}

func uniq(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || s[i-1] != x {
			out = append(out, x)
		}
	}
	return out
}

// funcName names a function declaration as Examples do: "Name", "(*T).Name"
// or "(T).Name".
func funcName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return d.Name.Name
	}
	t := d.Recv.List[0].Type
	star := ""
	if s, ok := t.(*ast.StarExpr); ok {
		star, t = "*", s.X
	}
	switch x := t.(type) {
	case *ast.IndexExpr:
		t = x.X
	case *ast.IndexListExpr:
		t = x.X
	}
	id, _ := t.(*ast.Ident)
	if id == nil {
		return d.Name.Name
	}
	return "(" + star + id.Name + ")." + d.Name.Name
}

// RuleDoc renders the documentation page docs/NAME.md of analyzer e: its
// summary and metadata, the attack, the documentation of doc.go, examples
// taken from the end-to-end modules under root (the repository root), its
// flags, what it deliberately does not report, and how to suppress a
// finding. It fails if an example is gone or no longer shows what it
// should (Bad reported by this analyzer only, Good by none).
func RuleDoc(root string, e Entry) (string, error) {
	m, a := e.Meta, e.Analyzer
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	w("<!-- Generated from passes/%s/doc.go, internal/meta and the end-to-end test modules by\n", m.Name)
	w("     go test ./analyzers -run TestRuleDocs -update\n     Do not edit: TestRuleDocs fails when this page is stale. -->\n\n")
	w("# %s\n\n", m.Name)
	w("%s%s.\n\n", strings.ToUpper(m.Summary[:1]), m.Summary[1:])
	w("| | |\n|---|---|\n")
	w("| Severity | %s (SARIF `security-severity` %s) |\n", m.Severity, m.Severity.SecuritySeverity())
	w("| Precision | %s |\n", m.Precision)
	var cwes []string
	for _, id := range m.CWE {
		name := meta.CWEName(id)
		if name == "" {
			return "", fmt.Errorf("%s: CWE-%d has no name in internal/meta", m.Name, id)
		}
		cwes = append(cwes, fmt.Sprintf("[CWE-%d](%s): %s", id, meta.CWEURL(id), name))
	}
	w("| CWE | %s |\n", strings.Join(cwes, "<br>"))
	w("| Package | `github.com/tokenvet/tokenvet/passes/%s` (`%s.Analyzer`) |\n", m.Name, m.Name)
	w("| Run alone | `tokenvet -%s ./...` |\n\n", m.Name)

	if m.Attack == "" {
		return "", fmt.Errorf("%s: no attack in internal/meta", m.Name)
	}
	w("## Why\n\n%s\n\n", m.Attack)

	// The documentation of doc.go without its summary line, which is above.
	_, body, _ := strings.Cut(m.Doc, "\n")
	var p comment.Parser
	d := p.Parse(strings.TrimSpace(body))
	pr := comment.Printer{HeadingLevel: 3}
	w("## What it reports\n\n%s\n", bytes.TrimSpace(pr.Markdown(d)))

	examples := Examples[m.Name]
	if len(examples) == 0 {
		return "", fmt.Errorf("%s: no examples in analyzers.Examples", m.Name)
	}
	w("\n## Examples\n\n")
	w("Taken from the end-to-end test modules, which are compiled against the real libraries;\n")
	w("`// reported by %s` marks the line of a finding, as checked by cmd/tokenvet's end-to-end test.\n", m.Name)
	for _, ex := range examples {
		goodFile := ex.GoodFile
		if goodFile == "" {
			goodFile = ex.File
		}
		bad, reported, err := ExampleSource(root, ex.File, ex.Bad)
		if err != nil {
			return "", fmt.Errorf("%s: example %q: %v", m.Name, ex.Title, err)
		}
		if len(reported) != 1 || reported[0] != m.Name {
			return "", fmt.Errorf("%s: example %q: %s %s is reported by %v, want only %s", m.Name, ex.Title, ex.File, ex.Bad, reported, m.Name)
		}
		good, reported, err := ExampleSource(root, goodFile, ex.Good)
		if err != nil {
			return "", fmt.Errorf("%s: example %q: %v", m.Name, ex.Title, err)
		}
		if len(reported) != 0 {
			return "", fmt.Errorf("%s: example %q: near miss %s %s is reported by %v, want none", m.Name, ex.Title, goodFile, ex.Good, reported)
		}
		w("\n### Bad: %s\n\n", ex.Title)
		w("From [%s](../%s), %s:\n\n```go\n%s\n```\n\n", ex.File, ex.File, declName(ex.Bad), bad)
		w("Good, not reported: from [%s](../%s), %s:\n\n```go\n%s\n```\n", goodFile, goodFile, declName(ex.Good), good)
	}

	w("\n## Flags\n\n")
	n := 0
	a.Flags.VisitAll(func(f *flag.Flag) {
		if n == 0 {
			w("| flag | default | meaning |\n|---|---|---|\n")
		}
		n++
		def := f.DefValue
		if def == "" {
			def = `""`
		}
		w("| `-%s.%s` | `%s` | %s |\n", m.Name, f.Name, def, strings.ReplaceAll(f.Usage, "|", `\|`))
	})
	if n == 0 {
		w("None.\n")
	} else {
		w("\nOn the command line as above; in a configuration file (`-config`, or the golangci-lint plugin's\n")
		w("`settings`) as `analyzers: {%s: {FLAG: VALUE}}`.\n", m.Name)
	}

	w("\n## Deliberately not reported\n\n")
	w("Precision comes first: a false finding costs more than a missed one. From the documentation above:\n\n")
	notes := notReported(d)
	if len(notes) == 0 {
		return "", fmt.Errorf("%s: doc.go says nothing about what is not reported", m.Name)
	}
	for _, s := range notes {
		w("- %s\n", s)
	}

	w("\n## Suppressing a finding\n\n")
	w("On the line of the finding, or on the line above it, with the reason after ` -- ` (required: a\n")
	w("directive without one suppresses nothing):\n\n")
	w("```go\n//tokenvet:ignore %s -- why this finding does not apply here\n```\n\n", m.Name)
	other := "jwtclaims"
	if m.Name == other {
		other = "jwtverify"
	}
	w("Several analyzers are separated by commas (`//tokenvet:ignore %s,%s -- reason`), and `all`\n", m.Name, other)
	w("names every analyzer. A malformed directive next to a finding (no reason, `-` for `--`, an\n")
	w("unknown or misspelled name) is reported with the correct form, and so is a directive naming %s\n", m.Name)
	w("that suppresses nothing (never one naming `all`). The directive works in every integration (the tokenvet command,\n")
	w("`go vet -vettool`, golangci-lint, nogo); under golangci-lint, `//nolint:tokenvet // reason` works too.\n")
	w("To turn the analyzer off, run `tokenvet -%s=false ./...` or list it under `disable:` in the\n", m.Name)
	w("configuration.\n")
	return b.String(), nil
}

// declName renders an Example's declaration for the page.
func declName(decl string) string {
	if decl == "import" {
		return "its imports"
	}
	return "`func " + decl + "`"
}

// notReported returns the sentences of the documentation d that say what
// is not reported ("not reported", "not checked", "only ... reported"), in
// order.
func notReported(d *comment.Doc) []string {
	var out []string
	add := func(text []comment.Text) {
		for _, s := range sentences(plain(text)) {
			l := strings.ToLower(s)
			if strings.Contains(l, "not reported") || strings.Contains(l, "not checked") ||
				strings.Contains(l, "nothing is reported") ||
				strings.Contains(l, "only") && strings.Contains(l, "reported") {
				out = append(out, mdEscaper.Replace(s))
			}
		}
	}
	for _, blk := range d.Content {
		switch blk := blk.(type) {
		case *comment.Paragraph:
			add(blk.Text)
		case *comment.List:
			for _, item := range blk.Items {
				for _, c := range item.Content {
					if p, ok := c.(*comment.Paragraph); ok {
						add(p.Text)
					}
				}
			}
		}
	}
	return out
}

// mdEscaper escapes plain text for Markdown.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`)

// plain renders doc comment text as one line of plain text.
func plain(text []comment.Text) string {
	var b strings.Builder
	var walk func([]comment.Text)
	walk = func(text []comment.Text) {
		for _, t := range text {
			switch t := t.(type) {
			case comment.Plain:
				b.WriteString(string(t))
			case comment.Italic:
				b.WriteString(string(t))
			case *comment.Link:
				walk(t.Text)
			case *comment.DocLink:
				walk(t.Text)
			}
		}
	}
	walk(text)
	return strings.Join(strings.Fields(b.String()), " ")
}

// sentences splits text after a period followed by a space and a letter
// (not after "e.g." or "i.e."): a sentence of doc.go may begin with an
// identifier such as golang-jwt.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(text); i++ {
		if text[i] != '.' || text[i+1] != ' ' || !unicode.IsLetter(rune(text[i+2])) {
			continue
		}
		if strings.HasSuffix(text[:i], "e.g") || strings.HasSuffix(text[:i], "i.e") {
			continue
		}
		out = append(out, strings.TrimSpace(text[start:i+1]))
		start = i + 2
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}
