// Package parsenouse calls only a function of the helper's package that
// is no parse: it is not followed.
package parsenouse

import "example.com/parsehelper"

func Name(s string) string { return parsehelper.Name(s) }
