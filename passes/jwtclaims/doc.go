// Package jwtclaims defines an Analyzer that reports token claims that are not validated.
//
// # Analyzer jwtclaims
//
// jwtclaims: report exp, aud, iss and nbf not validated, or claims validation switched off
//
// (Documentation to be completed with the analyzer.)
package jwtclaims
