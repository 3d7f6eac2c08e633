package driver

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/doc/comment"
	"go/token"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/tokenvet/tokenvet/internal/meta"
)

// SARIF 2.1.0 output (-format=sarif), for GitHub code scanning and other
// SARIF consumers, generated from plain structs: the subset of the schema
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/) tokenvet fills in.
//
// Fingerprints are left out on purpose: code scanning computes them from
// the file contents.

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	// sarifSrcRoot is the uriBaseId of the artifact URIs: the working
	// directory, which is normally the root of the repository.
	sarifSrcRoot = "%SRCROOT%"
	toolInfoURI  = "https://github.com/tokenvet/tokenvet"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	Invocations        []sarifInvocation                `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Taxonomies         []sarifToolComponent             `json:"taxonomies,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifToolComponent `json:"driver"`
}

// A sarifToolComponent is the tool's driver or a taxonomy (CWE).
type sarifToolComponent struct {
	Name                string                        `json:"name"`
	Version             string                        `json:"version,omitempty"`
	InformationURI      string                        `json:"informationUri,omitempty"`
	Organization        string                        `json:"organization,omitempty"`
	ShortDescription    *sarifMessage                 `json:"shortDescription,omitempty"`
	IsComprehensive     *bool                         `json:"isComprehensive,omitempty"`
	Rules               []sarifReportingDescriptor    `json:"rules,omitempty"`
	Taxa                []sarifReportingDescriptor    `json:"taxa,omitempty"`
	SupportedTaxonomies []sarifToolComponentReference `json:"supportedTaxonomies,omitempty"`
}

type sarifToolComponentReference struct {
	Name  string `json:"name"`
	Index int    `json:"index"`
}

// A sarifMessage is a message or a multiformatMessageString.
type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

// A sarifReportingDescriptor is a rule (an analyzer) or a taxon (a CWE
// entry).
type sarifReportingDescriptor struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name,omitempty"`
	ShortDescription     *sarifMessage       `json:"shortDescription,omitempty"`
	FullDescription      *sarifMessage       `json:"fullDescription,omitempty"`
	Help                 *sarifMessage       `json:"help,omitempty"`
	HelpURI              string              `json:"helpUri,omitempty"`
	DefaultConfiguration *sarifConfiguration `json:"defaultConfiguration,omitempty"`
	Relationships        []sarifRelationship `json:"relationships,omitempty"`
	Properties           *sarifRuleProps     `json:"properties,omitempty"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRelationship struct {
	Target sarifDescriptorReference `json:"target"`
	Kinds  []string                 `json:"kinds"`
}

type sarifDescriptorReference struct {
	ID            string                      `json:"id"`
	Index         int                         `json:"index"`
	ToolComponent sarifToolComponentReference `json:"toolComponent"`
}

// sarifRuleProps are the rule properties GitHub code scanning reads.
type sarifRuleProps struct {
	Tags             []string `json:"tags,omitempty"`
	Precision        string   `json:"precision,omitempty"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string       `json:"level"`
	Message sarifMessage `json:"message"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifMessage    `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	Fixes            []sarifFix      `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	Message          *sarifMessage         `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

