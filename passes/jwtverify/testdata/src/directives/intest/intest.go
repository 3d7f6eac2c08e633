// Package intest has a _test.go file with a directive that suppresses
// nothing: the analyzers do not report test code, so it is not reported,
// neither in the package nor in its test variant.
package intest

// Len is not about tokens.
func Len(s string) int { return len(s) }
