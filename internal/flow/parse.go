package flow

import (
	"fmt"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// ParseSummary is the part of a function's Summary that says it behaves
// like a modelled token parse: it returns a token or claims from a parse
// inside it, either unverified (any use of its result trusts forged
// claims) or verified with the error passed along (the caller must check
// it). jwtverify computes it (see SetParseSummarizer) and reads it.
//
// A function that verifies one of its parameters as a token, without
// returning it, has Kind VerifyOnly: reading claims of the same string
// before calling it is a peek, not trust.
//
// Reread marks an exported function, called nowhere in its own package,
// that decodes one of its parameters unverified and uses the claims for a
// decision: it is not reported itself, its callers are, where they pass a
// token they have not verified. A summary with only Reread set has Kind 0.
type ParseSummary struct {
	Kind   model.Kind
	Result int         // index of the result carrying the token or claims, or -1
	Value  model.Value // what that result is
	Err    int         // index of the error result, or -1
	Input  int         // index of the parameter holding the raw token, or -1
	Dest   int         // index of the parameter the claims are written through, or -1
	Origin string      // the library function it wraps, for messages
	Fix    string      // advice for an unverified parse
	Family string      // library family of the wrapped parse
	// Call is the wrapped call inside the function: its line relative to
	// the function's name (positions cannot travel in facts, the
	// function's own position can), its column, and the name of the
	// function it calls.
	CallLine, CallCol int
	CallName          string
	// Reread is 1 + the index of the parameter the function re-reads
	// unverified, or 0; RereadOrigin is the library function that does it,
	// RereadLine, RereadCol and RereadName the call inside the function
	// (as CallLine, CallCol and CallName).
	Reread                int
	RereadOrigin          string
	RereadLine, RereadCol int
	RereadName            string
}

func (f *ParseSummary) String() string {
	kind := "verified"
	switch f.Kind {
	case model.Unverified:
		kind = "unverified"
	case model.VerifyOnly:
		kind = "verifies"
	}
	dest := ""
	if f.Dest >= 0 {
		dest = fmt.Sprintf(", dest %d", f.Dest)
	}
	reread := ""
	if f.Reread > 0 {
		reread = fmt.Sprintf("rereads(input %d) via %s", f.Reread-1, f.RereadOrigin)
		if f.Kind == 0 {
			return reread
		}
		reread = "; " + reread
	}
	return fmt.Sprintf("%s(result %d, err %d, input %d%s) via %s%s", kind, f.Result, f.Err, f.Input, dest, f.Origin, reread)
}

// hasParsers is a package fact: the package declares functions with a
// ParseSummary, so importers must be analyzed even if they import no
// token library themselves.
type hasParsers struct{}

func (*hasParsers) AFact()         {}
func (*hasParsers) String() string { return "hasParsers" }

// A ParseSummarizer computes the ParseSummary of the functions of a
// package (the pass is the engine's; facts tells what is known of other
// packages). It returns them, and a state the engine keeps in its Result
// for the pass that registered it (jwtverify continues from it instead of
// computing the summaries again).
type ParseSummarizer func(pass *analysis.Pass, facts *Facts) (local map[*types.Func]*ParseSummary, state any)

var parseSummarizer ParseSummarizer

// SetParseSummarizer makes the engine call s on every package, before it
// follows values, and carry its summaries in Summary.Parse. jwtverify
// calls it from its init function: the summaries are its knowledge; the
// fact that carries them to other packages is the engine's.
func SetParseSummarizer(s ParseSummarizer) { parseSummarizer = s }

// Facts reads the engine's facts of other packages, for the passes that
// require the engine (a pass can import only its own analyzer's facts).
type Facts struct{ pass *analysis.Pass }

// Parse returns the ParseSummary of fn, a function of another package, or
// nil.
func (f *Facts) Parse(fn *types.Func) *ParseSummary {
	var s Summary
	if f.pass.ImportObjectFact(fn, &s) {
		return s.Parse
	}
	return nil
}

// HasParsers reports whether pkg, another package, has functions with a
// ParseSummary.
func (f *Facts) HasParsers(pkg *types.Package) bool {
	return f.pass.ImportPackageFact(pkg, new(hasParsers))
}
