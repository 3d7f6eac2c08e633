package analyzers

import (
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