// A sarifRegion is a range of lines and columns (columns in UTF-16 code
// units, see columnKind), and for a fix's deleted region also of bytes.
type sarifRegion struct {
	StartLine   int  `json:"startLine,omitempty"`
	StartColumn int  `json:"startColumn,omitempty"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     *sarifMessage         `json:"description,omitempty"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion           `json:"deletedRegion"`
	InsertedContent *sarifArtifactContent `json:"insertedContent,omitempty"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}

// ruleMeta returns the metadata of an analyzer for its SARIF rule. Tests
// replace it to give their analyzers metadata.
var ruleMeta = metaOf

// moduleVersion returns the module version of the running binary: a tag or
// pseudo-version when installed with go install or go get -tool (or built
// in a git checkout by Go 1.24 or later), "(devel)" otherwise.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// sarifToolVersion returns the module version as SARIF validators want a
// tool version, starting with a number: "v1.2.3" is "1.2.3", and a
// development build "0.0.0-devel".
func sarifToolVersion(v string) string {
	if rest, ok := strings.CutPrefix(v, "v"); ok && rest != "" && '0' <= rest[0] && rest[0] <= '9' {
		return rest
	}
	return "0.0.0-devel"
}

// printSARIF prints a SARIF 2.1.0 log of one run on w: a rule per analyzer
// in as, the CWE taxonomy they cite, and the diagnostics (sorted by file,
// line, column, then message and analyzer) as results with paths relative
// to cwd (%SRCROOT%). Package errors and analyzer failures are tool
// execution notifications; either makes the execution unsuccessful.
func printSARIF(w io.Writer, cwd string, as []*analysis.Analyzer, loadErrors []string, failures []failure, diags []diagnostic) error {
	files := &sarifFiles{cwd: cwd, content: make(map[string][]byte)}
	rules, taxonomy := sarifRules(as)
	ruleIndex := make(map[*analysis.Analyzer]int)
	for i, a := range as {
		ruleIndex[a] = i
	}

	results := []sarifResult{}
	for _, d := range diags {
		i, ok := ruleIndex[d.analyzer]
		if !ok {
			continue // cannot happen: diagnostics come from the analyzers that ran
		}
		r := sarifResult{
			RuleID:    d.analyzer.Name,
			RuleIndex: i,
			Level:     rules[i].DefaultConfiguration.Level,
			Message:   sarifMessage{Text: d.Message},
			Locations: []sarifLocation{{PhysicalLocation: files.location(d.posn, d.end)}},
		}
		fset := d.pkg.Fset
		for _, rel := range d.Related {
			if !rel.Pos.IsValid() {
				continue
			}
			posn := fset.Position(rel.Pos)
			end := fset.Position(cmp.Or(rel.End, rel.Pos))
			r.RelatedLocations = append(r.RelatedLocations, sarifLocation{
				PhysicalLocation: files.location(posn, end),
				Message:          &sarifMessage{Text: rel.Message},
			})
		}
		for _, fix := range d.SuggestedFixes {
			if f, ok := files.fix(d, fix); ok {
				r.Fixes = append(r.Fixes, f)
			}
		}
		results = append(results, r)
	}

	inv := sarifInvocation{ExecutionSuccessful: len(loadErrors) == 0 && len(failures) == 0}
	for _, e := range loadErrors {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "error",
			Message: sarifMessage{Text: e},
		})
	}
	for _, f := range failures {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level:   "error",
			Message: sarifMessage{Text: fmt.Sprintf("%s: %s: %v", f.analyzer.Name, f.pkgPath, f.err)},
		})
	}

	run := sarifRun{
		Tool: sarifTool{Driver: sarifToolComponent{
			Name:           progname,
			Version:        sarifToolVersion(moduleVersion()),
			InformationURI: toolInfoURI,
			Rules:          rules,
		}},
		Invocations: []sarifInvocation{inv},
		Results:     results,
		ColumnKind:  "utf16CodeUnits",
	}
	if cwd != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{
			sarifSrcRoot: {URI: fileURI(cwd, true)},
		}
	}
	if taxonomy != nil {
		run.Taxonomies = []sarifToolComponent{*taxonomy}
		run.Tool.Driver.SupportedTaxonomies = []sarifToolComponentReference{{Name: taxonomy.Name, Index: 0}}
	}

	data, err := json.MarshalIndent(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}, "", "  ")
	if err != nil {
		return fmt.Errorf("internal error: SARIF marshaling failed: %v", err)
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// sarifRules returns a rule for each analyzer, in order, and the CWE
// taxonomy of the entries they cite (nil if none), sorted by number.
func sarifRules(as []*analysis.Analyzer) ([]sarifReportingDescriptor, *sarifToolComponent) {
	cited := make(map[int]bool)
	for _, a := range as {
		if m, ok := ruleMeta(a); ok {
			for _, c := range m.CWE {
				cited[c] = true
			}
		}
	}
	cwes := slices.Sorted(maps.Keys(cited))
	var taxonomy *sarifToolComponent
	if len(cwes) > 0 {
		no := false
		taxonomy = &sarifToolComponent{
			Name:             "CWE",
			Organization:     "MITRE",
			InformationURI:   "https://cwe.mitre.org/",
			ShortDescription: &sarifMessage{Text: "The MITRE Common Weakness Enumeration"},
			IsComprehensive:  &no,
		}
		for _, c := range cwes {
			id := fmt.Sprint(c)
			t := sarifReportingDescriptor{ID: id, HelpURI: meta.CWEURL(c)}
			if name := meta.CWEName(c); name != "" {
				t.Name = name
				t.ShortDescription = &sarifMessage{Text: name}
			}
			taxonomy.Taxa = append(taxonomy.Taxa, t)
		}
	}

	rules := make([]sarifReportingDescriptor, 0, len(as))
	for _, a := range as {
		m, ok := ruleMeta(a)
		if !ok {
			// An analyzer outside the suite: what its Doc says.
			m = meta.Info{Name: a.Name, Summary: summary(a), Severity: meta.Warning, URL: a.URL, Precision: meta.Medium}
			if _, rest, ok := strings.Cut(a.Doc, "\n\n"); ok {
				m.Doc = m.Summary + "\n\n" + rest
			}
		}
		full := m.Summary
		if _, rest, ok := strings.Cut(m.Doc, "\n\n"); ok {
			para, _, _ := strings.Cut(strings.TrimSpace(rest), "\n\n")
			full = strings.Join(strings.Fields(para), " ")
		}
		level := string(cmp.Or(m.Severity, meta.Warning))
		r := sarifReportingDescriptor{
			ID:                   a.Name,
			ShortDescription:     &sarifMessage{Text: m.Summary},
			FullDescription:      &sarifMessage{Text: full},
			Help:                 ruleHelp(m),
			HelpURI:              m.URL,
			DefaultConfiguration: &sarifConfiguration{Level: level},
			Properties: &sarifRuleProps{
				Tags:             []string{"security"},
				Precision:        string(cmp.Or(m.Precision, meta.High)),
				SecuritySeverity: meta.Severity(level).SecuritySeverity(),
			},
		}
		for _, c := range m.CWE {
			r.Properties.Tags = append(r.Properties.Tags, fmt.Sprintf("external/cwe/cwe-%d", c))
			r.Relationships = append(r.Relationships, sarifRelationship{
				Target: sarifDescriptorReference{
					ID:            fmt.Sprint(c),
					Index:         slices.Index(cwes, c),
					ToolComponent: sarifToolComponentReference{Name: "CWE", Index: 0},
				},
				Kinds: []string{"relevant"},
			})
		}
		rules = append(rules, r)
	}
	return rules, taxonomy
}

// ruleHelp returns the help of a rule: the analyzer's documentation, as
// plain text and rendered from doc comment syntax to Markdown, followed by
// the CWE entries and how to suppress a finding.
func ruleHelp(m meta.Info) *sarifMessage {
	doc := cmp.Or(m.Doc, m.Summary)
	var cwe, cweMD []string
	for _, c := range m.CWE {
		name := meta.CWEName(c)
		cwe = append(cwe, strings.TrimSuffix(fmt.Sprintf("CWE-%d: %s", c, name), ": "))
		cweMD = append(cweMD, strings.TrimSuffix(fmt.Sprintf("[CWE-%d](%s): %s", c, meta.CWEURL(c), name), ": "))
	}
	suppress := fmt.Sprintf("//%s:ignore %s -- reason", progname, m.Name)

	text := doc + "\n"
	var p comment.Parser
	var pr comment.Printer
	md := string(pr.Markdown(p.Parse(doc)))
	if len(cwe) > 0 {
		text += "\nCWE: " + strings.Join(cwe, "; ") + "\n"
		md += "\n**CWE:** " + strings.Join(cweMD, "; ") + "\n"
	}
	text += "\nSuppress a finding with " + suppress + " on its line or the line above.\n"
	md += "\nSuppress a finding with `" + suppress + "` on its line or the line above.\n"
	return &sarifMessage{Text: text, Markdown: md}
}

// sarifFiles maps positions to SARIF locations, reading the files (once)
// for the UTF-16 columns SARIF counts in.
type sarifFiles struct {
	cwd     string
	content map[string][]byte // nil: unreadable
}

func (fs *sarifFiles) read(name string) []byte {
	data, ok := fs.content[name]
	if !ok {
		data, _ = os.ReadFile(name)
		fs.content[name] = data
	}
	return data
}

// artifact returns the location of file: relative to %SRCROOT% when under
// the working directory, else an absolute file URI.
func (fs *sarifFiles) artifact(filename string) sarifArtifactLocation {
	if rel := relativize(fs.cwd, filename); rel != filename || !filepath.IsAbs(filename) {
		u := url.URL{Path: filepath.ToSlash(rel)}
		return sarifArtifactLocation{URI: u.EscapedPath(), URIBaseID: sarifSrcRoot}
	}
	return sarifArtifactLocation{URI: fileURI(filename, false)}
}

// location returns the physical location of the range [posn, end].
func (fs *sarifFiles) location(posn, end token.Position) sarifPhysicalLocation {
	if !end.IsValid() || end.Filename != posn.Filename || end.Offset < posn.Offset {
		end = posn
	}
	loc := sarifPhysicalLocation{ArtifactLocation: fs.artifact(posn.Filename)}
	if posn.Line > 0 {
		data := fs.read(posn.Filename)
		loc.Region = &sarifRegion{
			StartLine:   posn.Line,
			StartColumn: utf16Column(data, posn),
			EndLine:     end.Line,
			EndColumn:   utf16Column(data, end),
		}
	}
	return loc
}

// fix returns the SARIF form of a suggested fix of d, with regions in the
// files that were parsed (as -fix edits them); false if it cannot be mapped
// to them.
func (fs *sarifFiles) fix(d diagnostic, fix analysis.SuggestedFix) (sarifFix, bool) {
	byFile, err := fixEdits(d.pkg, fix)
	if err != nil || len(byFile) == 0 {
		return sarifFix{}, false
	}
	f := sarifFix{Description: &sarifMessage{Text: fix.Message}}
	for _, name := range slices.Sorted(maps.Keys(byFile)) {
		fe := byFile[name]
		data := fs.read(name)
		if !sameLines(fe.tf, data) {
			return sarifFix{}, false // changed since it was parsed
		}
		change := sarifArtifactChange{ArtifactLocation: fs.artifact(name)}
		es := slices.Clone(fe.edits)
		slices.SortFunc(es, func(x, y edit) int { return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(x.end, y.end)) })
		for _, e := range es {
			start := fe.tf.PositionFor(fe.tf.Pos(e.start), false)
			end := fe.tf.PositionFor(fe.tf.Pos(e.end), false)
			offset, length := e.start, e.end-e.start
			change.Replacements = append(change.Replacements, sarifReplacement{
				DeletedRegion: sarifRegion{
					StartLine:   start.Line,
					StartColumn: utf16Column(data, start),
					EndLine:     end.Line,
					EndColumn:   utf16Column(data, end),
					ByteOffset:  &offset,
					ByteLength:  &length,
				},
				InsertedContent: &sarifArtifactContent{Text: e.text},
			})
		}
		f.ArtifactChanges = append(f.ArtifactChanges, change)
	}
	return f, true
}

// utf16Column converts the byte column of posn, whose offset is in data, to
// UTF-16 code units (1-based). Without the file's content it returns the
// byte column.
func utf16Column(data []byte, posn token.Position) int {
	if posn.Column <= 0 {
		return 1
	}
	// The offset is in the file that was parsed; a //line directive may
	// have given posn another file's line and column: check that the
	// column's bytes are the start of a line.
	lineStart := posn.Offset - (posn.Column - 1)
	if data == nil || lineStart < 0 || posn.Offset > len(data) ||
		(lineStart > 0 && data[lineStart-1] != '\n') ||
		bytes.IndexByte(data[lineStart:posn.Offset], '\n') >= 0 {
		return posn.Column
	}
	n := 1
	for prefix := data[lineStart:posn.Offset]; len(prefix) > 0; {
		r, size := utf8.DecodeRune(prefix)
		n += utf16.RuneLen(r)
		prefix = prefix[size:]
	}
	return n
}

// fileURI returns the file: URI of an absolute path, with a trailing
// slash if dir.
func fileURI(path string, dir bool) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}
