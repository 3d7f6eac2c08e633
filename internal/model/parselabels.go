package model

import "go/types"

// The parse labels: what the flow engine attaches to the results of the
// modelled parse calls (funcs.go), so that the passes ask it where a
// parsed token and its claims go instead of walking the syntax for the
// variables holding them.

// ParseLabels are the labels of parse results. They are no secret, and
// they do not make a package worth following on their own: jwtverify's
// parse summaries (hasParsers) say which packages parse.
const ParseLabels = UnverifiedToken | UnverifiedClaims | VerifiedToken

// ParseCallLabels says what a call of fn, a modelled parse, yields: the
// label of its result of index result (-1 for none), and the label of the
// claims it fills in through the parameters dests (a variadic parameter's
// index stands for all its arguments). ok is false when fn is no parse
// with a result or a claims destination.
func ParseCallLabels(fn *types.Func) (result int, resLabel Label, dests []int, destLabel Label, ok bool) {
	f := LookupFunc(fn)
	if f == nil {
		return -1, 0, nil, 0, false
	}
	switch f.Kind {
	case Unverified:
		resLabel, destLabel = UnverifiedToken, UnverifiedClaims
		if f.Value == ClaimsValue {
			resLabel = UnverifiedClaims
		}
	case Verified:
		resLabel, destLabel = VerifiedToken, VerifiedToken
	default:
		return -1, 0, nil, 0, false
	}
	if f.Result < 0 {
		resLabel = 0
	}
	return f.Result, resLabel, f.Dests, destLabel, f.Result >= 0 || len(f.Dests) > 0
}

// ClaimsLabel returns the label of what selecting name (a field or a
// method) on a value of type t carrying the labels recv yields: the
// claims of an unverified token are UnverifiedClaims, those of a verified
// one VerifiedToken. Its header, raw input, signature or validity
// (SelectionAccess) are no claims: 0.
func ClaimsLabel(recv Label, t types.Type, name string) Label {
	if recv&(UnverifiedToken|VerifiedToken) == 0 || SelectionAccess(t, name) != ClaimsAccess {
		return 0
	}
	var l Label
	if recv&UnverifiedToken != 0 {
		l |= UnverifiedClaims
	}
	if recv&VerifiedToken != 0 {
		l |= VerifiedToken
	}
	return l
}
