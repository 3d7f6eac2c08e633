package tokenstorage

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// viperInstance names a configuration: the global one (nil) or the
// variable or field holding a *viper.Viper.
type viperInstance struct{ obj types.Object }

// viper checks configurations of the package that hold a token (set with
// viper.Set) and are written to a file (WriteConfig and its variants)
// without SetConfigPermissions narrowing viper's default mode 0644.
func (a *analyzer) viper(fns []fnBody) {
	type setAt struct {
		file *ast.File
		e    ast.Expr
		l    model.Label
	}
	sets := make(map[viperInstance]setAt)
	protected := make(map[viperInstance]bool)
	type write struct {
		inst viperInstance
		call *ast.CallExpr
		fn   *types.Func
	}
	var writes []write
	for _, fb := range fns {
		a.eachCall(fb.decl.Body, func(call *ast.CallExpr, fn *types.Func) {
			role, method := model.LookupConfig(fn)
			if role == 0 {
				return
			}
			inst := viperInstance{}
			if method {
				sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
				if !ok {
					return
				}
				inst.obj = a.objOf(sel.X)
				if inst.obj == nil {
					return
				}
			}
			switch role {
			case model.ConfigSet:
				if len(call.Args) == 2 {
					if l := a.label(fb.file, call.Args[1]); l != 0 {
						if _, ok := sets[inst]; !ok {
							sets[inst] = setAt{fb.file, call.Args[1], l}
						}
					}
				}
			case model.ConfigPerm:
				if m, ok := a.modeConst(call, 0); !ok || m&readableByOthers == 0 {
					protected[inst] = true
				}
			case model.ConfigWrite:
				writes = append(writes, write{inst, call, fn})
			}
		})
	}
	for _, w := range writes {
		s, ok := sets[w.inst]
		if !ok || protected[w.inst] {
			continue
		}
		a.report(analysis.Diagnostic{
			Pos: w.call.Pos(), End: w.call.End(),
			Message: fmt.Sprintf("%s writes a configuration holding a token (%s) with viper's default mode %#o, readable by other users; call SetConfigPermissions(0o600) first",
				model.DisplayName(w.fn), s.l.First(), model.ConfigDefaultPerm()),
			Related: []analysis.RelatedInformation{{Pos: s.e.Pos(), Message: "the token is set in the configuration here"}},
		})
	}
}
