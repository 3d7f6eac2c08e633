// Package gomod finds and reads the go.mod file of the module an analyzed
// package belongs to, to learn which version of a dependency it requires.
//
// An analysis pass knows only its own module (analysis.Pass.Module); the
// versions of the modules it imports are in its go.mod. This package keeps no
// state between calls: a pass that needs the file several times keeps the
// *File itself.
package gomod

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/mod/modfile"
)

// File is a parsed go.mod file.
type File struct {
	Path string // file name of the go.mod
	Data []byte // its contents
	mod  *modfile.File
}

// Find returns the go.mod file of module modulePath that governs dir: the
// nearest go.mod at or above dir, provided its module line is modulePath. It
// returns nil if modulePath is empty, if there is no go.mod above dir, or if
// the nearest one belongs to another module (a file generated outside the
// module, e.g. by cgo, or a build system that is not the go command).
func Find(dir, modulePath string) *File {
	if modulePath == "" || dir == "" {
		return nil
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	for {
		name := filepath.Join(dir, "go.mod")
		if data, err := os.ReadFile(name); err == nil {
			if modfile.ModulePath(data) != modulePath {
				return nil
			}
			f, err := Parse(name, data)
			if err != nil {
				return nil
			}
			return f
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil
		}
		dir = parent
	}
}

// Parse parses the contents of a main module's go.mod file. (ParseLax, meant
// for the go.mod files of dependencies, would ignore replace directives.)
func Parse(name string, data []byte) (*File, error) {
	mod, err := modfile.Parse(name, data, nil)
	if err != nil {
		return nil, err
	}
	return &File{Path: name, Data: data, mod: mod}, nil
}

// Requirement is the version of a module that a go.mod requires.
type Requirement struct {
	Module  string // module path, e.g. "github.com/golang-jwt/jwt/v4"
	Version string // version after replacements, e.g. "v4.5.0"
	Line    int    // 1-based line of the directive that sets the version (require or replace)
	Offset  int    // byte offset of that directive in the file
}

// Lookup returns the requirement of the module that provides the package
// importPath: the require directive whose module path is the longest prefix
// of importPath ("golang.org/x/oauth2/jws" is provided by
// "golang.org/x/oauth2"). A replace directive of that module to another
// version of the same module changes the version. ok is false if no require
// directive matches or if the version is not known: the module is replaced by
// a directory or by another module.
func (f *File) Lookup(importPath string) (req Requirement, ok bool) {
	if f == nil || f.mod == nil {
		return Requirement{}, false
	}
	var best *modfile.Require
	for _, r := range f.mod.Require {
		if hasPathPrefix(importPath, r.Mod.Path) && (best == nil || len(r.Mod.Path) > len(best.Mod.Path)) {
			best = r
		}
	}
	if best == nil {
		return Requirement{}, false
	}
	req = Requirement{Module: best.Mod.Path, Version: best.Mod.Version}
	req.Line, req.Offset = position(best.Syntax)

	// As the go command does, a replace of this exact version takes
	// precedence over a replace of all versions.
	var repl *modfile.Replace
	for _, r := range f.mod.Replace {
		if r.Old.Path != best.Mod.Path {
			continue
		}
		if r.Old.Version == best.Mod.Version {
			repl = r
			break
		}
		if r.Old.Version == "" {
			repl = r
		}
	}
	if repl != nil {
		if repl.New.Version == "" || repl.New.Path != best.Mod.Path {
			// A directory or a fork: its version says nothing about
			// the advisories of the original module.
			return Requirement{}, false
		}
		req.Version = repl.New.Version
		req.Line, req.Offset = position(repl.Syntax)
	}
	return req, req.Version != ""
}

func position(l *modfile.Line) (line, offset int) {
	if l == nil {
		return 0, 0
	}
	return l.Start.Line, l.Start.Byte
}

// hasPathPrefix reports whether path is prefix or lies below it.
func hasPathPrefix(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix) && path[len(prefix)] == '/'
}
