package flagx

import (
	"flag"
	"io"
	"testing"
	"time"
)

func TestDuration(t *testing.T) {
	for _, test := range []struct {
		arg  string
		want time.Duration
		err  string
	}{
		{"90s", 90 * time.Second, ""},
		{"0", 0, ""},
		{"1h30m", 90 * time.Minute, ""},
		{"garbage", 0, `invalid value "garbage" for flag -max: want a Go duration such as 5m or 90s`},
		{"5", 0, `invalid value "5" for flag -max: want a Go duration such as 5m or 90s`},
		{"-1m", 0, `invalid value "-1m" for flag -max: want a duration of 0 or more, such as 5m or 90s`},
	} {
		fs := flag.NewFlagSet("x", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		var d time.Duration
		DurationVar(fs, &d, "max", 5*time.Minute, "usage")
		err := fs.Parse([]string{"-max=" + test.arg})
		switch {
		case test.err != "" && (err == nil || err.Error() != test.err):
			t.Errorf("-max=%s: err = %v, want %s", test.arg, err, test.err)
		case test.err == "" && (err != nil || d != test.want):
			t.Errorf("-max=%s: %v, %v, want %v", test.arg, d, err, test.want)
		case test.err != "" && d != 5*time.Minute:
			t.Errorf("-max=%s: value changed to %v", test.arg, d)
		}
		if got := fs.Lookup("max").DefValue; got != "5m0s" {
			t.Errorf("default shown as %q, want 5m0s", got)
		}
	}
}
