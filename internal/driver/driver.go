// Package driver implements the tokenvet command: a standalone analysis
// driver in the style of go vet, and the unitchecker protocol used by
// "go vet -vettool".
//
// Unlike x/tools' multichecker, the standalone driver never loads the whole
// dependency graph from source. Packages of the main module(s) are
// type-checked from source (so that facts flow between them); everything else
// comes from compiler export data. See load.go.
package driver

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/unitchecker"

	tvanalyzers "github.com/tokenvet/tokenvet/analyzers"
)

const progname = "tokenvet"

// Exit codes of the standalone driver.
const (
	exitOK       = 0
	exitFailure  = 1 // packages did not load or type-check, or an analyzer failed
	exitUsage    = 2
	exitFindings = 3
)

// Main runs the tokenvet command with the given arguments (without the
// program name) and analyzers, and returns its exit code.
//
// If args follow the "go vet -vettool" protocol (-V=full, -flags, or a
// single trailing *.cfg file), Main hands over to unitchecker.Main, which
// reads os.Args and the process's standard streams and exits the process.
func Main(args []string, analyzers []*analysis.Analyzer, stdout, stderr io.Writer) (code int) {
	if IsVetProtocol(args) {
		if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
			if err := checkVetFlags(args[:n-1], analyzers); err != nil {
				return vetFlagError(args[n-1], err, stderr)
			}
		}
		os.Args = append([]string{os.Args[0]}, args...)
		unitchecker.Main(analyzers...) // exits
		panic("unreachable")
	}

	if err := analysis.Validate(analyzers); err != nil {
		fmt.Fprintf(stderr, "%s: invalid analyzer set: %v\n", progname, err)
		return exitFailure
	}

	opts, err := parseFlags(args, analyzers, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}

	if opts.version || len(opts.patterns) == 1 && opts.patterns[0] == "version" {
		bi, _ := debug.ReadBuildInfo()
		fmt.Fprintln(stdout, versionLine(bi))
		return exitOK
	}
	if len(opts.patterns) == 0 {
		shortUsage(stderr)
		return exitUsage
	}
	if opts.patterns[0] == "help" {
		return help(stdout, stderr, analyzers, opts.flags, opts.patterns[1:])
	}
	if opts.diff && !opts.fix {
		fmt.Fprintf(stderr, "%s: -diff requires -fix\n", progname)
		return exitUsage
	}
	if err := opts.resolveFormat(); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", progname, err)
		return exitUsage
	}
	if opts.fix && opts.format != "text" {
		fmt.Fprintf(stderr, "%s: -fix and -%s cannot be used together\n", progname, opts.formatFlag())
		return exitUsage
	}
	if opts.baselineWrite {
		var other string
		switch {
		case opts.baseline == "":
			fmt.Fprintf(stderr, "%s: -baseline-write requires -baseline FILE, the file to write\n", progname)
			return exitUsage
		case opts.fix:
			other = "-fix"
		case opts.format != "text":
			other = "-" + opts.formatFlag()
		}
		if other != "" {
			fmt.Fprintf(stderr, "%s: -baseline-write and %s cannot be used together\n", progname, other)
			return exitUsage
		}
	} else if opts.baseline != "" {
		b, err := readBaseline(opts.baseline)
		if err != nil {
			fmt.Fprintf(stderr, "%s: -baseline: %v\n", progname, err)
			return exitUsage
		}
		opts.baselined = b
	}
	if opts.cpuprofile != "" {
		f, err := os.Create(opts.cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "%s: -cpuprofile: %v\n", progname, err)
			return exitUsage
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "%s: -cpuprofile: %v\n", progname, err)
			return exitUsage
		}
		defer pprof.StopCPUProfile()
	}
	if opts.memprofile != "" {
		defer func() {
			f, err := os.Create(opts.memprofile)
			if err == nil {
				runtime.GC()
				err = pprof.WriteHeapProfile(f)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "%s: -memprofile: %v\n", progname, err)
				code = max(code, exitFailure)
			}
		}()
	}
	return run(opts, stdout, stderr)
}

