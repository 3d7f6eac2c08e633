package analyzers

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/flagx"
)

// fakeSuite returns analyzers with flags of every standard kind, fresh for
// each test because Apply sets their flags.
func fakeSuite() []Entry {
	alpha := &analysis.Analyzer{Name: "alpha", Doc: "alpha"}
	alpha.Flags.String("allow", "", "comma-separated `modules` to allow")
	alpha.Flags.Bool("strict", false, "be strict")
	alpha.Flags.Int("max", 3, "maximum")
	alpha.Flags.Float64("ratio", 0.5, "ratio")
	alpha.Flags.Duration("wait", time.Second, "wait")
	var leeway time.Duration
	flagx.DurationVar(&alpha.Flags, &leeway, "leeway", time.Minute, "leeway")
	alpha.Flags.Func("mode", "one of `fast|slow`", func(s string) error {
		if s != "fast" && s != "slow" {
			return errWrongMode
		}
		return nil
	})
	beta := &analysis.Analyzer{Name: "beta", Doc: "beta"}
	gamma := &analysis.Analyzer{Name: "gamma", Doc: "gamma"}
	return []Entry{{Analyzer: alpha}, {Analyzer: beta}, {Analyzer: gamma}}
}

type modeError struct{}

func (modeError) Error() string { return "want fast or slow" }

var errWrongMode = modeError{}

func entryNames(es []Entry) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Analyzer.Name)
	}
	return strings.Join(s, ",")
}

func flagOf(suite []Entry, name string) string {
	return suite[0].Analyzer.Flags.Lookup(name).Value.String()
}

func TestApplySelection(t *testing.T) {
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{}, "alpha,beta,gamma"},
		{Config{Enable: []string{"gamma", "alpha"}}, "alpha,gamma"},
		{Config{Disable: []string{"beta"}}, "alpha,gamma"},
		{Config{Enable: []string{"Beta"}}, "beta"},
		{Config{Enable: []string{"alpha", "beta"}, Disable: []string{"gamma"}}, "alpha,beta"},
	} {
		got, err := Apply(tc.cfg, fakeSuite())
		if err != nil {
			t.Errorf("Apply(%+v): %v", tc.cfg, err)
			continue
		}
		if names := entryNames(got); names != tc.want {
			t.Errorf("Apply(%+v) = %s, want %s", tc.cfg, names, tc.want)
		}
	}
}

func TestApplyFlags(t *testing.T) {
	suite := fakeSuite()
	cfg := Config{Analyzers: map[string]map[string]any{
		"alpha": {
			"allow":  []any{"github.com/a/b", "github.com/c/d"},
			"STRICT": true,
			"max":    float64(7), // what encoding/json decodes
			"ratio":  0.25,
			"wait":   "2m",
			"mode":   "slow",
		},
	}}
	if _, err := Apply(cfg, suite); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"allow":  "github.com/a/b,github.com/c/d",
		"strict": "true",
		"max":    "7",
		"ratio":  "0.25",
		"wait":   "2m0s",
	} {
		if got := flagOf(suite, name); got != want {
			t.Errorf("flag %s = %q, want %q", name, got, want)
		}
	}

	// Settings decoded from JSON, as the golangci-lint plugin gets them.
	suite = fakeSuite()
	var fromJSON Config
	if err := json.Unmarshal([]byte(`{"disable":["gamma"],"analyzers":{"alpha":{"allow":"x,y","max":12,"strict":"true"}}}`), &fromJSON); err != nil {
		t.Fatal(err)
	}
	got, err := Apply(fromJSON, suite)
	if err != nil {
		t.Fatal(err)
	}
	if names := entryNames(got); names != "alpha,beta" {
		t.Errorf("selected %s, want alpha,beta", names)
	}
	if a, m, s := flagOf(suite, "allow"), flagOf(suite, "max"), flagOf(suite, "strict"); a != "x,y" || m != "12" || s != "true" {
		t.Errorf("flags allow=%q max=%q strict=%q, want x,y 12 true", a, m, s)
	}
}

