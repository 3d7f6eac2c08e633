package q

import "example.com/syntax/p"

func H() int { return p.G() }
