package jwtverify_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/tokenvet/tokenvet/passes/jwtverify"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), jwtverify.Analyzer, "golangjwt", "jwx", "jose", "misc", "legacy", "helper", "user")
}
