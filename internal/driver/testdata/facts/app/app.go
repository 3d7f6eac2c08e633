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
	ext.Wrap() // ext replaced by ../ext: loaded from source, facts flow
	return strings.ToUpper("x")
}
