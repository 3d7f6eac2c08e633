package driver

import (
	"encoding/json"
	"fmt"
	"go/token"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/analyzers"
	"github.com/tokenvet/tokenvet/internal/meta"
)

// When the test binary runs as the tool, the marker analyzer has the
// metadata of a suite analyzer (the others have none), so that its SARIF
// rule has CWE entries, a severity and a precision.
func init() {
	if os.Getenv(toolEnv) == "1" {
		ruleMeta = func(a *analysis.Analyzer) (meta.Info, bool) {
			if a.Name != "marker" {
				return meta.Info{}, false
			}
			return meta.Info{
				Name:      "marker",
				Summary:   "report calls of marked functions",
				Doc:       "report calls of marked functions\n\nThe marked functions are\nnamed by -funcs:\n\n  - Bad by default.\n\nOther functions are not reported.",
				CWE:       []int{613, 347},
				Severity:  meta.Error,
				URL:       "https://example.com/marker",
				Precision: meta.High,
			}, true
		}
	}
}

// TestSARIF checks the whole SARIF log of a run: a rule per analyzer that
// ran (marker with metadata and CWE relationships, the others from their
// Doc), the CWE taxonomy, results sorted by position with UTF-16 columns
// (p.go's line 6 has "é😀" before the call), the related location, the fix
// (its byte offset and length are those of the file), paths relative to
// %SRCROOT%, and the analyzer failure as a notification, which does not
// change the exit status.
func TestSARIF(t *testing.T) {
	dir := fixture(t, "sarif")
	want := strings.NewReplacer("SRCROOT_URI", fileURI(dir, true), "VERSION", sarifToolVersion(moduleVersion())).Replace(`{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "tokenvet",
          "version": "VERSION",
          "informationUri": "https://github.com/tokenvet/tokenvet",
          "rules": [
            {
              "id": "marker",
              "shortDescription": {
                "text": "report calls of marked functions"
              },
              "fullDescription": {
                "text": "The marked functions are named by -funcs:"
              },
              "help": {
                "text": "report calls of marked functions\n\nThe marked functions are\nnamed by -funcs:\n\n  - Bad by default.\n\nOther functions are not reported.\n\nCWE: CWE-613: Insufficient Session Expiration; CWE-347: Improper Verification of Cryptographic Signature\n\nSuppress a finding with //tokenvet:ignore marker -- reason on its line or the line above.\n",
                "markdown": "report calls of marked functions\n\nThe marked functions are named by -funcs:\n\n  - Bad by default.\n\nOther functions are not reported.\n\n**CWE:** [CWE-613](https://cwe.mitre.org/data/definitions/613.html): Insufficient Session Expiration; [CWE-347](https://cwe.mitre.org/data/definitions/347.html): Improper Verification of Cryptographic Signature\n\nSuppress a finding with ` + "`//tokenvet:ignore marker -- reason`" + ` on its line or the line above.\n"
              },
              "helpUri": "https://example.com/marker",
              "defaultConfiguration": {
                "level": "error"
              },
              "relationships": [
                {
                  "target": {
                    "id": "613",
                    "index": 1,
                    "toolComponent": {
                      "name": "CWE",
                      "index": 0
                    }
                  },
                  "kinds": [
                    "relevant"
                  ]
                },
                {
                  "target": {
                    "id": "347",
                    "index": 0,
                    "toolComponent": {
                      "name": "CWE",
                      "index": 0
                    }
                  },
                  "kinds": [
                    "relevant"
                  ]
                }
              ],
              "properties": {
                "tags": [
                  "security",
                  "external/cwe/cwe-613",
                  "external/cwe/cwe-347"
                ],
                "precision": "high",
                "security-severity": "8.0"
              }
            },
            {
              "id": "named",
              "shortDescription": {
                "text": "report identifiers with given names"
              },
              "fullDescription": {
                "text": "report identifiers with given names"
              },
              "help": {
                "text": "report identifiers with given names\n\nSuppress a finding with //tokenvet:ignore named -- reason on its line or the line above.\n",
                "markdown": "report identifiers with given names\n\nSuppress a finding with ` + "`//tokenvet:ignore named -- reason`" + ` on its line or the line above.\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "security"
                ],
                "precision": "medium",
                "security-severity": "5.0"
              }
            },
            {
              "id": "fails",
              "shortDescription": {
                "text": "fail on a package"
              },
              "fullDescription": {
                "text": "fail on a package"
              },
              "help": {
                "text": "fail on a package\n\nSuppress a finding with //tokenvet:ignore fails -- reason on its line or the line above.\n",
                "markdown": "fail on a package\n\nSuppress a finding with ` + "`//tokenvet:ignore fails -- reason`" + ` on its line or the line above.\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              },
              "properties": {
                "tags": [
                  "security"
                ],
                "precision": "medium",
                "security-severity": "5.0"
              }
            }
          ],
          "supportedTaxonomies": [
            {
              "name": "CWE",
              "index": 0
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": false,
          "toolExecutionNotifications": [
            {
              "level": "error",
              "message": {
                "text": "fails: example.com/sarif/p: boom in p"
              }
            }
          ]
        }
      ],
      "originalUriBaseIds": {
        "%SRCROOT%": {
          "uri": "SRCROOT_URI"
        }
      },
      "taxonomies": [
        {
          "name": "CWE",
          "informationUri": "https://cwe.mitre.org/",
          "organization": "MITRE",
          "shortDescription": {
            "text": "The MITRE Common Weakness Enumeration"
          },
          "isComprehensive": false,
          "taxa": [
            {
              "id": "347",
              "name": "Improper Verification of Cryptographic Signature",
              "shortDescription": {
                "text": "Improper Verification of Cryptographic Signature"
              },
              "helpUri": "https://cwe.mitre.org/data/definitions/347.html"
            },
            {
              "id": "613",
              "name": "Insufficient Session Expiration",
              "shortDescription": {
                "text": "Insufficient Session Expiration"
              },
              "helpUri": "https://cwe.mitre.org/data/definitions/613.html"
            }
          ]
        }
      ],
      "results": [
        {
          "ruleId": "named",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "identifier Use"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "p/p.go",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 6,
                  "endLine": 6,
                  "endColumn": 9
                }
              }
            }
          ]
        },
        {
          "ruleId": "marker",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "call of Bad"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "p/p.go",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 6,
                  "startColumn": 25,
                  "endLine": 6,
                  "endColumn": 30
                }
              }
            }
          ],
          "relatedLocations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "p/p.go",
                  "uriBaseId": "%SRCROOT%"
                },
                "region": {
                  "startLine": 4,
                  "startColumn": 6,
                  "endLine": 4,
                  "endColumn": 6
                }
              },
              "message": {
                "text": "Bad declared here"
              }
            }
          ],
          "fixes": [
            {
              "description": {
                "text": "call Good instead"
              },
              "artifactChanges": [
                {
                  "artifactLocation": {
                    "uri": "p/p.go",
                    "uriBaseId": "%SRCROOT%"
                  },
                  "replacements": [
                    {
                      "deletedRegion": {
                        "startLine": 6,
                        "startColumn": 25,
                        "endLine": 6,
                        "endColumn": 28,
                        "byteOffset": 117,
                        "byteLength": 3
                      },
                      "insertedContent": {
                        "text": "Good"
                      }
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      "columnKind": "utf16CodeUnits"
    }
  ]
}
`)
	check(t, dir, []string{"-format=sarif", "-marker", "-named", "-named.names=Use", "-fails", "-fails.pkg=p", "./p"}, 0,
		want, "fails: example.com/sarif/p: boom in p\n")
}

