package driver

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The baseline of testdata/basic ./... with the default flags.
const basicBaseline = `{
  "version": 1,
  "findings": [
    {
      "analyzer": "marker",
      "file": "a/a.go",
      "message": "call of Bad",
      "line": "Bad()"
    },
    {
      "analyzer": "marker",
      "file": "a/a.go",
      "message": "call of Bad",
      "line": "func two() { Bad(); Bad() }"
    },
    {
      "analyzer": "marker",
      "file": "a/a.go",
      "message": "call of Bad",
      "line": "func two() { Bad(); Bad() }"
    },
    {
      "analyzer": "named",
      "file": "a/a.go",
      "message": "identifier Helper",
      "line": "func Helper() {"
    },
    {
      "analyzer": "marker",
      "file": "a/a_test.go",
      "message": "call of Bad",
      "line": "func TestA(t *testing.T) { Bad() }"
    },
    {
      "analyzer": "marker",
      "file": "c/c.go",
      "message": "call of Bad",
      "line": "func Use() { a.Bad() }"
    }
  ]
}
`

func TestBaseline(t *testing.T) {
	dir := copyFixture(t, "basic")

	// -baseline-write records every finding, sorted, and reports none.
	check(t, dir, []string{"-baseline=base.json", "-baseline-write", "./..."}, 0, "",
		"tokenvet: wrote 6 findings to base.json\n")
	if got := readFile(t, dir, "base.json"); got != basicBaseline {
		t.Errorf("base.json:\n%s\nwant:\n%s", got, basicBaseline)
	}
	// Writing again gives the same file.
	check(t, dir, []string{"-baseline", "base.json", "-baseline-write", "./..."}, 0, "",
		"tokenvet: wrote 6 findings to base.json\n")
	if got := readFile(t, dir, "base.json"); got != basicBaseline {
		t.Errorf("base.json rewritten:\n%s\nwant:\n%s", got, basicBaseline)
	}
	check(t, dir, []string{"-baseline=base.json", "./..."}, 0, "", "")

	// Code moves down, and white space changes around and inside the
	// lines: the baselined findings still match.
	writeFiles(t, dir, map[string]string{
		"a/a.go": "package a\n\n// Three lines\n// moved the code\n// down.\n\n" +
			"// Bad is the function whose calls the marker analyzer reports.\nfunc Bad() {}\n\n" +
			"func Helper() {\n\t\tBad()\n}\n\nfunc two() { Bad();\t  Bad() }\n",
		"c/c.go": "package c\n\nimport \"example.com/basic/a\"\n\nvar x = 1\n\nfunc Use() { a.Bad() }\n",
	})
	check(t, dir, []string{"-baseline=base.json", "./..."}, 0, "", "")
	check(t, dir, []string{"./c"}, 3, "", lines(
		"c/c.go:7:14: call of Bad (marker)",
		"a/a.go:8:6: \tBad declared here",
	))

	// New findings are reported: another call in c, and a second "Bad()"
	// line in Helper: the baseline holds that line once.
	writeFiles(t, dir, map[string]string{
		"c/c.go": "package c\n\nimport \"example.com/basic/a\"\n\nvar x = 1\n\nfunc Use() { a.Bad() }\n\nfunc New() {\n\ta.Bad()\n}\n",
	})
	check(t, dir, []string{"-baseline=base.json", "./..."}, 3, "", lines(
		"c/c.go:10:2: call of Bad (marker)", "a/a.go:8:6: \tBad declared here"))
	writeFiles(t, dir, map[string]string{
		"a/a.go": "package a\n\n// Bad is the function whose calls the marker analyzer reports.\nfunc Bad() {}\n\n" +
			"func Helper() {\n\tBad()\n\tBad()\n}\n\nfunc two() { Bad(); Bad() }\n",
	})
	check(t, dir, []string{"-baseline=base.json", "./..."}, 3, "", lines(
		// Of the two, the later in position order is reported.
		"a/a.go:8:2: call of Bad (marker)", "a/a.go:4:6: \tBad declared here",
		"c/c.go:10:2: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"))
	// The files are keyed relative to the module root, not to the working
	// directory.
	check(t, filepath.Join(dir, "c"), []string{"-baseline=../base.json", "."}, 3, "", lines(
		"c.go:10:2: call of Bad (marker)", filepath.Join(dir, "a", "a.go")+":4:6: \tBad declared here"))
	// Without the baseline, everything is reported.
	check(t, dir, []string{"-test=false", "./..."}, 3, "", lines(
		"a/a.go:6:6: identifier Helper (named)",
		"a/a.go:7:2: call of Bad (marker)", "a/a.go:4:6: \tBad declared here",
		"a/a.go:8:2: call of Bad (marker)", "a/a.go:4:6: \tBad declared here",
		"a/a.go:11:14: call of Bad (marker)", "a/a.go:4:6: \tBad declared here",
		"a/a.go:11:21: call of Bad (marker)", "a/a.go:4:6: \tBad declared here",
		"c/c.go:7:14: call of Bad (marker)", "a/a.go:4:6: \tBad declared here",
		"c/c.go:10:2: call of Bad (marker)", "a/a.go:4:6: \tBad declared here"))

	// -fix neither fixes nor prints baselined findings.
	check(t, dir, []string{"-baseline=base.json", "-fix", "-diff", "./..."}, 0, `--- a/a.go
+++ a/a.go
@@ -5,7 +5,7 @@
 
 func Helper() {
 	Bad()
-	Bad()
+	Good()
 }
 
 func two() { Bad(); Bad() }
--- c/c.go
+++ c/c.go
@@ -7,5 +7,5 @@
 func Use() { a.Bad() }
 
 func New() {
-	a.Bad()
+	a.Good()
 }
`, "")

	// -json and -format=sarif leave the baselined findings out too.
	writeFiles(t, dir, map[string]string{
		"a/a.go": "package a\n\n// Bad is the function whose calls the marker analyzer reports.\nfunc Bad() {}\n\n" +
			"func Helper() {\n\tBad()\n}\n\nfunc two() { Bad(); Bad() }\n",
	})
	stdout, stderr, code := runTool(t, dir, "-baseline=base.json", "-json", "./...")
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(stdout), &tree); err != nil || code != 0 || stderr != "" {
		t.Fatalf("-json: exit code %d, %v, stderr %q, stdout:\n%s", code, err, stderr, stdout)
	}
	if d := tree["example.com/basic/c"]["marker"]; len(tree) != 1 || len(tree["example.com/basic/c"]) != 1 || len(d) != 1 ||
		d[0].Posn != filepath.Join(dir, "c", "c.go")+":10:2" {
		t.Errorf("-baseline -json: got\n%s\nwant only the call at c/c.go:10:2", stdout)
	}
	stdout, stderr, code = runTool(t, dir, "-baseline=base.json", "-format=sarif", "./...")
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil || code != 0 || stderr != "" || len(log.Runs) != 1 {
		t.Fatalf("-format=sarif: exit code %d, %v, stderr %q, stdout:\n%s", code, err, stderr, stdout)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		for _, l := range r.Locations {
			got = append(got, r.RuleID+" "+l.PhysicalLocation.ArtifactLocation.URI+":"+strconv.Itoa(l.PhysicalLocation.Region.StartLine))
		}
	}
	if strings.Join(got, "\n") != "marker c/c.go:10" {
		t.Errorf("-baseline -format=sarif: results %q, want [marker c/c.go:10]", got)
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := copyFixture(t, "basic")
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("bad.json", "{\"version\": 1, \"findings\": [}")
	write("other.json", "{\"version\": 1, \"findings\": [], \"extra\": true}")
	write("v2.json", "{\"version\": 2, \"findings\": []}")
	write("empty.json", "{\"version\": 1, \"findings\": [{\"analyzer\": \"marker\"}]}")
	for _, test := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-baseline-write", "./..."}, "tokenvet: -baseline-write requires -baseline FILE, the file to write\n"},
		{[]string{"-baseline=b.json", "-baseline-write", "-json", "./..."}, "tokenvet: -baseline-write and -json cannot be used together\n"},
		{[]string{"-baseline=b.json", "-baseline-write", "-format=sarif", "./..."}, "tokenvet: -baseline-write and -format=sarif cannot be used together\n"},
		{[]string{"-baseline=b.json", "-baseline-write", "-fix", "./..."}, "tokenvet: -baseline-write and -fix cannot be used together\n"},
		{[]string{"-baseline=missing.json", "./..."}, "tokenvet: -baseline: open missing.json: no such file or directory (create it with -baseline-write)\n"},
		{[]string{"-baseline=bad.json", "./..."}, "tokenvet: -baseline: bad.json: not a tokenvet baseline: invalid character '}' looking for beginning of value (regenerate it with -baseline-write)\n"},
		{[]string{"-baseline=other.json", "./..."}, "tokenvet: -baseline: other.json: not a tokenvet baseline: json: unknown field \"extra\" (regenerate it with -baseline-write)\n"},
		{[]string{"-baseline=v2.json", "./..."}, "tokenvet: -baseline: v2.json: baseline version 2, want 1 (regenerate it with -baseline-write)\n"},
		{[]string{"-baseline=empty.json", "./..."}, "tokenvet: -baseline: empty.json: finding 1 lacks its analyzer, file or message (regenerate it with -baseline-write)\n"},
		{[]string{"-baseline=a.json", "-baseline=b.json", "./..."}, "invalid value \"b.json\" for flag -baseline: given twice (first \"a.json\"): use one file\n" + usage},
	} {
		check(t, dir, test.args, 2, "", test.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.json")); err == nil {
		t.Errorf("b.json written despite a usage error")
	}

	// Packages that do not load: the baseline would miss their findings.
	broken := copyFixture(t, "broken")
	check(t, broken, []string{"-baseline=base.json", "-baseline-write", "./..."}, 1, "", lines(
		`bad/bad.go:5:30: cannot use "x" (untyped string constant) as int value in return statement`,
		"tokenvet: -baseline-write: base.json not written: fix the errors above first",
	))
	if _, err := os.Stat(filepath.Join(broken, "base.json")); err == nil {
		t.Errorf("base.json written despite load errors")
	}
}
