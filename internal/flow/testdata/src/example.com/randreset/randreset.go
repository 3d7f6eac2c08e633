// Package randreset stores another package's math/rand string in a
// field whose name says it holds a secret: it is followed (weakrand
// checks the field on the syntax, with the engine's labels).
package randreset // want `followed`

import "example.com/randhelper"

type User struct{ ResetToken string }

func Forgot(u *User) { u.ResetToken = randhelper.RandString(32) }
