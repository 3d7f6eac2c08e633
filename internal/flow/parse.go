package flow

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/model"
)

// ParseSummary is the part of a function's Summary that says it behaves
// like a modelled token parse: it returns a token or claims from a parse
// inside it, either unverified (any use of its result trusts forged
// claims) or verified with the error passed along (the caller must check
// it). jwtverify computes it (its Summarizer, see Register) and reads it.
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

// ClaimSummary is jwtclaims' part of a function's Summary.
type ClaimSummary struct {
	// Aud and Iss say the function compares the audience or issuer of
	// claims it is given (directly or through the functions it passes
	// them to).
	Aud, Iss bool
	// Unverified is 1 + the index of the parameter whose token's claims,
	// read without verification, the function returns; or 0.
	Unverified int
}

func (c *ClaimSummary) String() string {
	var parts []string
	switch {
	case c.Aud && c.Iss:
		parts = append(parts, "checks aud, iss")
	case c.Aud:
		parts = append(parts, "checks aud")
	case c.Iss:
		parts = append(parts, "checks iss")
	}
	if c.Unverified > 0 {
		parts = append(parts, fmt.Sprintf("returns unverified claims of parameter %d", c.Unverified-1))
	}
	return strings.Join(parts, "; ")
}

// A Summarizer is a pass's part of the engine's summaries: what the pass
// knows of the functions of a package that its own findings in other
// packages depend on (jwtverify: which functions parse tokens; jwtclaims:
// which compare claims by hand). It runs with the engine's pass, after
// the engine followed the package (res is the engine's result so far),
// and returns the summaries with its own field set, and a state the
// engine keeps in its Result for the pass (see Result.State), which
// continues from it instead of computing it again.
type Summarizer func(pass *analysis.Pass, res *Result) (local map[types.Object]*Summary, state any)

var (
	summarizerNames []string
	summarizers     = map[string]Summarizer{}
)

// Register makes the engine call s, under name, on every package it
// follows, and carry its summaries to other packages in its one Summary
// fact. A pass calls it from its init function: the knowledge is the
// pass's; the fact that carries it is the engine's (an analyzer can only
// read the facts of its own types, and two analyzers cannot share one).
func Register(name string, s Summarizer) {
	if _, ok := summarizers[name]; !ok {
		summarizerNames = append(summarizerNames, name)
		sort.Strings(summarizerNames)
	}
	summarizers[name] = s
}

// merge adds to s the parts of t that s lacks.
func (s *Summary) merge(t *Summary) {
	if s.Parse == nil {
		s.Parse = t.Parse
	}
	if s.Claims == nil {
		s.Claims = t.Claims
	}
	if s.Var == nil {
		s.Var = t.Var
	}
	if s.Fallbacks == nil {
		s.Fallbacks = t.Fallbacks
	}
	// Result labels a Summarizer adds (model.Hardcoded).
	for i, l := range t.Results {
		for len(s.Results) <= i {
			s.Results = append(s.Results, 0)
		}
		s.Results[i] |= l
	}
}

// Facts reads the engine's facts of other packages, for the passes that
// require the engine (a pass can import only its own analyzer's facts).
type Facts struct{ pass *analysis.Pass }

// Summary returns the Summary of obj, a function or package-level
// variable of another package, or nil.
func (f *Facts) Summary(obj types.Object) *Summary {
	s := new(Summary)
	if f.pass.ImportObjectFact(obj, s) {
		return s
	}
	return nil
}

// Parse returns the ParseSummary of fn, a function of another package, or
// nil.
func (f *Facts) Parse(fn *types.Func) *ParseSummary {
	if s := f.Summary(fn); s != nil {
		return s.Parse
	}
	return nil
}

// Claims returns the ClaimSummary of fn, a function of another package,
// or nil.
func (f *Facts) Claims(fn *types.Func) *ClaimSummary {
	if s := f.Summary(fn); s != nil {
		return s.Claims
	}
	return nil
}

// Duration returns the value of v, a package-level time.Duration variable
// of another package initialized to a constant and never assigned again
// (see VarSummary).
func (f *Facts) Duration(v *types.Var) (time.Duration, bool) {
	if s := f.Summary(v); s != nil && s.Var != nil && s.Var.IsDuration {
		return s.Var.Duration, true
	}
	return 0, false
}

// HasParsers reports whether pkg, another package, has functions with a
// ParseSummary.
func (f *Facts) HasParsers(pkg *types.Package) bool {
	return f.pass.ImportPackageFact(pkg, new(hasParsers))
}
