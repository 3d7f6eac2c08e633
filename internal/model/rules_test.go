package model

import "testing"

// TestFamilyRules pins the family-keyed predicates the passes ask instead
// of spelling family strings, and checks that every major version of a
// family follows the same claims rule.
func TestFamilyRules(t *testing.T) {
	for _, c := range []struct {
		family        string
		probes, hides bool
		claims        ClaimsRule
	}{
		{"go-oidc", true, false, 0},
		{"golang-jwt", false, true, ClaimsByParserOptions},
		{"jwx", false, false, ClaimsByValidateOptions},
		{"go-jose", false, false, ClaimsByExpected},
		{"idtoken", false, false, ClaimsByAudienceArg},
		{"cristalhq", false, false, ClaimsUnchecked},
		{"gbrlsnchs", false, false, ClaimsByPayloadOption},
		{"kataras", false, false, 0},
	} {
		if got := ProbesWithInsecureVerifier(c.family); got != c.probes {
			t.Errorf("ProbesWithInsecureVerifier(%q) = %v", c.family, got)
		}
		if got := ExpiredErrorMayHideForgery(c.family); got != c.hides {
			t.Errorf("ExpiredErrorMayHideForgery(%q) = %v", c.family, got)
		}
		n := 0
		for _, lib := range libraries {
			if lib.Family == c.family {
				n++
				if lib.Claims != c.claims {
					t.Errorf("%s: Claims = %d, want %d", lib.ID, lib.Claims, c.claims)
				}
			}
		}
		if n == 0 {
			t.Errorf("no library of family %q", c.family)
		}
	}
	for _, lib := range libraries {
		if lib.AudienceByParserOption() != (lib.ID == "golang-jwt/jwt/v5") {
			t.Errorf("%s: AudienceByParserOption = %v", lib.ID, lib.AudienceByParserOption())
		}
	}
	if JoseLibraryID(nil) != "go-jose" {
		t.Errorf("JoseLibraryID(nil) = %q", JoseLibraryID(nil))
	}
	if !ParserFieldAllowsAlgs("ValidMethods") || ParserFieldAllowsAlgs("SkipClaimsValidation") {
		t.Error("ParserFieldAllowsAlgs does not match golang-jwt's Parser.ValidMethods alone")
	}
	if !ParserFieldSkipsClaims("SkipClaimsValidation") || ParserFieldSkipsClaims("ValidMethods") {
		t.Error("ParserFieldSkipsClaims does not match golang-jwt's Parser.SkipClaimsValidation alone")
	}
}
