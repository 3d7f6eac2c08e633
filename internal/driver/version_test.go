package driver

import (
	"runtime/debug"
	"testing"
)

// TestVersion checks that "tokenvet version", -version and -V print the
// version line of the binary's build info, on stdout, and exit 0 without
// analyzing anything (-version with packages too).
func TestVersion(t *testing.T) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build info in the test binary")
	}
	want := versionLine(bi) + "\n"
	dir := fixture(t, "basic")
	for _, args := range [][]string{{"version"}, {"-version"}, {"-V"}, {"-version", "./..."}, {"-version=true"}} {
		check(t, dir, args, 0, want, "")
	}
	// "version" is a command only on its own.
	_, stderr, code := runTool(t, dir, "version", "./...")
	if code != exitFailure || stderr == "" {
		t.Errorf("tokenvet version ./...: exit code %d, stderr %q; want a load error for the package \"version\"", code, stderr)
	}
}

func TestVersionLine(t *testing.T) {
	for _, c := range []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{nil, "tokenvet (unknown version)"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.1.0"}}, "tokenvet v0.1.0, built with go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.1.1-0.20261130060000-abcdef012345+dirty"}},
			"tokenvet v0.1.1-0.20261130060000-abcdef012345+dirty, built with go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, "tokenvet (devel), built with go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"},
		}}, "tokenvet (devel) 0123456789ab+dirty, built with go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "false"},
		}}, "tokenvet (devel) 0123456789ab, built with go1.26.0"},
	} {
		if got := versionLine(c.bi); got != c.want {
			t.Errorf("versionLine(%+v) = %q, want %q", c.bi, got, c.want)
		}
	}
}
