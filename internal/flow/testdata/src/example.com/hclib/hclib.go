package hclib // want package:`hasSummaries`

// hclib has a function with a token on its result (the engine's
// summary) and one whose result a Summarizer labels model.Hardcoded (the
// test's, as hardcodedsecret's does for a constant key helper): the label
// is merged into the function's summary, and does not make its callers
// followed.

import "golang.org/x/oauth2"

func Bearer(tok *oauth2.Token) string { // want Bearer:`flow\(result 0: access token\)`
	return "Bearer " + tok.AccessToken
}

func Key() string { // want Key:`flow\(result 0: hard-coded constant\)`
	return "hard-coded-key-0123456789abcdefgh"
}

// Both has both: the Summarizer's label is merged with the engine's.
func Both(tok *oauth2.Token) string { // want Both:`flow\(result 0: access token\+hard-coded constant\)`
	return tok.AccessToken
}

// Getenv returns its fallback on one path: the Summarizer's Fallbacks are
// merged with the engine's flow of that parameter.
func Getenv(key, fallback string) string { // want Getenv:`flow\(param 1 -> result 0; returns param 1\)`
	if key == "" {
		return fallback
	}
	return "set"
}

// Fallback's result the Summarizer labels model.HardcodedFallback.
func Fallback() string { // want Fallback:`flow\(result 0: hard-coded fallback\)`
	return "dev-secret"
}
