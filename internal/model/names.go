package model

import "strings"

// Name heuristics: functions and methods of any package (programs' own,
// logging libraries the model does not list) judged by their names alone.
// The passes use them only where a wrong guess costs a missed finding, not
// a false one.

// reportingPrefixes begin the names of functions and methods that log,
// print or wrap their arguments into an error (logger.Info, Errorf,
// errors.Wrap).
var reportingPrefixes = []string{"Print", "Log", "Debug", "Info", "Warn", "Error", "Fatal", "Sprint", "Fprint", "Errorf", "Wrap"}

// panicTracePrefixes add the loggers' Panic* and Trace* levels.
var panicTracePrefixes = []string{"Panic", "Trace"}

func hasAnyPrefix(name string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// IsReportingName reports whether a function of that name, in any package,
// is taken to only log, print or wrap its arguments (Printf, Info, Errorf,
// Wrap...).
func IsReportingName(name string) bool { return hasAnyPrefix(name, reportingPrefixes) }

// IsLoggingName is IsReportingName with the Panic* and Trace* logging
// levels.
func IsLoggingName(name string) bool {
	return hasAnyPrefix(name, reportingPrefixes) || hasAnyPrefix(name, panicTracePrefixes)
}

// IsOwnValidationName reports whether a method of that name is taken to be
// a claims type's own validation: Valid (golang-jwt v4's Claims method) or
// Validate*.
func IsOwnValidationName(name string) bool {
	return name == ClaimsValidMethod || strings.HasPrefix(name, "Validate")
}

// IsCheckName reports whether a method of that name is taken to check the
// value it is called on: Valid*, Verify*.
func IsCheckName(name string) bool {
	return strings.HasPrefix(name, "Valid") || strings.HasPrefix(name, "Verify")
}

// IsVerifyName reports whether a function of that name is taken to verify
// a signature: Verify*.
func IsVerifyName(name string) bool { return strings.HasPrefix(name, "Verify") }
