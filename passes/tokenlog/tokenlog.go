package tokenlog

import (
	_ "embed"
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/textproto"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

//go:embed doc.go
var doc string

// Meta is tokenlog's metadata: CWE-532, Insertion of Sensitive Information
// into Log File.
var Meta = meta.New("tokenlog", doc, meta.Error, 532)

// Analyzer is the tokenlog analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{flow.Analyzer},
	Run:      suppress.Run(run),
}

func init() {
	Analyzer.Flags.Var(&redactFlag{apply: true}, "redact",
		"comma-separated full names of redaction functions or methods whose results carry no secret "+
			"(example.com/x/log.Redact, (*example.com/x.Masker).Mask); may be repeated")
}

// redactFlag is the -redact flag: each name it is set to becomes a
// sanitizer of the flow model. A probe (the configuration's validity
// check sets a zero copy) only checks the names.
type redactFlag struct {
	names []string
	apply bool
}

func (f *redactFlag) String() string {
	if f == nil {
		return ""
	}
	return strings.Join(f.names, ",")
}

func (f *redactFlag) Set(s string) error {
	var names []string
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !validFullName(n) {
			return fmt.Errorf("want full names of functions or methods such as example.com/x/log.Redact or (*example.com/x.Masker).Mask, not %q", n)
		}
		names = append(names, n)
	}
	if len(names) == 0 {
		return errors.New("want full names of functions or methods such as example.com/x/log.Redact")
	}
	f.names = append(f.names, names...)
	if f.apply {
		for _, n := range names {
			model.AddSanitizer(n)
		}
	}
	return nil
}

// validFullName reports whether n has the shape of a types.Func full
// name: path.Func, (path.T).M or (*path.T).M.
func validFullName(n string) bool {
	if strings.ContainsAny(n, " \t") {
		return false
	}
	if rest, ok := strings.CutPrefix(n, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		recv = strings.TrimPrefix(recv, "*")
		return ok && method != "" && !strings.ContainsAny(method, ".()") && validFullName(recv)
	}
	i := strings.LastIndex(n, ".")
	return i > 0 && i < len(n)-1 && !strings.ContainsAny(n[i+1:], "/()")
}

// reported are the labels tokenlog reports: every secret but the token
// endpoint's error body, which holds the error one logs.
const reported = model.Secret &^ model.ErrorBody

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[flow.Analyzer].(*flow.Result)
	if !res.Built() || testSupport(pass.Pkg) {
		return nil, nil
	}
	command := isCommand(pass.Pkg)
	done := make(map[string]bool) // one finding per line
	for _, f := range res.Flows {
		l := f.Label & reported
		if l == 0 || !logKind(f.Kind) {
			continue
		}
		if f.Kind == model.StdoutSink && command {
			continue // a command's output (see doc.go)
		}
		if astutil.InTestFile(pass, f.Pos) || inTestFunc(f.Fn) {
			continue
		}
		p := pass.Fset.Position(f.Pos)
		k := fmt.Sprintf("%s:%d", p.Filename, p.Line)
		if done[k] {
			continue
		}
		done[k] = true
		header := ""
		if l.First() == model.AuthHeader {
			header = headerName(pass, f.Source)
		}
		d := analysis.Diagnostic{Pos: f.Pos, Message: message(f, l, header)}
		if f.Source.IsValid() && f.Source != f.Pos {
			come := "comes"
			if l.First() == model.Headers {
				come = "come"
			}
			what := l.First().String()
			if header != "" {
				what = header + " header"
			}
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: f.Source, Message: "the " + what + " " + come + " from here"})
		}
		if f.Via.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: f.Via, Message: "reaches " + f.Sink + " here"})
		}
		suppress.Report(pass, d)
	}
	return nil, nil
}

// headerName returns the credential header a source call at pos (its
// left parenthesis) looks up, in canonical form ("Cookie",
// "Proxy-Authorization"), or "".
func headerName(pass *analysis.Pass, pos token.Pos) string {
	name := ""
	for _, file := range pass.Files {
		if !(file.FileStart <= pos && pos < file.FileEnd) {
			continue
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || name != "" {
				return name == ""
			}
			if call.Lparen != pos {
				return true
			}
			for _, a := range call.Args {
				tv := pass.TypesInfo.Types[a]
				if tv.Value != nil && tv.Value.Kind() == constant.String {
					if k := constant.StringVal(tv.Value); model.HeaderKeyLabel(k) != 0 {
						name = textproto.CanonicalMIMEHeaderKey(k)
					}
				}
			}
			return false
		})
	}
	return name
}

// logKind reports whether tokenlog reports values reaching sinks of kind k.
func logKind(k model.SinkKind) bool {
	switch k {
	case model.LogSink, model.StdoutSink, model.StderrSink, model.ErrorSink, model.ResponseErrorSink, model.PanicSink:
		return true
	}
	return false
}

// subject names what reaches the sink, for the message.
func subject(l model.Label) string {
	switch l.First() {
	case model.Headers:
		return "request headers (Authorization included)"
	case model.TokenStruct:
		return "a whole *oauth2.Token"
	case model.AuthHeader:
		return "the Authorization header"
	case model.QueryToken:
		return "a bearer token from the URL query"
	}
	return l.First().String()
}

func message(f *flow.Flow, l model.Label, header string) string {
	what := subject(l)
	if header != "" {
		what = "the " + header + " header"
	}
	verb := "reaches"
	if l.First() == model.Headers {
		verb = "reach"
	}
	sink := f.Sink
	if f.Via.IsValid() && f.Callee != nil {
		sink += " through " + funcName(f.Callee)
	}
	switch f.Kind {
	case model.StdoutSink, model.StderrSink:
		return fmt.Sprintf("%s %s %s: print a redacted form (a hash prefix or the length), not the token", what, verb, sink)
	case model.ErrorSink:
		return fmt.Sprintf("%s %s %s: error messages end up in logs and responses; leave the token out of the error", what, verb, sink)
	case model.ResponseErrorSink:
		return fmt.Sprintf("%s %s %s: the error body goes to the client and its proxies' logs; write a fixed message", what, verb, sink)
	case model.PanicSink:
		return fmt.Sprintf("%s %s panic: the panic value is printed with the crash; panic with a message without the token", what, verb)
	}
	return fmt.Sprintf("%s %s %s: log a redacted form (a hash prefix or the length), not the token", what, verb, sink)
}

// testSupport reports whether pkg is test support code by Go's naming
// convention: a package named like httptest, iotest (…test), tests,
// testutil or testutils.
func testSupport(pkg *types.Package) bool {
	name := pkg.Name()
	return strings.HasSuffix(name, "test") || name == "tests" || name == "testutil" || name == "testutils"
}

// isCommand reports whether pkg is a command: package main, or a package
// under a cmd directory (an import path with a "cmd" element).
func isCommand(pkg *types.Package) bool {
	if pkg.Name() == "main" {
		return true
	}
	for _, el := range strings.Split(pkg.Path(), "/") {
		if el == "cmd" {
			return true
		}
	}
	return false
}

// inTestFunc reports whether fn, or a function it is nested in, takes a
// parameter of package testing.
func inTestFunc(fn *ssa.Function) bool {
	for ; fn != nil; fn = fn.Parent() {
		if astutil.TakesTesting(fn.Signature) {
			return true
		}
	}
	return false
}

// funcName names a function for messages: pkg.F or T.M.
func funcName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}
