package app

import (
	"strings"

	"example.com/ext"
	"example.com/facts/lib"
	"example.com/facts/mid"
)

func Run() string {
	lib.Wrap()
	lib.Clean()
	mid.M()
	ext.Wrap() // ext is not a main module: not loaded from source, no facts
	return strings.ToUpper("x")
}