// TestSARIFLoadError checks that a package that does not load is a
// notification, fails the execution and the exit status (1, as -json),
// with no results from it.
func TestSARIFLoadError(t *testing.T) {
	dir := fixture(t, "sarif")
	stdout, stderr, code := runTool(t, dir, "-format=sarif", "-marker", "./nosuch")
	if code != exitFailure {
		t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitFailure, stderr)
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	inv := log.Runs[0].Invocations[0]
	if inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 1 ||
		inv.ToolExecutionNotifications[0].Message.Text+"\n" != stderr {
		t.Errorf("invocation %+v, want one notification with the error printed on stderr:\n%s", inv, stderr)
	}
	if len(log.Runs[0].Results) != 0 {
		t.Errorf("results %+v, want none", log.Runs[0].Results)
	}
	if !strings.Contains(stdout, `"results": []`) {
		t.Errorf("no empty results array in:\n%s", stdout)
	}
}

func TestFormatFlag(t *testing.T) {
	dir := fixture(t, "basic")
	// -format=json is -json.
	jsonOut, _, _ := runTool(t, dir, "-json", "./c")
	check(t, dir, []string{"-format=json", "./c"}, 0, jsonOut, "")
	check(t, dir, []string{"-format=json", "-json", "./c"}, 0, jsonOut, "")
	// -format=text is the default.
	_, textErr, _ := runTool(t, dir, "./c")
	check(t, dir, []string{"-format=text", "./c"}, 3, "", textErr)

	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-format=yaml", "./c"}, "invalid value \"yaml\" for flag -format: unknown format \"yaml\" (want text, json or sarif)\n" + usage},
		{[]string{"-format=SARIF", "./c"}, "invalid value \"SARIF\" for flag -format: unknown format \"SARIF\" (want text, json or sarif)\n" + usage},
		{[]string{"-json", "-format=sarif", "./c"}, "tokenvet: -json and -format=sarif cannot be used together\n"},
		{[]string{"-json", "-format=text", "./c"}, "tokenvet: -json and -format=text cannot be used together\n"},
		{[]string{"-fix", "-format=sarif", "./c"}, "tokenvet: -fix and -format=sarif cannot be used together\n"},
		{[]string{"-fix", "-format=json", "./c"}, "tokenvet: -fix and -json cannot be used together\n"},
	} {
		check(t, dir, c.args, exitUsage, "", c.stderr)
	}
}

