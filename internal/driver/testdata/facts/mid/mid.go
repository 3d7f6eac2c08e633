package mid

import "example.com/facts/lib"

// M calls Bad through lib.Wrap.
func M() { lib.Wrap() }
