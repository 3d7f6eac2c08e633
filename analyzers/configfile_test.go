package analyzers

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cfg, err := LoadConfig(write("ok.yml", "disable: [jwtlib]\nanalyzers:\n  jwtlib:\n    allow: [github.com/golang-jwt/jwt]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Disable) != 1 || cfg.Disable[0] != "jwtlib" || cfg.Analyzers["jwtlib"]["allow"] == nil {
		t.Errorf("LoadConfig(ok.yml) = %+v", cfg)
	}
	cfg, err = LoadConfig(write("ok.json", `{"enable": ["jwtverify"]}`))
	if err != nil || len(cfg.Enable) != 1 {
		t.Errorf("LoadConfig(ok.json) = %+v, %v", cfg, err)
	}
	if _, err := LoadConfig(write("empty.yml", "")); err != nil {
		t.Errorf("LoadConfig(empty.yml): %v", err)
	}
	for name, content := range map[string]string{
		"unknown.yml":   "enabel: [jwtlib]\n",
		"unknown.json":  `{"enabel": ["jwtlib"]}`,
		"malformed.yml": "enable: [jwtlib\n",
		"bad.toml":      "enable = []\n",
	} {
		_, err := LoadConfig(write(name, content))
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("LoadConfig(%s) error = %v, want one naming the file", name, err)
		}
	}
}

func TestParseConfigOneDocument(t *testing.T) {
	for _, tc := range []struct {
		name, content, err string
	}{
		{"a.yml", "enable: [jwtlib]\n---\ndisable: [jwtlib]\n", "more than one YAML document (---): put the whole configuration in one"},
		{"a.yml", "---\nenable: [jwtlib]\n", ""},
		{"a.yml", "enable: [jwtlib]\n...\n", ""},
		{"a.yml", "# only a comment\n", ""},
		{"a.yml", "enable: [jwtlib]\n---\n", ""},
		{"a.yml", "enable: [jwtlib]\n---\n~\n", "more than one YAML document (---): put the whole configuration in one"},
		{"a.yml", "enable: [jwtlib]\n---\n[\n", "more than one YAML document (---): put the whole configuration in one"},
		{"a.json", `{"enable": ["jwtlib"]} {"disable": ["jwtlib"]}`, "data after the JSON object: put the whole configuration in one object"},
		{"a.json", "{\"enable\": [\"jwtlib\"]}\n\n", ""},
		{"a.json", "", "EOF"},
	} {
		_, err := ParseConfig(tc.name, []byte(tc.content))
		if got := fmt.Sprint(err); tc.err == "" && err != nil || tc.err != "" && got != tc.err {
			t.Errorf("ParseConfig(%s, %q) error = %v, want %q", tc.name, tc.content, err, tc.err)
		}
	}
}