func TestApplyErrors(t *testing.T) {
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{Enable: []string{"alpah"}},
			`enable: unknown analyzer "alpah" (valid: alpha, beta, gamma)`},
		{Config{Disable: []string{"delta"}},
			`disable: unknown analyzer "delta" (valid: alpha, beta, gamma)`},
		{Config{Enable: []string{"alpha"}, Disable: []string{"alpha"}},
			`disable: analyzer "alpha" is also in enable`},
		{Config{Disable: []string{"alpha", "beta", "gamma"}},
			`no analyzer selected (valid: alpha, beta, gamma)`},
		{Config{Analyzers: map[string]map[string]any{"delta": {"x": "y"}}},
			`analyzers: unknown analyzer "delta" (valid: alpha, beta, gamma)`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"alow": "y"}}},
			`analyzers.alpha.alow: unknown flag "alow" of analyzer alpha (valid: allow, leeway, max, mode, ratio, strict, wait)`},
		{Config{Analyzers: map[string]map[string]any{"beta": {"allow": "y"}}},
			`analyzers.beta.allow: unknown flag "allow": analyzer beta has no flags`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"strict": "maybe"}}},
			`analyzers.alpha.strict: invalid value "maybe": parse error (want a bool)`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"max": 1.5}}},
			`analyzers.alpha.max: invalid value "1.5": parse error (want an int)`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"wait": "soon"}}},
			`analyzers.alpha.wait: invalid value "soon": parse error (want a duration)`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"mode": "medium"}}},
			`analyzers.alpha.mode: invalid value "medium": want fast or slow`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"leeway": "soon"}}},
			`analyzers.alpha.leeway: invalid value "soon": want a Go duration such as 5m or 90s`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"leeway": "-1m", "max": 4}}},
			`analyzers.alpha.leeway: invalid value "-1m": want a duration of 0 or more, such as 5m or 90s`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"allow": nil}}},
			`analyzers.alpha.allow: no value (want a modules)`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"allow": map[string]any{"a": "b"}}}},
			`analyzers.alpha.allow: unsupported value of type map[string]interface {}: use a string, bool, number or list of strings (want a modules)`},
		{Config{Analyzers: map[string]map[string]any{"alpha": {"allow": []any{"a", []any{"b"}}}}},
			`analyzers.alpha.allow: list element 1: unsupported value of type []interface {}: use a string, bool, number or list of strings (want a modules)`},
	} {
		suite := fakeSuite()
		_, err := Apply(tc.cfg, suite)
		if err == nil {
			t.Errorf("Apply(%+v) succeeded, want error %q", tc.cfg, tc.want)
			continue
		}
		if err.Error() != tc.want {
			t.Errorf("Apply(%+v) error:\n got %s\nwant %s", tc.cfg, err, tc.want)
		}
	}
}

// TestApplyAtomic checks that a bad setting leaves every flag unchanged.
func TestApplyAtomic(t *testing.T) {
	// A flagx.Duration refusing a negative value is checked up front too.
	for _, bad := range []map[string]any{{"allow": "x", "max": "many"}, {"allow": "x", "leeway": "-1m"}} {
		suite := fakeSuite()
		cfg := Config{Analyzers: map[string]map[string]any{"alpha": bad}}
		if _, err := Apply(cfg, suite); err == nil {
			t.Fatalf("Apply(%v) succeeded, want error", bad)
		}
		if got := flagOf(suite, "allow"); got != "" {
			t.Errorf("allow = %q after a failed Apply(%v), want it unchanged", got, bad)
		}
	}
}

// TestApplySuite checks that the real suite accepts the zero Config.
func TestApplySuite(t *testing.T) {
	got, err := Apply(Config{}, Suite())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(Suite()) {
		t.Errorf("Apply(Config{}, Suite()) selected %d analyzers, want %d", len(got), len(Suite()))
	}
}
