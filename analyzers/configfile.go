package analyzers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// LoadConfig reads a configuration file: YAML (.yml, .yaml) or JSON (.json),
// with the keys of Config. Unknown keys are errors, as in the golangci-lint
// plugin's settings.
func LoadConfig(path string) (Config, error) {
	var cfg Config
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&cfg); err != nil {
			return cfg, fmt.Errorf("%s: %v", path, err)
		}
	case ".yml", ".yaml":
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&cfg); err != nil && err.Error() != "EOF" {
			return cfg, fmt.Errorf("%s: %v", path, err)
		}
	default:
		return cfg, fmt.Errorf("%s: unknown configuration format (want .yml, .yaml or .json)", path)
	}
	return cfg, nil
}