// TestSARIFSuiteRules checks the rules of the real analyzers: every CWE
// they cite has a name in the taxonomy, which each relationship points at,
// and the properties follow the metadata.
func TestSARIFSuiteRules(t *testing.T) {
	suite := analyzers.Suite()
	rules, taxonomy := sarifRules(analyzers.All())
	if len(rules) != len(suite) || taxonomy == nil {
		t.Fatalf("%d rules and taxonomy %v for %d analyzers", len(rules), taxonomy, len(suite))
	}
	for i, e := range suite {
		r, m := rules[i], e.Meta
		if r.ID != e.Analyzer.Name || r.ShortDescription.Text != m.Summary || r.HelpURI != m.URL ||
			r.DefaultConfiguration.Level != string(m.Severity) {
			t.Errorf("rule %d: %+v does not follow the metadata of %s", i, r, e.Analyzer.Name)
		}
		if r.FullDescription.Text == "" || r.FullDescription.Text == m.Summary || !strings.Contains(r.Help.Markdown, "//tokenvet:ignore "+m.Name+" -- reason") {
			t.Errorf("rule %s: full description %q or help lacking", r.ID, r.FullDescription.Text)
		}
		if want := m.Severity.SecuritySeverity(); r.Properties.SecuritySeverity != want {
			t.Errorf("rule %s: security-severity %q, want %q", r.ID, r.Properties.SecuritySeverity, want)
		}
		if r.Properties.Precision != string(m.Precision) || (m.Precision != meta.High && m.Precision != meta.Medium) {
			t.Errorf("rule %s: precision %q, metadata %q", r.ID, r.Properties.Precision, m.Precision)
		}
		if len(m.CWE) == 0 || len(r.Relationships) != len(m.CWE) || len(r.Properties.Tags) != 1+len(m.CWE) {
			t.Fatalf("rule %s: %d relationships and tags %v for CWE %v", r.ID, len(r.Relationships), r.Properties.Tags, m.CWE)
		}
		for j, c := range m.CWE {
			if meta.CWEName(c) == "" {
				t.Errorf("rule %s: CWE-%d has no name in internal/meta", r.ID, c)
			}
			if tag := fmt.Sprintf("external/cwe/cwe-%d", c); r.Properties.Tags[1+j] != tag {
				t.Errorf("rule %s: tag %q, want %q", r.ID, r.Properties.Tags[1+j], tag)
			}
			tgt := r.Relationships[j].Target
			if tgt.ID != fmt.Sprint(c) || taxonomy.Taxa[tgt.Index].ID != tgt.ID || taxonomy.Taxa[tgt.Index].Name != meta.CWEName(c) {
				t.Errorf("rule %s: relationship %+v does not point at CWE-%d", r.ID, tgt, c)
			}
		}
	}
	for i := 1; i < len(taxonomy.Taxa); i++ {
		var a, b int
		fmt.Sscan(taxonomy.Taxa[i-1].ID, &a)
		fmt.Sscan(taxonomy.Taxa[i].ID, &b)
		if a >= b {
			t.Errorf("taxa not sorted by number: %s before %s", taxonomy.Taxa[i-1].ID, taxonomy.Taxa[i].ID)
		}
	}
}

func TestUTF16Column(t *testing.T) {
	data := []byte("ab\nx é😀y\n")
	for _, c := range []struct {
		offset, line, col int
		want              int
	}{
		{0, 1, 1, 1},
		{2, 1, 3, 3},
		{3, 2, 1, 1},
		{5, 2, 3, 3},  // é
		{7, 2, 5, 4},  // 😀: é is one code unit
		{11, 2, 9, 6}, // y: 😀 is two
		{11, 9, 4, 4}, // a //line column: not this file's, kept
		{99, 2, 3, 3}, // beyond the file: kept
	} {
		posn := token.Position{Filename: "f.go", Offset: c.offset, Line: c.line, Column: c.col}
		if got := utf16Column(data, posn); got != c.want {
			t.Errorf("utf16Column(offset %d, column %d) = %d, want %d", c.offset, c.col, got, c.want)
		}
	}
	if got := utf16Column(nil, token.Position{Offset: 7, Line: 2, Column: 5}); got != 5 {
		t.Errorf("utf16Column without content = %d, want the byte column 5", got)
	}
}

func TestSARIFToolVersion(t *testing.T) {
	for v, want := range map[string]string{
		"v1.2.3":                             "1.2.3",
		"v0.0.0-20261130060000-abcdef012345": "0.0.0-20261130060000-abcdef012345",
		"(devel)":                            "0.0.0-devel",
		"":                                   "0.0.0-devel",
		"vx":                                 "0.0.0-devel",
	} {
		if got := sarifToolVersion(v); got != want {
			t.Errorf("sarifToolVersion(%q) = %q, want %q", v, got, want)
		}
	}
}
