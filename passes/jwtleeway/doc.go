// Package jwtleeway defines an Analyzer that reports risky clock-skew leeway and clock overrides.
//
// # Analyzer jwtleeway
//
// jwtleeway: report zero or excessive clock-skew leeway and clock overrides outside tests
//
// (Documentation to be completed with the analyzer.)
package jwtleeway