// TestParseConfigGolangciBlock checks the golangci-lint plugin's settings
// block pasted as it is: accepted under a single top-level settings:, with
// its lines counted from the file; golangci-lint's whole nesting is an
// error saying what to keep.
func TestParseConfigGolangciBlock(t *testing.T) {
	const nested = "this is golangci-lint's configuration (linters: settings: custom: tokenvet: settings:), which tokenvet does not read; " +
		"keep only what is under the innermost settings: (enable, disable, analyzers), at the top level or under a single top-level settings:"
	for _, tc := range []struct {
		name, content string
		want          Config
		err           string
	}{
		{name: "a.yml", content: "settings:\n  disable: [jwtlib]\n  analyzers:\n    jwtleeway:\n      max: 2m\n",
			want: Config{Disable: []string{"jwtlib"}, Analyzers: map[string]map[string]any{"jwtleeway": {"max": "2m"}}}},
		// As indented in .golangci.yml.
		{name: "a.yaml", content: "        settings:\n          enable: [jwtverify]\n",
			want: Config{Enable: []string{"jwtverify"}}},
		{name: "a.json", content: `{"settings": {"enable": ["jwtverify"]}}`,
			want: Config{Enable: []string{"jwtverify"}}},
		{name: "a.yml", content: "settings:\n", want: Config{}},
		{name: "a.yml", content: "settings:\n  enable: [jwtverify]\n  enabel: [jwtlib]\n",
			err: "yaml: unmarshal errors:\n  line 3: field enabel not found in type analyzers.Config"},
		{name: "a.json", content: `{"settings": {"enabel": ["jwtlib"]}}`,
			err: `json: unknown field "enabel"`},
		{name: "a.yml", content: "linters:\n  settings:\n    custom:\n      tokenvet:\n        type: module\n        settings:\n          enable: [jwtverify]\n",
			err: "linters: " + nested},
		{name: "a.yml", content: "linters-settings:\n  custom:\n    tokenvet:\n      settings: {}\n", err: "linters-settings: " + nested},
		{name: "a.json", content: `{"custom": {"tokenvet": {"settings": {}}}}`, err: "custom: " + nested},
		{name: "a.yml", content: "tokenvet:\n  settings:\n    enable: [jwtverify]\n", err: "tokenvet: " + nested},
		{name: "a.yml", content: "type: module\ndescription: tokenvet\nsettings:\n  enable: [jwtverify]\n",
			err: "settings: must be the only top-level key when present (also found: type, description); keep only the settings: block, or move its enable, disable and analyzers to the top level"},
		{name: "a.yml", content: "enable: [jwtverify]\nsettings:\n  disable: [jwtlib]\n",
			err: "settings: must be the only top-level key when present (also found: enable); keep only the settings: block, or move its enable, disable and analyzers to the top level"},
	} {
		got, err := ParseConfig(tc.name, []byte(tc.content))
		if fmt.Sprint(err) != cmp.Or(tc.err, "<nil>") || err == nil && fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("ParseConfig(%s, %q) = %+v, %v\nwant %+v, %v", tc.name, tc.content, got, err, tc.want, tc.err)
		}
	}
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	write := func(name string) string {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	find := func(dir string) string {
		t.Helper()
		p, err := FindConfig(filepath.Join(root, filepath.FromSlash(dir)))
		if err != nil {
			return "error: " + strings.ReplaceAll(err.Error(), root, "$ROOT")
		}
		return strings.ReplaceAll(p, root, "$ROOT")
	}
	// root/.tokenvet.yml is above the module root: never found.
	write(".tokenvet.yml")
	write("mod/go.mod")
	if err := os.MkdirAll(filepath.Join(root, "mod", "a", "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ dir, want string }{
		{"mod/a/b", ""},
		{"mod", ""},
		{".", "$ROOT/.tokenvet.yml"}, // in no module: only the directory itself
	} {
		if got := find(tc.dir); got != tc.want {
			t.Errorf("FindConfig(%s) = %q, want %q", tc.dir, got, tc.want)
		}
	}
	write("mod/.tokenvet.json")
	if got, want := find("mod/a/b"), "$ROOT/mod/.tokenvet.json"; got != want {
		t.Errorf("FindConfig(mod/a/b) = %q, want %q", got, want)
	}
	// The nearest wins.
	write("mod/a/.tokenvet.yaml")
	for _, tc := range []struct{ dir, want string }{
		{"mod/a/b", "$ROOT/mod/a/.tokenvet.yaml"},
		{"mod/a", "$ROOT/mod/a/.tokenvet.yaml"},
		{"mod", "$ROOT/mod/.tokenvet.json"},
	} {
		if got := find(tc.dir); got != tc.want {
			t.Errorf("FindConfig(%s) = %q, want %q", tc.dir, got, tc.want)
		}
	}
	// Two in one directory: which one applies is not guessed.
	write("mod/a/.tokenvet.yml")
	if got, want := find("mod/a/b"), "error: $ROOT/mod/a: more than one configuration file ($ROOT/mod/a/.tokenvet.yml, $ROOT/mod/a/.tokenvet.yaml): keep one"; got != want {
		t.Errorf("FindConfig(mod/a/b) = %q, want %q", got, want)
	}
}

// TestREADMESettingsBlockPasted checks that the plugin's settings: block of
// the README's .golangci.yml, pasted as it is into .tokenvet.yml, is a
// valid configuration of the suite; and that the whole .golangci.yml is
// the error that says what to keep.
func TestREADMESettingsBlockPasted(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, "```yaml\nversion: \"2\"\n")
	if start < 0 {
		t.Fatal("README.md lacks the .golangci.yml example")
	}
	golangci := readme[start+len("```yaml\n"):]
	golangci = golangci[:strings.Index(golangci, "```")]
	i := strings.Index(golangci, "        settings:")
	if i < 0 {
		t.Fatalf("README.md's .golangci.yml lacks the plugin's settings: block:\n%s", golangci)
	}
	cfg, err := ParseConfig(".tokenvet.yml", []byte(golangci[i:]))
	if err != nil {
		t.Fatalf("the README's settings: block pasted into .tokenvet.yml: %v", err)
	}
	if len(cfg.Enable) == 0 || len(cfg.Analyzers) == 0 {
		t.Errorf("the README's settings: block pasted into .tokenvet.yml: %+v, want its enable and analyzers", cfg)
	}
	// Apply sets the analyzers' flags: restore them.
	for _, e := range Suite() {
		e.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
			v := f.Value.String()
			t.Cleanup(func() { f.Value.Set(v) })
		})
	}
	if _, err := Apply(cfg, Suite()); err != nil {
		t.Errorf("the README's settings: block pasted into .tokenvet.yml: %v", err)
	}
	if _, err := ParseConfig(".tokenvet.yml", []byte(golangci)); err == nil || !strings.HasPrefix(err.Error(), "linters: this is golangci-lint's configuration") {
		t.Errorf("the README's .golangci.yml as .tokenvet.yml: error %v", err)
	}
}
