package analyzers_test

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/tokenvet/tokenvet/analyzers"
	"github.com/tokenvet/tokenvet/internal/meta"
)

// recipeRE matches a recipe of docs/ci.md: a "<!-- ci-recipe: NAME -->"
// line followed by a fenced code block.
var recipeRE = regexp.MustCompile("(?m)^<!-- ci-recipe: (\\S+) -->\n```[a-z]*\n((?s:.*?))^```$")

// ciRecipes returns the recipes of docs/ci.md by file name.
func ciRecipes(t *testing.T) map[string]string {
	t.Helper()
	data, err := os.ReadFile("../docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	recipes := map[string]string{}
	for _, m := range recipeRE.FindAllStringSubmatch(string(data), -1) {
		if _, dup := recipes[m[1]]; dup {
			t.Errorf("docs/ci.md: two recipes for %s", m[1])
		}
		recipes[m[1]] = m[2]
	}
	var names []string
	for name := range recipes {
		names = append(names, name)
	}
	slices.Sort(names)
	want := []string{".github/workflows/tokenvet.yml", ".pre-commit-config.yaml", "BUILD.bazel", "MODULE.bazel", "nogo_config.json"}
	if !slices.Equal(names, want) {
		t.Fatalf("docs/ci.md recipes = %v, want %v", names, want)
	}
	return recipes
}

func decodeYAML(t *testing.T, name, text string, v any) {
	t.Helper()
	dec := yaml.NewDecoder(strings.NewReader(text))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// TestCIWorkflow checks the GitHub Actions recipe: it installs tokenvet,
// writes SARIF and uploads that file with the permission code scanning
// needs.
func TestCIWorkflow(t *testing.T) {
	const name = ".github/workflows/tokenvet.yml"
	text := ciRecipes(t)[name]
	type step struct {
		Name string            `yaml:"name"`
		Uses string            `yaml:"uses"`
		Run  string            `yaml:"run"`
		With map[string]string `yaml:"with"`
	}
	var wf struct {
		Name        string            `yaml:"name"`
		On          map[string]any    `yaml:"on"`
		Permissions map[string]string `yaml:"permissions"`
		Jobs        map[string]struct {
			RunsOn      string            `yaml:"runs-on"`
			Permissions map[string]string `yaml:"permissions"`
			Steps       []step            `yaml:"steps"`
		} `yaml:"jobs"`
	}
	decodeYAML(t, name, text, &wf)
	job, ok := wf.Jobs["tokenvet"]
	if !ok || len(wf.Jobs) != 1 {
		t.Fatalf("%s: want one job, tokenvet; got %d jobs", name, len(wf.Jobs))
	}
	if job.Permissions["security-events"] != "write" || job.Permissions["contents"] != "read" {
		t.Errorf("%s: job permissions %v, want security-events: write and contents: read", name, job.Permissions)
	}
	if wf.Permissions["contents"] != "read" || len(wf.Permissions) != 1 {
		t.Errorf("%s: workflow permissions %v, want only contents: read", name, wf.Permissions)
	}
	if _, ok := wf.On["pull_request"]; !ok {
		t.Errorf("%s: not run on pull requests", name)
	}

	// The steps in order: tokenvet's checkout, its install, the SARIF run,
	// the upload of that file.
	find := func(from int, ok func(step) bool) int {
		for i := from; i < len(job.Steps); i++ {
			if ok(job.Steps[i]) {
				return i
			}
		}
		return -1
	}
	checkout := find(0, func(s step) bool {
		return strings.HasPrefix(s.Uses, "actions/checkout@") && s.With["repository"] == strings.TrimPrefix(meta.Repository, "https://github.com/")
	})
	if checkout < 0 {
		t.Fatalf("%s: no step checks out %s", name, meta.Repository)
	}
	dir := job.Steps[checkout].With["path"]
	install := find(checkout+1, func(s step) bool {
		return strings.TrimSpace(s.Run) == "cd "+dir+" && go install ./cmd/tokenvet"
	})
	runRE := regexp.MustCompile(`^tokenvet -format=sarif \./\.\.\. > (\S+\.sarif)$`)
	run := find(install+1, func(s step) bool { return runRE.MatchString(strings.TrimSpace(s.Run)) })
	if install < 0 || run < 0 {
		t.Fatalf("%s: want a step 'cd %s && go install ./cmd/tokenvet' after the checkout, then 'tokenvet -format=sarif ./... > FILE.sarif'", name, dir)
	}
	sarif := runRE.FindStringSubmatch(strings.TrimSpace(job.Steps[run].Run))[1]
	upload := find(run+1, func(s step) bool { return strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") })
	if upload < 0 {
		t.Fatalf("%s: no github/codeql-action/upload-sarif step after the run", name)
	}
	if got := job.Steps[upload].With["sarif_file"]; got != sarif {
		t.Errorf("%s: upload-sarif uploads %q, the run writes %q", name, got, sarif)
	}
	if _, err := os.Stat(filepath.Join("..", "cmd", "tokenvet")); err != nil {
		t.Errorf("%s installs ./cmd/tokenvet: %v", name, err)
	}
}

type preCommitHook struct {
	ID            string   `yaml:"id"`
	Name          string   `yaml:"name"`
	Description   string   `yaml:"description"`
	Language      string   `yaml:"language"`
	Entry         string   `yaml:"entry"`
	Args          []string `yaml:"args"`
	PassFilenames *bool    `yaml:"pass_filenames"`
	Files         string   `yaml:"files"`
	RequireSerial bool     `yaml:"require_serial"`
}

// TestPreCommitHooks checks .pre-commit-hooks.yaml at the repository root
// and the configuration docs/ci.md gives a project.
func TestPreCommitHooks(t *testing.T) {
	data, err := os.ReadFile("../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []preCommitHook
	decodeYAML(t, ".pre-commit-hooks.yaml", string(data), &hooks)
	if len(hooks) != 1 {
		t.Fatalf(".pre-commit-hooks.yaml: %d hooks, want 1", len(hooks))
	}
	h := hooks[0]
	if h.ID != "tokenvet" || h.Language != "golang" || h.Entry != "tokenvet" ||
		h.PassFilenames == nil || *h.PassFilenames || !slices.Equal(h.Args, []string{"./..."}) || !h.RequireSerial {
		t.Errorf(".pre-commit-hooks.yaml: %+v, want id and entry tokenvet, language golang, pass_filenames false, args [./...], require_serial", h)
	}
	// language: golang runs go install ./... in this repository: the entry
	// must be the only command it builds.
	mains, _ := filepath.Glob("../cmd/*/main.go")
	if len(mains) != 1 || filepath.Base(filepath.Dir(mains[0])) != h.Entry {
		t.Errorf("commands %v: want only cmd/%s", mains, h.Entry)
	}
	files, err := regexp.Compile(h.Files)
	if err != nil {
		t.Fatalf(".pre-commit-hooks.yaml files: %v", err)
	}
	for path, want := range map[string]bool{
		"main.go": true, "internal/auth/jwt.go": true, "go.mod": true, "tools/go.mod": true,
		"README.md": false, "go.sum": false, "notgo.mod": false, "x.gox": false,
	} {
		if files.MatchString(path) != want {
			t.Errorf(".pre-commit-hooks.yaml files %q matches %s: %v, want %v", h.Files, path, !want, want)
		}
	}

	const name = ".pre-commit-config.yaml"
	var cfg struct {
		Repos []struct {
			Repo  string `yaml:"repo"`
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID string `yaml:"id"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	decodeYAML(t, name, ciRecipes(t)[name], &cfg)
	if len(cfg.Repos) != 1 || cfg.Repos[0].Repo != meta.Repository || cfg.Repos[0].Rev == "" ||
		len(cfg.Repos[0].Hooks) != 1 || cfg.Repos[0].Hooks[0].ID != h.ID {
		t.Errorf("docs/ci.md %s: %+v, want one repo %s with hook %s", name, cfg, meta.Repository, h.ID)
	}
}

// TestNogoRecipe checks the Bazel recipe: the nogo target lists the package
// of every analyzer of the suite, each exporting Analyzer, and the
// configuration names only analyzers, flags and values that exist.
func TestNogoRecipe(t *testing.T) {
	recipes := ciRecipes(t)
	const module = "github.com/tokenvet/tokenvet"
	// Gazelle's go_deps names a module's repository after its path.
	parts := strings.Split(module, "/")
	host := strings.Split(parts[0], ".")
	slices.Reverse(host)
	repo := strings.Join(append(host, parts[1:]...), "_")
	if repo != "com_github_tokenvet_tokenvet" {
		t.Fatalf("repository name %s", repo)
	}

	if mod := recipes["MODULE.bazel"]; !strings.Contains(mod, `use_repo(go_deps, "`+repo+`")`) ||
		!strings.Contains(mod, `go_sdk.nogo(nogo = "//:tokenvet_nogo")`) {
		t.Errorf("docs/ci.md MODULE.bazel lacks use_repo of %s or go_sdk.nogo of //:tokenvet_nogo:\n%s", repo, mod)
	}

	build := recipes["BUILD.bazel"]
	if !strings.Contains(build, `name = "tokenvet_nogo",`) || !strings.Contains(build, `config = "nogo_config.json",`) {
		t.Errorf("docs/ci.md BUILD.bazel: no nogo target tokenvet_nogo with config nogo_config.json:\n%s", build)
	}
	deps := regexp.MustCompile(`(?s)\bdeps = \[(.*?)\]`).FindStringSubmatch(build)
	if deps == nil {
		t.Fatalf("docs/ci.md BUILD.bazel: no deps:\n%s", build)
	}
	var labels []string
	for _, m := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(deps[1], -1) {
		labels = append(labels, m[1])
	}
	var want []string
	for _, e := range analyzers.Suite() {
		name := e.Analyzer.Name
		importPath := module + "/passes/" + name
		want = append(want, "@"+repo+"//passes/"+name)
		// The analyzer is defined in that package ...
		fn := runtime.FuncForPC(reflect.ValueOf(e.Analyzer.Run).Pointer()).Name()
		if !strings.HasPrefix(fn, importPath+".") {
			t.Errorf("%s: Run is %s, not in package %s", name, fn, importPath)
		}
		// ... which exports it as Analyzer, as nogo requires.
		if !exportsAnalyzer(t, filepath.Join("..", "passes", name)) {
			t.Errorf("package %s declares no var Analyzer", importPath)
		}
	}
	if !slices.Equal(labels, want) {
		t.Errorf("docs/ci.md BUILD.bazel deps = %v, want %v", labels, want)
	}

	type config struct {
		Description   string            `json:"description"`
		OnlyFiles     map[string]string `json:"only_files"`
		ExcludeFiles  map[string]string `json:"exclude_files"`
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
	}
	var cfg map[string]config
	dec := json.NewDecoder(bytes.NewReader([]byte(recipes["nogo_config.json"])))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf("docs/ci.md nogo_config.json: %v", err)
	}
	suite := map[string]analyzers.Entry{}
	for _, e := range analyzers.Suite() {
		suite[e.Analyzer.Name] = e
	}
	for name, c := range cfg {
		e, ok := suite[name]
		if !ok && name != "_base" {
			t.Errorf("nogo_config.json: %s is not an analyzer", name)
			continue
		}
		for re := range merge(c.OnlyFiles, c.ExcludeFiles) {
			if _, err := regexp.Compile(re); err != nil {
				t.Errorf("nogo_config.json %s: %v", name, err)
			}
		}
		for flagName, value := range c.AnalyzerFlags {
			f := e.Analyzer.Flags.Lookup(flagName)
			if f == nil {
				t.Errorf("nogo_config.json: analyzer %s has no flag %s", name, flagName)
				continue
			}
			old := f.Value.String()
			if err := f.Value.Set(value); err != nil {
				t.Errorf("nogo_config.json: -%s.%s=%s: %v", name, flagName, value, err)
			}
			if err := f.Value.Set(old); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(cfg) != len(suite) {
		t.Errorf("nogo_config.json configures %d analyzers, want all %d", len(cfg), len(suite))
	}
}

func merge(ms ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// exportsAnalyzer reports whether the package in dir declares a
// package-level var Analyzer.
func exportsAnalyzer(t *testing.T, dir string) bool {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						if n.Name == "Analyzer" {
							return true
						}
					}
				}
			}
		}
	}
	return false
}
