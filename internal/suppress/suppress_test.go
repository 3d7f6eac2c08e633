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
