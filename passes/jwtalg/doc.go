// Package jwtalg defines an Analyzer that reports algorithm confusion in token verification.
//
// # Analyzer jwtalg
//
// jwtalg: report algorithm confusion: keyfuncs that ignore alg with no allow-list, and the none algorithm
//
// (Documentation to be completed with the analyzer.)
package jwtalg
