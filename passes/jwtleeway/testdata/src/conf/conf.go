// Package conf holds durations for other packages; it imports no token
// library, but its package-level durations carry facts.
package conf

import "time"

const ZeroSkew = 0 * time.Second

const BigSkew = 10 * time.Minute

var Skew = time.Duration(0) // want Skew:"duration 0s"

var Long = time.Hour // want Long:"duration 1h0m0s"

// Mutable is assigned again, so it has no fact.
var Mutable = time.Duration(0)

// Seconds is not a time.Duration, so it has no fact.
var Seconds = 0

func init() { Mutable = time.Minute }
