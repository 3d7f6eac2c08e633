// Package lazyinspect provides an analyzer whose result gives a package's
// inspector (golang.org/x/tools/go/ast/inspector), built on first use.
//
// x/tools' inspect analyzer builds the inspector of every package before
// the passes that require it run, and the checker keeps every result until
// the end of the run: on a large module that is tens of megabytes of
// inspectors for packages that use no token library, where tokenvet's
// passes return before looking at the syntax. Passes require this
// analyzer instead and ask for the inspector only once they know the
// package is theirs; the passes of one package share it.
package lazyinspect

import (
	"go/ast"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Analyzer's result is a *Lazy.
var Analyzer = &analysis.Analyzer{
	Name:             "tokeninspect",
	Doc:              "gives the package's AST inspector, built on first use (reports nothing)",
	Run:              run,
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*Lazy](),
}

// Lazy builds a package's inspector on first use. It is safe for
// concurrent use by the passes of the package.
type Lazy struct {
	once  sync.Once
	files []*ast.File
	insp  *inspector.Inspector
}

// Inspector returns the package's inspector, building it on first use.
func (l *Lazy) Inspector() *inspector.Inspector {
	l.once.Do(func() {
		l.insp = inspector.New(l.files)
		l.files = nil
	})
	return l.insp
}

func run(pass *analysis.Pass) (any, error) {
	return &Lazy{files: pass.Files}, nil
}

// Of returns the inspector of pass's package: pass's analyzer must
// require Analyzer.
func Of(pass *analysis.Pass) *inspector.Inspector {
	return pass.ResultOf[Analyzer].(*Lazy).Inspector()
}
