package suppress

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// FuzzDirective checks the directive parser on arbitrary comment text: it
// never panics, accepts only directives with the prefix and a reason,
// Check agrees with it, and Suppressed agrees with it for a finding on the
// line below the comment.
//
//	go test -fuzz=FuzzDirective ./internal/suppress
func FuzzDirective(f *testing.F) {
	for _, seed := range []string{
		"//tokenvet:ignore jwtverify -- verified upstream",
		"//tokenvet:ignore jwtverify,jwtlib -- reason",
		"//tokenvet:ignore all -- generated",
		"//tokenvet:ignore jwtverify",
		"//tokenvet:ignore jwtverify --  ",
		"//tokenvet:ignore -- no names",
		"//tokenvet:ignore , ,jwtverify ,-- a -- b",
		"// tokenvet:ignore jwtverify -- x",
		"//lint:ignore SA1019 x",
		"//tokenvet:ignore \vjwtverify -- x",
		"//tokenvet: ignore jwtverify -- x",
		"//tokenvet:ignore jwtleway -- x",
		"//tokenvet:ignore jwtverify - reason",
		"//tokenvet:ignore \u00a0jwtverify\u2028 -- \xff",
		"",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		names, ok := parse(text)
		if ok {
			if !strings.HasPrefix(text, prefix) || len(names) == 0 {
				t.Fatalf("parse(%q) = %q, true", text, names)
			}
			for _, n := range names {
				if strings.Contains(n, "--") {
					t.Fatalf("parse(%q): name %q holds the reason separator", text, n)
				}
			}
		}
		matches(names, "jwtverify")

		// A directive that suppresses with only valid names is not reported
		// as malformed; one that does not suppress and looks like a
		// directive is.
		msg := Check(text, "jwtverify")
		if ok {
			valid := len(names.known()) > 0
			for _, n := range names.known() {
				valid = valid && known(n, "jwtverify")
			}
			if valid && msg != "" {
				t.Fatalf("Check(%q) = %q for a valid directive", text, msg)
			}
		} else if strings.HasPrefix(text, prefix) && msg == "" {
			t.Fatalf("Check(%q) = \"\" for a directive that suppresses nothing", text)
		}

		// The same text as a line comment above a declaration.
		if !strings.HasPrefix(text, "//") || strings.ContainsAny(text, "\r\n") {
			return
		}
		src := "package p\n\n" + text + "\nvar x = 1\n"
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		if err != nil || len(file.Comments) != 1 || len(file.Comments[0].List) != 1 || file.Comments[0].List[0].Text != text {
			return // e.g. text holds "*/" or a NUL
		}
		x := file.Decls[0].(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Names[0]
		pass := &analysis.Pass{
			Analyzer: &analysis.Analyzer{Name: "jwtverify"},
			Fset:     fset,
			Files:    []*ast.File{file},
		}
		if got, want := Suppressed(pass, x.Pos()), ok && matches(names, "jwtverify"); got != want {
			t.Fatalf("Suppressed under %q = %v, want %v", text, got, want)
		}
	})
}
