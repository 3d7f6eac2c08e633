package files

import (
	"fmt"
	"log"
)

// Print is an exported helper that logs what it is given: other packages
// may hand it a token.
func Print(s string) { // want Print:`flow\(param 0 -> log log.Println\)`
	log.Println(s)
}

// wrap is unexported, uses no source and no function using one calls it:
// it is not followed (no summary).
func wrap(s string) error {
	return fmt.Errorf("bad value %s", s)
}
