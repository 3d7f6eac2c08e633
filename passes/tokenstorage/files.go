package tokenstorage

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// readableByOthers are the permission bits beyond the owner's.
const readableByOthers = 0o077

// fileMode is the mode a file is written with, and where it was set.
type fileMode struct {
	mode uint32
	// at is the call that set the mode (the open or create call, or a
	// chmod after it); by names its function.
	at token.Pos
	by string
}

// files checks the writes of tokens to files in a function: os.WriteFile,
// and writes to a file the function creates or opens ((*os.File).Write,
// fmt.Fprint*, io.WriteString, json.NewEncoder(f).Encode, ...).
func (a *analyzer) files(fb fnBody) {
	a.eachCall(fb.decl.Body, func(call *ast.CallExpr, fn *types.Func) {
		data := a.writtenArgs(call, fn)
		if len(data) == 0 {
			return
		}
		var l model.Label
		var from ast.Expr
		for _, d := range data {
			if dl := a.label(fb.file, d); dl != 0 {
				l |= dl
				if from == nil {
					from = d
				}
			}
		}
		if l == 0 {
			return
		}
		m, ok := a.modeOf(fb, call, fn)
		if !ok || m.mode&readableByOthers == 0 {
			return
		}
		d := analysis.Diagnostic{
			Pos: call.Pos(), End: call.End(),
			Message: fmt.Sprintf("%s writes a token (%s) to a file with mode %#o (%s), readable by other users; use 0600",
				model.DisplayName(fn), l.First(), m.mode, m.by),
			Related: a.related(fb.file, from, l.First(), call.Pos()),
		}
		if m.at != call.Pos() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: m.at, Message: fmt.Sprintf("mode %#o set here", m.mode)})
		}
		a.report(d)
	})
}

// writtenArgs returns the arguments a call writes to a file or writer, or
// nil if it writes none.
func (a *analyzer) writtenArgs(call *ast.CallExpr, fn *types.Func) []ast.Expr {
	var idx []int
	if o := model.LookupFileOpen(fn); o != nil {
		if o.Data < 0 {
			return nil
		}
		idx = []int{o.Data}
	} else if s := model.LookupSink(fn); s != nil && s.Kind == model.FileSink {
		idx = s.Args
	} else if w := model.LookupWriter(fn); w != nil {
		if w.Data == nil {
			for i := range call.Args {
				if i != w.Writer {
					idx = append(idx, i)
				}
			}
		} else {
			idx = w.Data
		}
	} else {
		return nil
	}
	sig := fn.Signature()
	var out []ast.Expr
	for _, i := range idx {
		if sig.Variadic() && i == sig.Params().Len()-1 {
			if i < len(call.Args) {
				out = append(out, call.Args[i:]...)
			}
			continue
		}
		if i < len(call.Args) {
			out = append(out, call.Args[i])
		}
	}
	return out
}

// modeOf returns the mode of the file a writing call writes to, as set in
// the function: by the call itself (os.WriteFile), or by the open or
// create call of the file it writes to, then by chmod calls on the same
// name or file. ok is false when the file or a mode is not known.
func (a *analyzer) modeOf(fb fnBody, call *ast.CallExpr, fn *types.Func) (fileMode, bool) {
	var open *ast.CallExpr
	var openFn *types.Func
	var fileVar types.Object
	if o := model.LookupFileOpen(fn); o != nil {
		open, openFn = call, fn
	} else {
		var w ast.Expr
		if wr := model.LookupWriter(fn); wr != nil && wr.Writer >= 0 {
			if wr.Writer >= len(call.Args) {
				return fileMode{}, false
			}
			w = call.Args[wr.Writer]
		} else if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			w = sel.X
		} else {
			return fileMode{}, false
		}
		open, fileVar = a.openOf(fb.decl.Body, w, 0)
		if open == nil {
			return fileMode{}, false
		}
		openFn = a.callee(open)
	}
	o := model.LookupFileOpen(openFn)
	m := fileMode{at: open.Pos(), by: model.DisplayName(openFn)}
	if o.Perm < 0 {
		m.mode = o.Default
	} else {
		v, ok := a.modeConst(open, o.Perm)
		if !ok {
			return fileMode{}, false
		}
		m.mode = v
	}
	var name ast.Expr
	if o.Name >= 0 && o.Name < len(open.Args) {
		name = open.Args[o.Name]
	}
	// Chmod calls on the same file, in order: the last one wins.
	ok := true
	ast.Inspect(fb.decl.Body, func(n ast.Node) bool {
		c, isCall := n.(*ast.CallExpr)
		if !isCall || !ok {
			return ok
		}
		cfn := a.callee(c)
		if cfn == nil {
			return true
		}
		co := model.LookupFileOpen(cfn)
		if co == nil || !co.Chmod {
			return true
		}
		same := false
		if co.Name >= 0 {
			same = co.Name < len(c.Args) && name != nil && a.sameValue(c.Args[co.Name], name)
		} else if sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr); isSel && fileVar != nil {
			same = a.objOf(sel.X) == fileVar
		}
		if !same {
			return true
		}
		v, known := a.modeConst(c, co.Perm)
		if !known {
			ok = false
			return false
		}
		m = fileMode{mode: v, at: c.Pos(), by: model.DisplayName(cfn)}
		return true
	})
	return m, ok
}

// modeConst returns the constant permission bits of argument i of call.
func (a *analyzer) modeConst(call *ast.CallExpr, i int) (uint32, bool) {
	if i >= len(call.Args) {
		return 0, false
	}
	v := a.constOf(call.Args[i])
	if v == nil || v.Kind() != constant.Int {
		return 0, false
	}
	u, ok := constant.Uint64Val(v)
	if !ok {
		return 0, false
	}
	return uint32(u) & 0o777, true
}

// sameValue reports whether two expressions denote the same file name:
// the same variable, or equal constants.
func (a *analyzer) sameValue(x, y ast.Expr) bool {
	if cx, cy := a.constOf(x), a.constOf(y); cx != nil && cy != nil {
		return cx.Kind() == cy.Kind() && constant.Compare(cx, token.EQL, cy)
	}
	ox, oy := a.objOf(x), a.objOf(y)
	return ox != nil && ox == oy
}

// openOf returns the call that created or opened the file e writes to
// (through writer wrappers such as json.NewEncoder and bufio.NewWriter,
// and local variables assigned once), and the variable holding the file.
func (a *analyzer) openOf(body ast.Node, e ast.Expr, depth int) (*ast.CallExpr, types.Object) {
	if depth > 8 {
		return nil, nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := a.callee(e)
		if fn == nil {
			return nil, nil
		}
		if i := model.WriterWrap(fn); i >= 0 && i < len(e.Args) {
			return a.openOf(body, e.Args[i], depth+1)
		}
		if o := model.LookupFileOpen(fn); o != nil && !o.Chmod && o.Data < 0 {
			return e, nil
		}
	case *ast.Ident:
		obj, ok := a.objOf(e).(*types.Var)
		if !ok || obj.Parent() == nil || obj.Parent() == a.pass.Pkg.Scope() {
			return nil, nil
		}
		as := a.assignsTo(body, obj)
		if len(as) != 1 || as[0].RHS == nil {
			return nil, nil
		}
		rhs, ok := ast.Unparen(as[0].RHS).(*ast.CallExpr)
		if !ok || as[0].Index != 0 {
			return nil, nil
		}
		open, fv := a.openOf(body, rhs, depth+1)
		if fv == nil {
			fv = obj
		}
		return open, fv
	}
	return nil, nil
}
