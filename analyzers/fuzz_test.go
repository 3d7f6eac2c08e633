package analyzers

import "testing"

// FuzzConfig checks the configuration parser and Apply on arbitrary YAML
// and JSON: they return errors, never panic, and Apply's selection is never
// empty when it succeeds.
//
//	go test -fuzz=FuzzConfig ./analyzers
func FuzzConfig(f *testing.F) {
	for _, seed := range []struct {
		json bool
		data string
	}{
		{false, "enable: [alpha]\nanalyzers:\n  alpha:\n    allow: [a, b]\n    max: 7\n    wait: 2m\n    leeway: 30s\n"},
		{false, "disable: [beta]\n"},
		{false, "enable: [alpha]\n---\ndisable: [alpha]\n"},
		{false, "analyzers:\n  alpha:\n    allow: {a: b}\n    strict: maybe\n"},
		{false, "analyzers:\n  alpha:\n    leeway: -1m\n"},
		{false, "enable: &a [alpha]\ndisable: *a\n"},
		{false, "analyzers: {alpha: {max: 1e400, ratio: .nan}}\n"},
		{false, "enable: !!binary aGVsbG8=\n"},
		{false, "- a\n- b\n"},
		{false, "---\n...\n"},
		{false, ""},
		{true, `{"enable": ["alpha"], "analyzers": {"alpha": {"max": 3, "allow": ["x", 1, true]}}}`},
		{true, `{"analyzers": {"alpha": {"ratio": 1e309}}}`},
		{true, `{"enable": ["alpha"]} {}`},
		{true, `[]`},
		{true, `null`},
	} {
		f.Add(seed.json, []byte(seed.data))
	}
	f.Fuzz(func(t *testing.T, isJSON bool, data []byte) {
		name := "tokenvet.yml"
		if isJSON {
			name = "tokenvet.json"
		}
		cfg, err := ParseConfig(name, data)
		if err != nil {
			return
		}
		sel, err := Apply(cfg, fakeSuite())
		if err == nil && len(sel) == 0 {
			t.Fatalf("Apply(%+v) selected nothing without an error", cfg)
		}
	})
}
