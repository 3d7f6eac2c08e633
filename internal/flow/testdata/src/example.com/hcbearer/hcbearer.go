// Package hcbearer calls a function of hclib whose result carries a
// token: it is followed.
package hcbearer // want "followed"

import "example.com/hclib"

func Header() string { return hclib.Bearer(nil) }
