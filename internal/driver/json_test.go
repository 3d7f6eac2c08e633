package driver

import (
	"strings"
	"testing"
)

func TestJSON(t *testing.T) {
	dir := fixture(t, "basic")
	// An analyzer error replaces nothing else; fixes, related information
	// and the end positions are those of go vet -json. The exit code is 0.
	want := strings.ReplaceAll(`{
	"example.com/basic/c": {
		"fails": {
			"error": "boom in c"
		},
		"marker": [
			{
				"posn": "DIR/c/c.go:5:14",
				"end": "DIR/c/c.go:5:21",
				"message": "call of Bad",
				"suggested_fixes": [
					{
						"message": "call Good instead",
						"edits": [
							{
								"filename": "DIR/c/c.go",
								"start": 56,
								"end": 59,
								"new": "Good"
							}
						]
					}
				],
				"related": [
					{
						"posn": "DIR/a/a.go:4:6",
						"end": "DIR/a/a.go:4:6",
						"message": "Bad declared here"
					}
				]
			}
		],
		"named": [
			{
				"posn": "DIR/c/c.go:5:6",
				"end": "DIR/c/c.go:5:9",
				"message": "identifier Use"
			}
		]
	}
}
`, "DIR", dir)
	check(t, dir, []string{"-json", "-fails.pkg=c", "-named.names=Use", "./c"}, 0, want, "")
}

func TestJSONMergesTestVariants(t *testing.T) {
	dir := fixture(t, "basic")
	// a/a.go is analyzed in a and in "a [a.test]": one key, no duplicates,
	// sorted.
	want := strings.ReplaceAll(`{
	"example.com/basic/a": {
		"named": [
			{
				"posn": "DIR/a/a.go:4:6",
				"end": "DIR/a/a.go:4:9",
				"message": "identifier Bad"
			},
			{
				"posn": "DIR/a/a.go:7:2",
				"end": "DIR/a/a.go:7:5",
				"message": "identifier Bad"
			},
			{
				"posn": "DIR/a/a.go:10:14",
				"end": "DIR/a/a.go:10:17",
				"message": "identifier Bad"
			},
			{
				"posn": "DIR/a/a.go:10:21",
				"end": "DIR/a/a.go:10:24",
				"message": "identifier Bad"
			},
			{
				"posn": "DIR/a/a_test.go:5:28",
				"end": "DIR/a/a_test.go:5:31",
				"message": "identifier Bad"
			}
		]
	}
}
`, "DIR", dir)
	check(t, dir, []string{"-json", "-marker=false", "-named.names=Bad", "./a"}, 0, want, "")
	check(t, dir, []string{"-json", "./b"}, 0, "{}\n", "")
}
