package analyzers

import (
	"flag"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Config is the configuration of the suite: which analyzers run and the
// values of their flags. It is what the golangci-lint plugin decodes from its
// settings, and what a configuration file of the command holds:
//
//	enable: [jwtverify, jwtlib]    # default: every analyzer
//	disable: [jwtverify]
//	analyzers:
//	  jwtlib:
//	    allow: [github.com/dgrijalva/jwt-go]   # or "a,b"
//
// The zero Config runs every analyzer with its default flags.
type Config struct {
	// Enable lists the analyzers to run; empty means all of them.
	Enable []string `json:"enable,omitempty" yaml:"enable,omitempty"`
	// Disable lists analyzers not to run. An analyzer may not appear in
	// both Enable and Disable.
	Disable []string `json:"disable,omitempty" yaml:"disable,omitempty"`
	// Analyzers maps an analyzer name to its flag values, keyed by flag
	// name without the "NAME." prefix the command line uses (jwtlib's
	// -jwtlib.allow is analyzers.jwtlib.allow). A value may be a string, a
	// bool, a number, or a list of those, which is joined with commas.
	Analyzers map[string]map[string]any `json:"analyzers,omitempty" yaml:"analyzers,omitempty"`
}

// Apply checks cfg against the entries of suite (normally Suite()), sets the
// flags it names on the analyzers (their Analyzer.Flags, the flags the
// command exposes as -NAME.flag) and returns the selected entries in suite
// order.
//
// Names of analyzers and flags match regardless of case, as configuration
// loaders such as golangci-lint's lower-case keys. Unknown analyzers or flags,
// values of the wrong kind and values a flag rejects are errors naming the
// key and the valid choices. Apply checks everything before it sets any
// flag: on error no analyzer is changed. Flags cfg does not name keep their
// current values. Selecting no analyzer at all is an error.
func Apply(cfg Config, suite []Entry) ([]Entry, error) {
	names := make([]string, len(suite))
	for i, e := range suite {
		names[i] = e.Analyzer.Name
	}
	valid := strings.Join(sorted(names), ", ")
	lookup := func(key, name string) (int, error) {
		for i, n := range names {
			if strings.EqualFold(n, name) {
				return i, nil
			}
		}
		return -1, fmt.Errorf("%s: unknown analyzer %q (valid: %s)", key, name, valid)
	}

	enabled := make([]bool, len(suite))
	if len(cfg.Enable) == 0 {
		for i := range enabled {
			enabled[i] = true
		}
	}
	for _, name := range cfg.Enable {
		i, err := lookup("enable", name)
		if err != nil {
			return nil, err
		}
		enabled[i] = true
	}
	for _, name := range cfg.Disable {
		i, err := lookup("disable", name)
		if err != nil {
			return nil, err
		}
		if len(cfg.Enable) > 0 && enabled[i] {
			return nil, fmt.Errorf("disable: analyzer %q is also in enable", names[i])
		}
		enabled[i] = false
	}

	// Check every setting, then set them.
	type setting struct {
		key   string
		flag  *flag.Flag
		value string
	}
	var settings []setting
	for _, name := range sortedKeys(cfg.Analyzers) {
		key := "analyzers." + name
		i, err := lookup("analyzers", name)
		if err != nil {
			return nil, err
		}
		fs := &suite[i].Analyzer.Flags
		var flagNames []string
		fs.VisitAll(func(f *flag.Flag) { flagNames = append(flagNames, f.Name) })
		for _, fname := range sortedKeys(cfg.Analyzers[name]) {
			fkey := key + "." + fname
			var f *flag.Flag
			fs.VisitAll(func(g *flag.Flag) {
				if f == nil && strings.EqualFold(g.Name, fname) {
					f = g
				}
			})
			if f == nil {
				if len(flagNames) == 0 {
					return nil, fmt.Errorf("%s: unknown flag %q: analyzer %s has no flags", fkey, fname, names[i])
				}
				return nil, fmt.Errorf("%s: unknown flag %q of analyzer %s (valid: %s)", fkey, fname, names[i], strings.Join(flagNames, ", "))
			}
			value, err := flagValue(cfg.Analyzers[name][fname])
			if err != nil {
				return nil, fmt.Errorf("%s: %v (want %s)", fkey, err, flagKind(f))
			}
			if err := checkValue(f, value); err != nil {
				return nil, invalidValue(fkey, value, err, f)
			}
			settings = append(settings, setting{fkey, f, value})
		}
	}
	for _, s := range settings {
		if err := s.flag.Value.Set(s.value); err != nil {
			// checkValue accepted it; a flag whose Set depends on its
			// previous value could still refuse.
			return nil, invalidValue(s.key, s.value, err, s.flag)
		}
	}

	var selected []Entry
	for i, e := range suite {
		if enabled[i] {
			selected = append(selected, e)
		}
	}
	if len(selected) == 0 {
		return nil, fmt.Errorf("no analyzer selected (valid: %s)", valid)
	}
	return selected, nil
}

// invalidValue is the error for a value flag f refused with err; it says
// what the flag wants unless err already does.
func invalidValue(key, value string, err error, f *flag.Flag) error {
	if strings.HasPrefix(err.Error(), "want ") {
		return fmt.Errorf("%s: invalid value %q: %v", key, value, err)
	}
	return fmt.Errorf("%s: invalid value %q: %v (want %s)", key, value, err, flagKind(f))
}

// flagValue renders a configuration value as the string a flag's Set takes.
func flagValue(v any) (string, error) {
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, elem := range list {
			s, err := scalar(elem)
			if err != nil {
				return "", fmt.Errorf("list element %d: %v", i, err)
			}
			parts[i] = s
		}
		return strings.Join(parts, ","), nil
	}
	if list, ok := v.([]string); ok {
		return strings.Join(list, ","), nil
	}
	return scalar(v)
}

func scalar(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", fmt.Errorf("no value")
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1<<53 {
			return strconv.FormatInt(int64(v), 10), nil
		}
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case float32:
		return strconv.FormatFloat(float64(v), 'g', -1, 32), nil
	case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
		return fmt.Sprint(v), nil
	case fmt.Stringer: // e.g. json.Number
		return v.String(), nil
	default:
		return "", fmt.Errorf("unsupported value of type %T: use a string, bool, number or list of strings", v)
	}
}

// checkValue reports whether f accepts value, without changing f: it sets a
// fresh, zero copy of the flag's value when that is a pointer (as the
// standard library's flag types and flagx's are), and otherwise trusts the
// later Set.
func checkValue(f *flag.Flag, value string) (err error) {
	t := reflect.TypeOf(f.Value)
	if t.Kind() != reflect.Pointer {
		return nil
	}
	probe, ok := reflect.New(t.Elem()).Interface().(flag.Value)
	if !ok {
		return nil
	}
	defer func() {
		if recover() != nil {
			err = nil // a value that needs more than its zero state: trust Set
		}
	}()
	return probe.Set(value)
}

// flagKind describes what a flag takes, for error messages.
func flagKind(f *flag.Flag) string {
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return "a bool"
	}
	if g, ok := f.Value.(flag.Getter); ok {
		if _, ok := g.Get().(time.Duration); ok {
			return "a duration"
		}
	}
	name, usage := flag.UnquoteUsage(f)
	switch name {
	case "", "value":
		return "a value for -" + f.Name + ": " + usage
	case "int", "uint":
		return "an " + name
	case "string":
		return "a string"
	}
	return "a " + name
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
