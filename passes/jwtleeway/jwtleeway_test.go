package jwtleeway_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/passes/jwtleeway"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtleeway.Analyzer, "conf", "golangjwt", "helper", "jwx", "jose", "clocks")
}
