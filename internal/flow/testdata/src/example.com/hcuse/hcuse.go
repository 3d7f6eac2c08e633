// Package hcuse calls functions whose results are only hard-coded: it is
// not followed.
package hcuse

import "example.com/hclib"

func Key() []byte { return []byte(hclib.Key()) }

func Secret() string { return hclib.Fallback() }
