package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/flagx"
)

// Test-only analyzers, built afresh for each run so that flag values do not
// leak between in-process runs.
//
//   - marker reports calls of the functions named by -marker.funcs
//     (default Bad), with the callee's declaration as related information
//     and a fix that renames the call to -marker.good (default Good);
//   - named reports identifiers named by -named.names (default Helper);
//   - wrapper exports a fact on functions that call -wrapper.callee
//     (default Bad), directly or through a function of another package
//     carrying the fact, and reports calls of functions of other packages
//     that carry it;
//   - fails fails on the package named by -fails.pkg (default none); its
//     -fails.after takes a flagx.Duration.
func testAnalyzers() []*analysis.Analyzer {
	marker := &analysis.Analyzer{
		Name: "marker",
		Doc:  "report calls of marked functions\n\nThe marked functions are named by -funcs.",
	}
	funcs := marker.Flags.String("funcs", "Bad", "comma-separated names of the functions to report calls of")
	good := marker.Flags.String("good", "Good", "the text the fix replaces the callee's name with")
	marker.Run = func(pass *analysis.Pass) (any, error) {
		names := strings.Split(*funcs, ",")
		inspectCalls(pass, func(call *ast.CallExpr, fn *types.Func) {
			if !slices.Contains(names, fn.Name()) {
				return
			}
			id := calleeIdent(call)
			pass.Report(analysis.Diagnostic{
				Pos:     call.Pos(),
				End:     call.End(),
				Message: "call of " + fn.Name(),
				Related: []analysis.RelatedInformation{{Pos: fn.Pos(), Message: fn.Name() + " declared here"}},
				SuggestedFixes: []analysis.SuggestedFix{{
					Message:   "call Good instead",
					TextEdits: []analysis.TextEdit{{Pos: id.Pos(), End: id.End(), NewText: []byte(*good)}},
				}},
			})
		})
		return nil, nil
	}

	named := &analysis.Analyzer{Name: "named", Doc: "report identifiers with given names"}
	names := named.Flags.String("names", "Helper", "comma-separated identifiers to report")
	files := named.Flags.Bool("files", false, "say how many files the package has (a test variant has more)")
	named.Run = func(pass *analysis.Pass) (any, error) {
		list := strings.Split(*names, ",")
		suffix := ""
		if *files {
			suffix = fmt.Sprintf(" in a package of %d files", len(pass.Files))
		}
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && slices.Contains(list, id.Name) {
					pass.ReportRangef(id, "identifier %s%s", id.Name, suffix)
				}
				return true
			})
		}
		return nil, nil
	}

	wrapper := &analysis.Analyzer{
		Name:      "wrapper",
		Doc:       "report calls of functions of other packages that call Bad",
		FactTypes: []analysis.Fact{new(callsBad)},
	}
	callee := wrapper.Flags.String("callee", "Bad", "name of the function whose callers get a fact")
	wrapper.Run = func(pass *analysis.Pass) (any, error) {
		hasFact := func(fn *types.Func) bool {
			return fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, new(callsBad))
		}
		for _, f := range pass.Files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				calls := false
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok {
							calls = calls || fn.Name() == *callee || hasFact(fn)
						}
					}
					return true
				})
				if calls {
					pass.ExportObjectFact(pass.TypesInfo.Defs[fd.Name], new(callsBad))
				}
			}
		}
		inspectCalls(pass, func(call *ast.CallExpr, fn *types.Func) {
			if hasFact(fn) {
				pass.ReportRangef(call, "call of %s.%s, which calls %s", fn.Pkg().Name(), fn.Name(), *callee)
			}
		})
		return nil, nil
	}

	fails := &analysis.Analyzer{Name: "fails", Doc: "fail on a package"}
	failPkg := fails.Flags.String("pkg", "", "name of the package to fail on")
	var after time.Duration // unused: a flag whose value is checked
	flagx.DurationVar(&fails.Flags, &after, "after", 0, "fail after this long")
	fails.Run = func(pass *analysis.Pass) (any, error) {
		if pass.Pkg.Name() == *failPkg {
			return nil, errors.New("boom in " + pass.Pkg.Name())
		}
		return nil, nil
	}

	return []*analysis.Analyzer{marker, named, wrapper, fails}
}

type callsBad struct{}

func (*callsBad) AFact()         {}
func (*callsBad) String() string { return "callsBad" }

// inspectCalls calls f for each call of a function or method in the files of
// pass.
func inspectCalls(pass *analysis.Pass, f func(*ast.CallExpr, *types.Func)) {
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if fn, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Func); ok {
					f(call, fn)
				}
			}
			return true
		})
	}
}

// calleeIdent returns the identifier naming the function called by call.
func calleeIdent(call *ast.CallExpr) *ast.Ident {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun
	case *ast.SelectorExpr:
		return fun.Sel
	}
	panic(fmt.Sprintf("unexpected callee %T", call.Fun))
}
