// Package flagx holds flag.Value types for analyzer flags whose values need
// more checking, or clearer errors, than the standard library's.
package flagx

import (
	"errors"
	"flag"
	"time"
)

// A Duration is a time.Duration flag that rejects negative values and says
// what it wants ("want a Go duration such as 5m or 90s") instead of the
// standard "parse error".
type Duration time.Duration

// DurationVar defines a Duration flag on fs with the given name, default
// value and usage, stored in *p.
func DurationVar(fs *flag.FlagSet, p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	fs.Var((*Duration)(p), name, usage)
}

// Set parses s as a time.Duration of zero or more.
func (d *Duration) Set(s string) error {
	v, err := time.ParseDuration(s)
	if err != nil {
		return errors.New("want a Go duration such as 5m or 90s")
	}
	if v < 0 {
		return errors.New("want a duration of 0 or more, such as 5m or 90s")
	}
	*d = Duration(v)
	return nil
}

func (d *Duration) String() string { return (*time.Duration)(d).String() }

// Get returns the time.Duration (flag.Getter).
func (d *Duration) Get() any { return time.Duration(*d) }
