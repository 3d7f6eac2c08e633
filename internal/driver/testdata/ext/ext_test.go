package ext

// The main modules that replace ext cannot resolve this import: the
// error of ext's test, loaded as a side effect, must not be reported.
import _ "example.com/nowhere"
