package suppress

import "testing"

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		ok   bool
	}{
		{"//tokenvet:ignore jwtverify -- verified upstream", []string{"jwtverify"}, true},
		{"//tokenvet:ignore jwtverify,jwtlib -- reason", []string{"jwtverify", "jwtlib"}, true},
		{"//tokenvet:ignore jwtverify", nil, false},       // no reason
		{"//tokenvet:ignore jwtverify --  ", nil, false},  // empty reason
		{"// tokenvet:ignore jwtverify -- x", nil, false}, // not a directive
		{"//lint:ignore SA1019 x", nil, false},
	} {
		got, ok := parse(tc.text)
		if ok != tc.ok || len(got) != len(tc.want) {
			t.Errorf("parse(%q) = %v, %v; want %v, %v", tc.text, got, ok, tc.want, tc.ok)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("parse(%q) = %v; want %v", tc.text, got, tc.want)
			}
		}
	}
	if !matches([]string{"all"}, "jwtlib") || matches([]string{"jwtlib"}, "jwtverify") {
		t.Error("matches is wrong")
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// Well-formed, or not a directive at all.
		{"//tokenvet:ignore jwtverify -- verified upstream", ""},
		{"//tokenvet:ignore jwtverify, jwtalg -- reason", ""},
		{"//tokenvet:ignore all -- generated", ""},
		{"//tokenvet:ignore mine -- the reporting analyzer's own name", ""},
		{"// tokenvet is the suite", ""},
		{"//tokenvet:ignored jwtverify", ""},
		{"//lint:ignore SA1019 x", ""},
		{"/* want `x` */", ""},
		// Malformed.
		{"//tokenvet:ignore jwtverify", "malformed //tokenvet:ignore: no reason; write //tokenvet:ignore jwtverify -- why this is safe"},
		{"//tokenvet:ignore jwtverify --  ", "malformed //tokenvet:ignore: no reason; write //tokenvet:ignore jwtverify -- why this is safe"},
		{"//tokenvet:ignore jwtverify - checked upstream", `malformed //tokenvet:ignore: the reason follows "--"; write //tokenvet:ignore jwtverify -- checked upstream`},
		{"//tokenvet:ignore jwtverify — checked upstream", `malformed //tokenvet:ignore: the reason follows "--"; write //tokenvet:ignore jwtverify -- checked upstream`},
		{"//tokenvet:ignore jwtverify: checked upstream", `malformed //tokenvet:ignore: the reason follows "--"; write //tokenvet:ignore jwtverify -- checked upstream`},
		{"//tokenvet:ignore jwtverify , jwtlib // checked", `malformed //tokenvet:ignore: the reason follows "--"; write //tokenvet:ignore jwtverify,jwtlib -- checked`},
		{"// tokenvet:ignore jwtverify -- x", `malformed //tokenvet:ignore: spelled "// tokenvet:ignore"; write //tokenvet:ignore jwtverify -- x`},
		{"//tokenvet: ignore jwtalg -- x", `malformed //tokenvet:ignore: spelled "//tokenvet: ignore"; write //tokenvet:ignore jwtalg -- x`},
		{"//TokenVet:ignore jwtleway -- x", `malformed //tokenvet:ignore: spelled "//TokenVet:ignore"; write //tokenvet:ignore jwtleeway -- x`},
		{"/*tokenvet:ignore jwtverify -- x*/", `malformed //tokenvet:ignore: spelled "/*tokenvet:ignore"; write //tokenvet:ignore jwtverify -- x`},
		{"/* tokenvet:ignore jwtverify */", `malformed //tokenvet:ignore: spelled "/* tokenvet:ignore"; write //tokenvet:ignore jwtverify -- why this is safe`},
		{"//tokenvet:ignore", "malformed //tokenvet:ignore: no analyzer name; write //tokenvet:ignore mine -- why this is safe"},
		{"//tokenvet:ignore -- reason", "malformed //tokenvet:ignore: no analyzer name; write //tokenvet:ignore mine -- reason"},
		{"//tokenvet:ignore jwtleway -- x", `unknown analyzer "jwtleway" in //tokenvet:ignore (did you mean jwtleeway?)`},
		{"//tokenvet:ignore jwtverify,al -- x", `unknown analyzer "al" in //tokenvet:ignore (did you mean all?)`},
		{"//tokenvet:ignore gosec -- x", `unknown analyzer "gosec" in //tokenvet:ignore; the names are jwtverify, jwtalg, jwtclaims, jwtleeway, jwtlib, tokenlog, tokenstorage, hardcodedsecret, weakrand, tokenrefresh and all`},
	} {
		if got := Check(tc.text, "mine"); got != tc.want {
			t.Errorf("Check(%q) =\n\t%s\nwant\n\t%s", tc.text, got, tc.want)
		}
	}
}
