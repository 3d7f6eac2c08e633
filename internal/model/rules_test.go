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

// TestNameHeuristics pins the by-name guesses the passes share.
func TestNameHeuristics(t *testing.T) {
	for _, c := range []struct {
		name                      string
		reporting, logging, check bool
	}{
		{"Infof", true, true, false},
		{"Wrapf", true, true, false},
		{"Panicf", false, true, false},
		{"Tracef", false, true, false},
		{"Validate", false, false, true},
		{"VerifyAudience", false, false, true},
		{"Parse", false, false, false},
	} {
		if IsReportingName(c.name) != c.reporting || IsLoggingName(c.name) != c.logging || IsCheckName(c.name) != c.check {
			t.Errorf("%s: reporting %v, logging %v, check %v", c.name, IsReportingName(c.name), IsLoggingName(c.name), IsCheckName(c.name))
		}
	}
	if !IsOwnValidationName("Valid") || !IsOwnValidationName("ValidateClaims") || IsOwnValidationName("Validity") {
		t.Error("IsOwnValidationName: Valid and Validate* only")
	}
	if !IsVerifyName("VerifyToken") || IsVerifyName("Valid") {
		t.Error("IsVerifyName: Verify* only")
	}
}

// TestKeyLabels: the key labels name the families of the key types, and
// come back as the same families.
func TestKeyLabels(t *testing.T) {
	for name, family := range keyAlgFamilies {
		l := keyFamilyLabels[family]
		if l == 0 || l&KeyLabels != l {
			t.Errorf("%s (%s) has no key label", name, family)
		}
		if got, other := KeyFamilies(l); len(got) != 1 || got[0] != family || other {
			t.Errorf("KeyFamilies(%v) = %v, %v, want [%s], false", l, got, other, family)
		}
	}
	if got, other := KeyFamilies(KeyRSA | KeyOther); len(got) != 1 || !other {
		t.Errorf("KeyFamilies(KeyRSA|KeyOther) = %v, %v, want [rsa], true", got, other)
	}
	if _, other := KeyFamilies(0); !other {
		t.Error("KeyFamilies(0) says every key is known")
	}
}
