package jwtleeway

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/tokenvet/tokenvet/internal/astutil"
	"github.com/tokenvet/tokenvet/internal/model"
	"github.com/tokenvet/tokenvet/internal/suppress"
)

// clockVerdict says what time a clock override yields.
type clockVerdict uint8

const (
	unknownClock clockVerdict = iota
	// nowClock: the current time (time.Now, time.Now().UTC(), a zero
	// time.Time, which go-jose reads as now).
	nowClock
	// shiftedClock: the current time moved (time.Now().Add(d)).
	shiftedClock
	// fixedClock: a fixed instant (time.Date, time.Unix).
	fixedClock
)

func (v clockVerdict) describe() string {
	switch v {
	case shiftedClock:
		return "a shifted clock"
	case fixedClock:
		return "a fixed time"
	}
	return "another clock"
}

// worse combines verdicts of alternative values: a shifted or fixed clock
// on any path wins over the current time, and a known answer over an
// unknown one.
func worse(a, b clockVerdict) clockVerdict {
	if a > b {
		return a
	}
	return b
}

func (a *analyzer) reportClock(e ast.Expr, name string, v clockVerdict) {
	if v != shiftedClock && v != fixedClock {
		return
	}
	suppress.Report(a.pass, analysis.Diagnostic{
		Pos: e.Pos(), End: e.End(),
		Message: fmt.Sprintf("%s replaces the validation clock with %s outside tests, so expired tokens can pass; use time.Now and express clock skew as a leeway",
			name, v.describe()),
	})
}

// classifyTime classifies an expression of type time.Time.
func (a *analyzer) classifyTime(e ast.Expr, depth int) clockVerdict {
	if depth > 5 {
		return unknownClock
	}
	e = ast.Unparen(e)
	info := a.pass.TypesInfo
	switch x := e.(type) {
	case *ast.CompositeLit:
		if len(x.Elts) == 0 {
			return nowClock // the zero time.Time: go-jose uses the current time
		}
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if fn == nil {
			// A call through a function value: clock().
			return a.classifyFunc(x.Fun, depth+1)
		}
		if tf := model.LookupTimeFunc(fn); tf != 0 {
			switch tf {
			case model.TimeNow:
				return nowClock
			case model.TimeFixed:
				return fixedClock
			case model.TimeOther:
				return unknownClock
			}
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return unknownClock
			}
			recv := a.classifyTime(sel.X, depth+1)
			switch tf {
			case model.TimeKeep:
				return recv
			case model.TimeShift:
				if recv == nowClock {
					for _, arg := range x.Args {
						if d, ok := constDuration(info, arg); !ok || d != 0 {
							return shiftedClock
						}
					}
					return nowClock
				}
				if recv == fixedClock {
					return fixedClock
				}
			}
			return unknownClock
		}
		if fd := a.resolver.FuncDecl(fn); fd != nil && !astutil.InTestFile(a.pass, fd.Pos()) {
			return a.classifyReturns(fd.Body, depth+1)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if _, ok := a.objectOf(x).(*types.Var); !ok {
			return unknownClock
		}
		vals, ok := a.resolver.Values(x)
		if !ok {
			return unknownClock
		}
		v := unknownClock
		for _, val := range vals {
			if astutil.InTestFile(a.pass, val.Pos()) {
				continue
			}
			v = worse(v, a.classifyTime(val, depth+1))
		}
		return v
	}
	return unknownClock
}

// classifyReturns classifies what a function body returns as time.
func (a *analyzer) classifyReturns(body *ast.BlockStmt, depth int) clockVerdict {
	if body == nil {
		return unknownClock
	}
	v := unknownClock
	for _, r := range astutil.Returns(body) {
		if len(r.Results) != 1 {
			continue
		}
		v = worse(v, a.classifyTime(r.Results[0], depth+1))
	}
	return v
}

// classifyFunc classifies a func() time.Time value: time.Now, a function
// literal or declared function and what it returns, or a variable holding
// one. Values assigned in _test.go files are ignored.
func (a *analyzer) classifyFunc(e ast.Expr, depth int) clockVerdict {
	if depth > 5 {
		return unknownClock
	}
	fns, _ := a.resolver.FuncValues(e)
	v := unknownClock
	for _, f := range fns {
		switch f := f.(type) {
		case *types.Func:
			if model.LookupTimeFunc(f) == model.TimeNow {
				v = worse(v, nowClock)
				continue
			}
			if fd := a.resolver.FuncDecl(f); fd != nil && !astutil.InTestFile(a.pass, fd.Pos()) {
				v = worse(v, a.classifyReturns(fd.Body, depth+1))
			}
		case *ast.FuncLit:
			if astutil.InTestFile(a.pass, f.Pos()) {
				continue
			}
			v = worse(v, a.classifyReturns(f.Body, depth+1))
		}
	}
	return v
}

// classifyClock classifies a jwx Clock: jwt.ClockFunc(f), or a value of a
// type of this package whose Now method says what time it is.
func (a *analyzer) classifyClock(e ast.Expr, depth int) clockVerdict {
	if depth > 5 {
		return unknownClock
	}
	e = ast.Unparen(e)
	info := a.pass.TypesInfo
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return a.classifyFunc(x.Args[0], depth+1)
		}
	case *ast.Ident, *ast.SelectorExpr:
		if _, ok := a.objectOf(x).(*types.Var); ok {
			vals, ok := a.resolver.Values(x)
			if ok && len(vals) > 0 {
				v := unknownClock
				for _, val := range vals {
					if !astutil.InTestFile(a.pass, val.Pos()) {
						v = worse(v, a.classifyClock(val, depth+1))
					}
				}
				return v
			}
		}
	}
	t := info.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return unknownClock
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, a.pass.Pkg, "Now")
	if m, ok := obj.(*types.Func); ok {
		if fd := a.resolver.FuncDecl(m); fd != nil && !astutil.InTestFile(a.pass, fd.Pos()) {
			return a.classifyReturns(fd.Body, depth+1)
		}
	}
	return unknownClock
}
