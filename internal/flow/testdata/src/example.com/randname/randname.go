// Package randname uses another package's math/rand helper for a file
// name only: it is not followed.
package randname

import (
	"os"

	"example.com/randhelper"
)

func Temp() error {
	_, err := os.Create("/tmp/" + randhelper.RandString(8))
	return err
}
