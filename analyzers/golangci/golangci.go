// Package golangci is tokenvet's golangci-lint module plugin: a blank import
// of it in a golangci-lint build registers the linter "tokenvet", which runs
// the analyzers of the suite selected and tuned by its settings (an
// [analyzers.Config]):
//
//	version: "2"
//	linters:
//	  default: none
//	  enable: [tokenvet]
//	  settings:
//	    custom:
//	      tokenvet:
//	        type: module
//	        settings:
//	          disable: [jwtverify]
//	          analyzers:
//	            jwtlib:
//	              allow: [github.com/dgrijalva/jwt-go]
//
// Only this package imports golangci-lint's plugin API; the analyzers do not.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/analyzers"
)

// Name is the linter name under which the plugin registers, the key of its
// settings in .golangci.yml.
const Name = "tokenvet"

func init() {
	register.Plugin(Name, New)
}

// New is the plugin's constructor: it decodes settings, which golangci-lint
// takes from linters.settings.custom.tokenvet.settings, as an
// analyzers.Config (unknown keys are errors) and applies it to the suite's
// analyzers.
func New(settings any) (register.LinterPlugin, error) {
	return newPlugin(settings, analyzers.Suite())
}

func newPlugin(settings any, suite []analyzers.Entry) (*plugin, error) {
	cfg, err := register.DecodeSettings[analyzers.Config](settings)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	selected, err := analyzers.Apply(cfg, suite)
	if err != nil {
		return nil, fmt.Errorf("%s settings: %w", Name, err)
	}
	p := &plugin{}
	for _, e := range selected {
		p.analyzers = append(p.analyzers, e.Analyzer)
	}
	return p, nil
}

type plugin struct {
	analyzers []*analysis.Analyzer
}

// BuildAnalyzers returns the selected analyzers.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information, which the analyzers need.
func (p *plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
