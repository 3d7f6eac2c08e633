package jwtleeway

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/flagx"
	"github.com/tokenvet/tokenvet/internal/flow"
	"github.com/tokenvet/tokenvet/internal/keysource"
	"github.com/tokenvet/tokenvet/internal/lazyinspect"
	"github.com/tokenvet/tokenvet/internal/meta"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/resolve"
	"github.com/tokenvet/tokenvet/internal/suppress"
	"github.com/tokenvet/tokenvet/internal/variant"
)

//go:embed doc.go
var doc string

// Meta is jwtleeway's metadata: CWE-613, Insufficient Session Expiration.
var Meta = meta.New("jwtleeway", doc, meta.Warning, 613)

// Analyzer is the jwtleeway analyzer.
var Analyzer = &analysis.Analyzer{
	Name:     Meta.Name,
	Doc:      Meta.Doc,
	URL:      Meta.URL,
	Requires: []*analysis.Analyzer{lazyinspect.Analyzer, resolve.Analyzer, flow.Analyzer},
	Run:      suppress.Run(run),
}

// maxLeeway is the -max flag: leeway above it is reported.
var maxLeeway time.Duration

func init() {
	flagx.DurationVar(&Analyzer.Flags, &maxLeeway, "max", 5*time.Minute, "report clock-skew leeway above this `duration`")
}

// suggestedLeeway is the leeway the fix for a zero leeway writes: 30
// seconds is the common choice (enough for NTP-synchronised clocks, short
// next to any token lifetime).
const suggestedLeeway = "30*time.Second"

func run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || variant.Skip(pass) {
		return nil, nil
	}
	if !model.ImportsTokenLibrary(pass.Pkg) {
		return nil, nil
	}
	r := pass.ResultOf[resolve.Analyzer].(*resolve.Resolver)
	a := &analyzer{
		pass:     pass,
		facts:    pass.ResultOf[flow.Analyzer].(*flow.Result).Facts(),
		insp:     lazyinspect.Of(pass),
		resolver: r,
		keys:     keysource.New(pass, r),
	}
	a.collectParses()
	a.check()
	return nil, nil
}

// The values of a package's time.Duration variables travel in the flow
// engine's one summary fact: the engine calls durations on every package.
func init() { flow.Register(Meta.Name, durations) }

// durations gives a summary with its value to each package-level variable
// of type time.Duration declared with a constant value and never assigned
// (or its address taken) elsewhere in the package, so that leeway read
// from a configuration package resolves. Only such variables get one, so
// packages without any cost one walk of their top-level declarations.
func durations(pass *analysis.Pass, _ *flow.Result) (map[types.Object]*flow.Summary, any) {
	cands := make(map[*types.Var]time.Duration)
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					v, ok := pass.TypesInfo.Defs[name].(*types.Var)
					if !ok || name.Name == "_" || !model.IsDuration(v.Type()) {
						continue
					}
					if d, ok := constDuration(pass.TypesInfo, vs.Values[i]); ok {
						cands[v] = d
					}
				}
			}
		}
	}
	if len(cands) == 0 {
		return nil, nil
	}
	astutil.DropAssigned(pass, cands)
	local := make(map[types.Object]*flow.Summary, len(cands))
	for v, d := range cands {
		local[v] = &flow.Summary{Var: &flow.VarSummary{Duration: d, IsDuration: true}}
	}
	return local, nil
}

// displayName renders a function as "jwt.WithLeeway" or
// "(jwt.Claims).ValidateWithLeeway" (messages start lower-case).
func displayName(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
			return fmt.Sprintf("(%s.%s).%s", n.Obj().Pkg().Name(), n.Obj().Name(), fn.Name())
		}
		return fn.Name()
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}
