package golangci

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/analyzers"
)

func fakeSuite() []analyzers.Entry {
	alpha := &analysis.Analyzer{Name: "alpha", Doc: "alpha"}
	alpha.Flags.String("allow", "", "modules to allow")
	alpha.Flags.Bool("strict", false, "be strict")
	beta := &analysis.Analyzer{Name: "beta", Doc: "beta"}
	return []analyzers.Entry{{Analyzer: alpha}, {Analyzer: beta}}
}

func names(as []*analysis.Analyzer) string {
	var s []string
	for _, a := range as {
		s = append(s, a.Name)
	}
	return strings.Join(s, ",")
}

// Settings arrive as golangci-lint's configuration loader decodes YAML:
// map[string]any, []any, lower-cased keys.
func TestNewGoodSettings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string // selected analyzers
		allow    string // alpha's -allow afterwards
		strict   string
	}{
		{nil, "alpha,beta", "", "false"},
		{map[string]any{}, "alpha,beta", "", "false"},
		{map[string]any{"disable": []any{"beta"}}, "alpha", "", "false"},
		{map[string]any{"enable": []any{"beta"}}, "beta", "", "false"},
		{map[string]any{
			"analyzers": map[string]any{
				"alpha": map[string]any{"allow": []any{"a", "b"}, "strict": true},
			},
		}, "alpha,beta", "a,b", "true"},
		{map[string]any{
			"disable":   []any{"alpha"},
			"analyzers": map[string]any{"alpha": map[string]any{"allow": "c"}},
		}, "beta", "c", "false"},
	} {
		suite := fakeSuite()
		p, err := newPlugin(tc.settings, suite)
		if err != nil {
			t.Errorf("newPlugin(%v): %v", tc.settings, err)
			continue
		}
		as, err := p.BuildAnalyzers()
		if err != nil {
			t.Errorf("BuildAnalyzers: %v", err)
			continue
		}
		if got := names(as); got != tc.want {
			t.Errorf("newPlugin(%v) analyzers = %s, want %s", tc.settings, got, tc.want)
		}
		flags := &suite[0].Analyzer.Flags
		if got := flags.Lookup("allow").Value.String(); got != tc.allow {
			t.Errorf("newPlugin(%v): allow = %q, want %q", tc.settings, got, tc.allow)
		}
		if got := flags.Lookup("strict").Value.String(); got != tc.strict {
			t.Errorf("newPlugin(%v): strict = %q, want %q", tc.settings, got, tc.strict)
		}
		if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
			t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
		}
	}
}

func TestNewBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"bogus": 1},
			`tokenvet settings: decoding settings: json: unknown field "bogus"`},
		{map[string]any{"enable": "alpha"},
			`tokenvet settings: decoding settings: json: cannot unmarshal string into Go struct field Config.enable of type []string`},
		{map[string]any{"disable": []any{"gamma"}},
			`tokenvet settings: disable: unknown analyzer "gamma" (valid: alpha, beta)`},
		{map[string]any{"analyzers": map[string]any{"alpha": map[string]any{"alow": "x"}}},
			`tokenvet settings: analyzers.alpha.alow: unknown flag "alow" of analyzer alpha (valid: allow, strict)`},
		{map[string]any{"analyzers": map[string]any{"alpha": map[string]any{"strict": "yes please"}}},
			`tokenvet settings: analyzers.alpha.strict: invalid value "yes please": parse error (want a bool)`},
		{map[string]any{"analyzers": map[string]any{"alpha": "x"}},
			`tokenvet settings: decoding settings: json: cannot unmarshal string into Go struct field Config.analyzers of type map[string]interface {}`},
	} {
		_, err := newPlugin(tc.settings, fakeSuite())
		if err == nil {
			t.Errorf("newPlugin(%v) succeeded, want error %q", tc.settings, tc.want)
			continue
		}
		if err.Error() != tc.want {
			t.Errorf("newPlugin(%v) error:\n got %s\nwant %s", tc.settings, err, tc.want)
		}
	}
}

// TestRegistered checks that the blank import registers New, which builds
// the real suite.
func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin(Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(as), names(analyzers.All()); got != want {
		t.Errorf("analyzers = %s, want %s", got, want)
	}
	if _, err := newPlugin(map[string]any{"disable": []any{"nosuch"}}); err == nil ||
		!strings.Contains(err.Error(), `unknown analyzer "nosuch"`) {
		t.Errorf("New with an unknown analyzer: err = %v", err)
	}
}

// TestCoreDoesNotImportPlugin checks that only this package depends on
// golangci-lint's plugin API.
func TestCoreDoesNotImportPlugin(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-e",
		"-f", `{{.ImportPath}} {{join .Deps " "}}`, "github.com/tokenvet/tokenvet/...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	self := "github.com/tokenvet/tokenvet/analyzers/golangci"
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, " ")
		if pkg == self {
			continue
		}
		for dep := range strings.FieldsSeq(deps) {
			if dep == self || strings.HasPrefix(dep, "github.com/golangci/") {
				t.Errorf("%s depends on %s: only %s may", pkg, dep, self)
			}
		}
	}
}
