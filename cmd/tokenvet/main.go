// Command tokenvet reports risky handling of security tokens (JWTs, OAuth
// and OIDC tokens) in Go code.
//
// Usage:
//
//	tokenvet [flags] [packages]
//	go vet -vettool=$(command -v tokenvet) [flags] [packages]
//	tokenvet help [analyzer...]
//
// Run 'tokenvet help' for the analyzers and flags.
package main

import (
	"os"

	"github.com/tokenvet/tokenvet/analyzers"
	"github.com/tokenvet/tokenvet/internal/driver"
)

func main() {
	os.Exit(driver.Main(os.Args[1:], analyzers.All(), os.Stdout, os.Stderr))
}
