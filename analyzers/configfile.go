package analyzers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// LoadConfig reads a configuration file: YAML (.yml, .yaml) or JSON (.json),
// with the keys of Config. Unknown keys are errors, as in the golangci-lint
// plugin's settings.
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, err
	}
	cfg, err := ParseConfig(path, data)
	if err != nil {
		return Config{}, fmt.Errorf("%s: %v", path, err)
	}
	return cfg, nil
}

// ParseConfig parses the content of a configuration file, whose format
// its name's extension gives. Unknown keys are errors, and so is more than
// one YAML document or JSON value: the rest would be silently ignored.
//
// The golangci-lint plugin's settings block may be pasted as it is: a file
// whose only top-level key is settings holds the configuration under it.
// golangci-lint's own nesting (linters: settings: custom: tokenvet:
// settings:) is an error that says what to keep.
func ParseConfig(name string, data []byte) (Config, error) {
	ext := strings.ToLower(filepath.Ext(name))
	keys := topLevelKeys(ext, data)
	if err := checkNesting(keys); err != nil {
		return Config{}, err
	}
	var cfg Config
	var wrapped struct {
		Settings Config `json:"settings" yaml:"settings"`
	}
	var v any = &cfg
	if len(keys) == 1 && keys[0] == "settings" {
		v = &wrapped
	}
	switch ext {
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(v); err != nil {
			return Config{}, err
		}
		if _, err := dec.Token(); err != io.EOF {
			return Config{}, errors.New("data after the JSON object: put the whole configuration in one object")
		}
	case ".yml", ".yaml":
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(v); err != nil {
			if errors.Is(err, io.EOF) {
				return Config{}, nil // empty file
			}
			return Config{}, err
		}
		for {
			var next yaml.Node
			err := dec.Decode(&next)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil || !emptyDocument(&next) {
				return Config{}, errors.New("more than one YAML document (---): put the whole configuration in one")
			}
		}
	default:
		return Config{}, errors.New("unknown configuration format (want .yml, .yaml or .json)")
	}
	if v == &wrapped {
		cfg = wrapped.Settings
	}
	return cfg, nil
}

// topLevelKeys returns the keys of the top-level mapping of data in file
// order, or nil if data is not a mapping (or does not parse: the strict
// decoding reports that).
func topLevelKeys(ext string, data []byte) []string {
	var keys []string
	switch ext {
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(data))
		if t, err := dec.Token(); err != nil || t != json.Delim('{') {
			return nil
		}
		for dec.More() {
			t, err := dec.Token()
			k, ok := t.(string)
			if err != nil || !ok {
				return nil
			}
			keys = append(keys, k)
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return nil
			}
		}
	case ".yml", ".yaml":
		var doc yaml.Node
		if yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc) != nil {
			return nil
		}
		n := &doc
		if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
			n = n.Content[0]
		}
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			keys = append(keys, n.Content[i].Value)
		}
	}
	return keys
}

// golangciNesting is the path of the plugin's settings in golangci-lint's
// configuration.
const golangciNesting = "linters: settings: custom: tokenvet: settings:"

// checkNesting reports an error if the top-level keys are golangci-lint's
// configuration, or the plugin's block with more than its settings.
func checkNesting(keys []string) error {
	for _, k := range keys {
		switch k {
		case "linters", "linters-settings", "custom", "tokenvet":
			return fmt.Errorf("%s: this is golangci-lint's configuration (%s), which tokenvet does not read; "+
				"keep only what is under the innermost settings: (enable, disable, analyzers), at the top level or under a single top-level settings:",
				k, golangciNesting)
		}
	}
	if len(keys) > 1 && slices.Contains(keys, "settings") {
		var others []string
		for _, k := range keys {
			if k != "settings" {
				others = append(others, k)
			}
		}
		return fmt.Errorf("settings: must be the only top-level key when present (also found: %s); "+
			"keep only the settings: block, or move its enable, disable and analyzers to the top level", strings.Join(others, ", "))
	}
	return nil
}

// ConfigNames are the names of the configuration files FindConfig looks
// for, in each directory.
var ConfigNames = []string{".tokenvet.yml", ".tokenvet.yaml", ".tokenvet.json"}

// FindConfig returns the configuration file that applies in dir: the first
// of ConfigNames found in dir or a parent, up to the root of the module
// holding dir (the directory with go.mod), which is the last searched. If
// dir is in no module, only dir is searched. It returns "" if there is no
// such file, and an error if a directory holds more than one.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	// The module root bounds the search.
	root := ""
	for d := dir; ; d = filepath.Dir(d) {
		if fi, err := os.Stat(filepath.Join(d, "go.mod")); err == nil && !fi.IsDir() {
			root = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for d := dir; ; d = filepath.Dir(d) {
		var found []string
		for _, name := range ConfigNames {
			p := filepath.Join(d, name)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				found = append(found, p)
			}
		}
		switch {
		case len(found) > 1:
			return "", fmt.Errorf("%s: more than one configuration file (%s): keep one", d, strings.Join(found, ", "))
		case len(found) == 1:
			return found[0], nil
		}
		if root == "" || d == root || filepath.Dir(d) == d {
			return "", nil
		}
	}
}

// emptyDocument reports whether n is a YAML document with no content, such
// as one after a trailing "---".
func emptyDocument(n *yaml.Node) bool {
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	return n.Kind == 0 || n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == ""
}
