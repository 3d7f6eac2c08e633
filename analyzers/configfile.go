package analyzers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
func ParseConfig(name string, data []byte) (Config, error) {
	var cfg Config
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cfg); err != nil {
			return Config{}, err
		}
		if _, err := dec.Token(); err != io.EOF {
			return Config{}, errors.New("data after the JSON object: put the whole configuration in one object")
		}
	case ".yml", ".yaml":
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&cfg); err != nil {
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
	return cfg, nil
}

// emptyDocument reports whether n is a YAML document with no content, such
// as one after a trailing "---".
func emptyDocument(n *yaml.Node) bool {
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	return n.Kind == 0 || n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == ""
}