// checkVetFlags checks the values of the analyzer flags (-NAME=bool,
// -NAME.flag=value) go vet passes on, on fresh copies of the flags'
// values. unitchecker would print the error and the whole usage for every
// package go vet analyzes, hundreds of times.
func checkVetFlags(args []string, analyzers []*analysis.Analyzer) error {
	for _, arg := range args {
		name, value, ok := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !ok || !strings.HasPrefix(arg, "-") {
			continue
		}
		for _, a := range analyzers {
			var v flag.Value
			if name == a.Name {
				v = new(triState)
			} else if fname, ok := strings.CutPrefix(name, a.Name+"."); ok {
				if f := a.Flags.Lookup(fname); f != nil {
					v = freshValue(f.Value)
				}
			}
			if v == nil {
				continue
			}
			if err := v.Set(value); err != nil {
				return fmt.Errorf("invalid value %q for flag -%s: %v", value, name, err)
			}
		}
	}
	return nil
}

// freshValue returns a zero copy of v if v is a pointer (as the standard
// library's flag types are), so that setting it has no effect; otherwise v.
func freshValue(v flag.Value) flag.Value {
	if t := reflect.TypeOf(v); t.Kind() == reflect.Pointer {
		if fresh, ok := reflect.New(t.Elem()).Interface().(flag.Value); ok {
			return fresh
		}
	}
	return v
}

// vetFlagError reports a bad flag under go vet once, not once per package:
// go vet runs the tool for each package with the configuration file
// $WORK/bNNN/vet.cfg, and the first run to create a marker file in $WORK
// (which go vet removes when it exits) prints the error and fails; the
// others exit quietly without analyzing, so go vet fails with one message.
func vetFlagError(cfg string, err error, stderr io.Writer) int {
	// Only in go vet's own work directory: a cfg named by hand gets the
	// error every time.
	if work := filepath.Dir(filepath.Dir(cfg)); filepath.IsAbs(cfg) && strings.HasPrefix(filepath.Base(work), "go-build") {
		f, ferr := os.OpenFile(filepath.Join(work, progname+"-flag-error"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if errors.Is(ferr, fs.ErrExist) {
			return exitOK
		}
		if f != nil {
			f.Close()
		}
	}
	fmt.Fprintf(stderr, "%s: %v\n", progname, err)
	return exitFailure
}

// IsVetProtocol reports whether args are those "go vet -vettool" passes to
// the tool: -V=full, -flags, or flags followed by a single *.cfg file.
func IsVetProtocol(args []string) bool {
	if n := len(args); n > 0 && strings.HasSuffix(args[n-1], ".cfg") {
		return true
	}
	for _, arg := range args {
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			break
		}
		switch strings.TrimPrefix(arg, "-") {
		case "V=full", "-V=full", "flags", "-flags", "flags=true", "-flags=true":
			return true
		}
	}
	return false
}

// options are the parsed command line of the standalone driver.
type options struct {
	analyzers []*analysis.Analyzer // enabled analyzers
	patterns  []string
	flags     *flag.FlagSet

	version bool
	json    bool
	format  string // "text", "json" or "sarif" once resolveFormat has run; "" if -format is not given
	context int
	fix     bool
	diff    bool
	tests   bool
	tags    string
	debug   string
	config  string // -config file

	baseline      string                // -baseline file
	baselineWrite bool                  // -baseline-write
	baselined     map[baselineEntry]int // the findings of the -baseline file

	cpuprofile, memprofile string
}

func (o *options) dbg(c byte) bool { return strings.IndexByte(o.debug, c) >= 0 }

// parseFlags parses args. Flag errors are printed to stderr, followed by
// the short usage.
func parseFlags(args []string, analyzers []*analysis.Analyzer, stderr io.Writer) (*options, error) {
	// A configuration file is applied first, so that flags on the command
	// line take precedence over it: a first pass over the flags finds it
	// (its errors are left to the second pass, which reports them).
	// Without -config, the nearest .tokenvet.yml (.yaml, .json) from the
	// working directory up to its module's root applies, except to help
	// and version.
	var configured []*analysis.Analyzer
	if first := newFlags(analyzers, io.Discard); first.fs.Parse(args) == nil {
		prefix, path := "-config: ", first.o.config
		if cmd := first.fs.Arg(0); path == "" && !first.o.version && cmd != "help" && cmd != "version" {
			cwd, err := os.Getwd()
			if err == nil {
				path, err = tvanalyzers.FindConfig(cwd)
				path = relativize(cwd, path)
			}
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", progname, err)
				return nil, err
			}
			prefix = ""
		}
		if path != "" {
			sel, err := applyConfig(path, analyzers)
			if err != nil {
				fmt.Fprintf(stderr, "%s: %s%v\n", progname, prefix, err)
				return nil, err
			}
			configured = sel
		}
	}

	f := newFlags(analyzers, stderr)
	o, fs := f.o, f.fs
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	o.patterns = fs.Args()
	// Like go vet, flags go before the packages: a later "-x" would be
	// taken for a package pattern.
	for _, p := range o.patterns {
		if strings.HasPrefix(p, "-") {
			err := fmt.Errorf("flag %s after the packages: flags go before the packages", p)
			fmt.Fprintf(stderr, "%s: %v\n", progname, err)
			shortUsage(stderr)
			return nil, err
		}
	}

	// If any -NAME flag is true, run only those analyzers. Otherwise, if
	// any -NAME flag is false, run all but those analyzers.
	var hasTrue, hasFalse bool
	for _, ts := range f.enabled {
		hasTrue = hasTrue || *ts == setTrue
		hasFalse = hasFalse || *ts == setFalse
	}
	for _, a := range analyzers {
		switch {
		case hasTrue && *f.enabled[a] != setTrue:
		case !hasTrue && hasFalse && *f.enabled[a] == setFalse:
		case !hasTrue && configured != nil && !slices.Contains(configured, a):
			// not selected by the configuration file
		default:
			o.analyzers = append(o.analyzers, a)
		}
	}
	return o, nil
}

