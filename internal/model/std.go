package model

import (
	"go/types"
	"sync"
)

// fullNames caches fullName: the flow engine asks the model about every
// call of a package in every round of its fixed point, and FullName
// allocates.
var fullNames sync.Map // *types.Func -> string

// fullName returns the FullName of fn's generic origin with any vendor
// prefix of its package path removed, for any package, or "".
func fullName(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	if name, ok := fullNames.Load(fn); ok {
		return name.(string)
	}
	orig := fn.Origin()
	name := orig.FullName()
	if path := orig.Pkg().Path(); CanonicalPath(path) != path {
		name = replacePath(name, path, CanonicalPath(path))
	}
	fullNames.Store(fn, name)
	return name
}

// requireNoErrors are testify's assertions that stop a test unless an
// error is nil. testify is not in the e2e module: these names are not
// checked against the real library (TestModelMatchesRealLibraries skips
// them), only against the stubs of the analysistest cases.
var requireNoErrors = map[string]bool{}

func init() {
	r := "github.com/stretchr/testify/require"
	for _, f := range []string{"NoError", "NoErrorf", "Nil", "Nilf"} {
		requireNoErrors[r+"."+f] = true
		requireNoErrors["(*"+r+".Assertions)."+f] = true
	}
}

// IsRequireNoError reports whether fn is an assertion that stops the test
// when its error argument is not nil (testify's require.NoError, NoErrorf,
// Nil, Nilf and the methods of the same names of *require.Assertions).
func IsRequireNoError(fn *types.Func) bool { return requireNoErrors[fullName(fn)] }

// stdPackages names the standard library packages the predicates below
// group; TestStdNamesExist checks they exist.
var (
	errorsPackage = "errors"
	// reportingPackages only format, log or wrap their arguments into an
	// error: a value passed to them is shown, not checked.
	reportingPackages = map[string]bool{"fmt": true, "log": true, "log/slog": true, errorsPackage: true}
	// recordingPackages record a value without checking it: a test's
	// log and failure messages, and JSON encoding.
	recordingPackages = map[string]bool{"testing": true, "encoding/json": true}
	// formatPackage formats its arguments into strings (fmt.Sprintf).
	formatPackage = "fmt"
)

// stdPath returns the import path of fn's package if fn belongs to the
// standard library, or "".
func stdPath(fn *types.Func) string {
	if stdName(fn) == "" {
		return ""
	}
	return fn.Pkg().Path()
}

// IsErrorsFunc reports whether fn belongs to the standard errors package
// (errors.Is, As, Unwrap, New, Join): it inspects or builds an error
// value, it does not handle the error.
func IsErrorsFunc(fn *types.Func) bool { return stdPath(fn) == errorsPackage }

// errorsIs matches an error against a target in its chain.
var errorsIs = map[string]bool{"errors.Is": true}

// IsErrorsIs reports whether fn is errors.Is.
func IsErrorsIs(fn *types.Func) bool { return errorsIs[stdName(fn)] }

// IsReportingFunc reports whether fn belongs to a standard package that
// only formats, logs or wraps its arguments into an error (fmt, log,
// log/slog, errors): a value passed to it is shown, not checked.
func IsReportingFunc(fn *types.Func) bool { return reportingPackages[stdPath(fn)] }

// OnlyShowsArguments reports whether fn only formats, logs or wraps its
// arguments into an error: a function of a reporting standard package
// (IsReportingFunc) or of a logging library (IsLoggingFunc).
func OnlyShowsArguments(fn *types.Func) bool { return IsReportingFunc(fn) || IsLoggingFunc(fn) }

// ChecksNoArgument reports whether fn formats, logs, records or encodes a
// value without checking it: OnlyShowsArguments, and the standard
// packages testing and encoding/json.
func ChecksNoArgument(fn *types.Func) bool {
	return OnlyShowsArguments(fn) || recordingPackages[stdPath(fn)]
}

// IsStdTransform reports whether fn belongs to the standard library but not
// to fmt: given a string, a result of it is the string rewritten
// (strings.TrimSuffix, path.Clean), not a message built from it
// (fmt.Sprintf).
func IsStdTransform(fn *types.Func) bool {
	p := stdPath(fn)
	return p != "" && p != formatPackage
}

// envLookups read an environment variable, "" when it is unset.
var envLookups = map[string]bool{"os.Getenv": true}

// IsEnvLookup reports whether fn reads an environment variable whose value
// is "" when unset (os.Getenv).
func IsEnvLookup(fn *types.Func) bool { return envLookups[stdName(fn)] }
