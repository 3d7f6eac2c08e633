// Package hcuse calls a function whose result is only hard-coded: it is
// not followed.
package hcuse

import "example.com/hclib"

func Key() []byte { return []byte(hclib.Key()) }