// flags is the flag set of the standalone driver and what it sets.
type flags struct {
	o       *options
	fs      *flag.FlagSet
	enabled map[*analysis.Analyzer]*triState
}

// newFlags returns the command's flags, which print errors to w. The
// analyzers' own flags are shared: parsing sets them.
func newFlags(analyzers []*analysis.Analyzer, w io.Writer) *flags {
	o := &options{context: -1, tests: true}
	fs := flag.NewFlagSet(progname, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() { shortUsage(w) }
	o.flags = fs

	// Like analysisflags.Parse in multi mode: -NAME and -NAME.flag.
	enabled := make(map[*analysis.Analyzer]*triState)
	for _, a := range analyzers {
		ts := new(triState)
		fs.Var(ts, a.Name, fmt.Sprintf("enable %q analysis", a.Name))
		enabled[a] = ts
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}

	fs.BoolVar(&o.json, "json", false, "emit JSON output (go vet's format) on stdout")
	fs.Var((*formatValue)(&o.format), "format", "output `format`: text (findings on stderr), json (as -json) or sarif (SARIF 2.1.0 on stdout, for code scanning)")
	fs.IntVar(&o.context, "c", -1, "display offending line with this many lines of context")
	fs.BoolVar(&o.fix, "fix", false, "apply the first suggested fix of each diagnostic, then print the findings that remain")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, don't update the files, but print a unified diff")
	fs.BoolVar(&o.tests, "test", true, "analyze test files too")
	fs.StringVar(&o.tags, "tags", "", "comma-separated list of build tags")
	fs.StringVar(&o.debug, "debug", "", `debug flags, any subset of "flps": log [f]acts, [l]oaded packages, no [p]arallelism, [s]anity-check facts`)
	fs.Var(versionFlag{&o.version}, "V", "print the version and exit (-V=full: go vet's protocol)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit (also: tokenvet version)")
	fs.Bool("flags", false, "print analyzer flags in JSON (for go vet)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile to this file")
	fs.StringVar(&o.memprofile, "memprofile", "", "write a memory profile to this file")
	fs.Var((*onceString)(&o.baseline), "baseline", "don't report the findings recorded in this JSON `file` (see README); with -baseline-write, write it")
	fs.BoolVar(&o.baselineWrite, "baseline-write", false, "write the current findings to the -baseline file instead of reporting them")
	fs.Var((*onceString)(&o.config), "config", "read the analyzers to run and their flags from this YAML or JSON `file` (see README; default: the nearest .tokenvet.yml, .tokenvet.yaml or .tokenvet.json from the working directory up to the module root); command-line flags take precedence")
	return &flags{o, fs, enabled}
}

// A formatValue is the value of -format: text, json or sarif.
type formatValue string

func (f *formatValue) String() string { return string(*f) }

func (f *formatValue) Set(v string) error {
	switch v {
	case "text", "json", "sarif":
		*f = formatValue(v)
		return nil
	}
	return fmt.Errorf("unknown format %q (want text, json or sarif)", v)
}

// resolveFormat sets o.format from -format and -json, which may be given
// together only when they agree.
func (o *options) resolveFormat() error {
	switch {
	case o.format == "":
		o.format = "text"
		if o.json {
			o.format = "json"
		}
	case o.json && o.format != "json":
		return fmt.Errorf("-json and -format=%s cannot be used together", o.format)
	}
	o.json = o.format == "json"
	return nil
}

// formatFlag returns the flag that selected the output format, for
// messages.
func (o *options) formatFlag() string {
	if o.format == "json" {
		return "json"
	}
	return "format=" + o.format
}

// A onceString is a string flag that may be given only once.
type onceString string

func (s *onceString) String() string { return string(*s) }

func (s *onceString) Set(v string) error {
	if *s != "" {
		return fmt.Errorf("given twice (first %q): use one file", string(*s))
	}
	if v == "" {
		return fmt.Errorf("empty file name")
	}
	*s = onceString(v)
	return nil
}

// applyConfig loads a configuration file, sets the analyzer flags it names
// and returns the analyzers it selects.
func applyConfig(path string, as []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	cfg, err := tvanalyzers.LoadConfig(path)
	if err != nil {
		return nil, err
	}
	suite := make([]tvanalyzers.Entry, len(as))
	for i, a := range as {
		suite[i] = tvanalyzers.Entry{Analyzer: a}
	}
	sel, err := tvanalyzers.Apply(cfg, suite)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var out []*analysis.Analyzer
	for _, e := range sel {
		out = append(out, e.Analyzer)
	}
	return out, nil
}

func shortUsage(w io.Writer) {
	fmt.Fprintf(w, `usage: %[1]s [flags] [packages]
Run '%[1]s help' for the analyzers and flags, '%[1]s help NAME' for one analyzer.
`, progname)
}

// A triState is a boolean flag that knows whether it was set, as in
// analysisflags: -NAME and -NAME=false.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) Get() any { return *ts == setTrue }

func (ts *triState) Set(value string) error {
	b, err := strconv.ParseBool(value)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	if b {
		*ts = setTrue
	} else {
		*ts = setFalse
	}
	return nil
}

func (ts *triState) String() string {
	if ts != nil && *ts == setFalse {
		return "false"
	}
	return "true"
}

func (ts *triState) IsBoolFlag() bool { return true }

// versionFlag is -V: -V=full is handled by unitchecker before flags are
// parsed (see IsVetProtocol); -V alone is -version.
type versionFlag struct{ version *bool }

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) String() string   { return "" }
func (f versionFlag) Set(s string) error {
	if s == "true" {
		*f.version = true
		return nil
	}
	return fmt.Errorf("unsupported value %q (use -V, or -V=full for go vet)", s)
}

// versionLine returns what -version prints: the module version of the
// binary from its build info ("(devel)" when built from a checkout, then
// with the VCS revision when the go command recorded it) and the Go
// version it was built with.
func versionLine(bi *debug.BuildInfo) string {
	if bi == nil {
		return progname + " (unknown version)"
	}
	v := cmp.Or(bi.Main.Version, "(devel)")
	if v == "(devel)" {
		var rev, modified string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value
			}
		}
		if rev != "" {
			v += " " + rev[:min(len(rev), 12)]
			if modified == "true" {
				v += "+dirty"
			}
		}
	}
	return fmt.Sprintf("%s %s, built with %s", progname, v, bi.GoVersion)
}

// checkerOptions are the options passed to checker.Analyze.
func (o *options) checkerOptions(stderr io.Writer) *checker.Options {
	opts := &checker.Options{
		Sequential:  o.dbg('p'),
		SanityCheck: o.dbg('s'),
	}
	if o.dbg('f') {
		opts.FactLog = stderr
	}
	return opts
}
