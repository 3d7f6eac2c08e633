// Package model is tokenvet's knowledge of the token libraries it understands:
// which functions parse without verifying a signature, which verify, which
// options and struct fields change that, which errors mean what, and which
// packages are deprecated. Every pass asks this package; no pass spells a
// library's import path itself.
//
// Matching is on resolved objects: a function is identified by the
// (*types.Func).FullName of its generic origin, with any vendor prefix of its
// package path removed, so import aliases, dot-imports, method values,
// generic instantiations and vendored copies all resolve to the same entry.
package model

import (
	"go/types"
	"strings"
)

// CanonicalPath returns an import path with any vendor directory prefix
// removed: "example.com/m/vendor/github.com/golang-jwt/jwt/v5" and
// "vendor/github.com/golang-jwt/jwt/v5" both become
// "github.com/golang-jwt/jwt/v5".
func CanonicalPath(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	if rest, ok := strings.CutPrefix(path, "vendor/"); ok {
		return rest
	}
	return path
}

// IsTokenPackage reports whether the import path (canonicalized) belongs to a
// modelled token library (net/http excluded: it is everywhere).
func IsTokenPackage(path string) bool {
	return LibraryOf(CanonicalPath(path)) != nil
}

// ImportsTokenLibrary reports whether pkg directly imports a package of a
// modelled token library. Passes use it to return at once from packages that
// have nothing to do with tokens.
func ImportsTokenLibrary(pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	for _, imp := range pkg.Imports() {
		if IsTokenPackage(imp.Path()) {
			return true
		}
	}
	return false
}

// FuncName returns the canonical full name of fn: the FullName of its generic
// origin with vendor prefixes removed, e.g.
// "(*github.com/golang-jwt/jwt/v5.Parser).ParseUnverified".
// It returns "" for nil, for builtins and for functions in packages that are
// not modelled libraries (cheap early exit for the common case).
func FuncName(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	fn = fn.Origin()
	path := fn.Pkg().Path()
	canon := CanonicalPath(path)
	if LibraryOf(canon) == nil {
		return ""
	}
	name := fn.FullName()
	if canon != path {
		name = strings.ReplaceAll(name, path, canon)
	}
	return name
}

// ObjectName returns the canonical "path.Name" of a package-level object
// (variable, constant, type), or "" if it is not in a modelled library.
func ObjectName(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	canon := CanonicalPath(obj.Pkg().Path())
	if LibraryOf(canon) == nil {
		return ""
	}
	return canon + "." + obj.Name()
}

// TypeName returns the canonical "path.Name" of the named type underlying t
// (through one pointer), or "" if t is not a named type of a modelled
// library.
func TypeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return ""
	}
	return ObjectName(n.Origin().Obj())
}
