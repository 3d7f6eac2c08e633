package model

import "go/types"

// Logging and flow-ending APIs of the standard library and of the common
// logging libraries, by resolved full name. They used to be matched by
// name alone in any package (a function named Fatal, a method named
// Infof); a program's own function of such a name is no longer taken for
// one of them.

// Import paths of the logging and error-wrapping libraries named below,
// at the versions of the e2e module (testdata/e2e), whose real APIs
// TestModelMatchesRealLibraries checks the names against.
const (
	zapPath       = "go.uber.org/zap"
	logrusPath    = "github.com/sirupsen/logrus"
	zerologPath   = "github.com/rs/zerolog"
	zerologLog    = zerologPath + "/log"
	klogPath      = "k8s.io/klog/v2"
	glogPath      = "github.com/golang/glog"
	hclogPath     = "github.com/hashicorp/go-hclog"
	pkgErrorsPath = "github.com/pkg/errors"
)

// LoggingPackages are the import paths of the libraries of the tables
// below, for the real-API test.
var LoggingPackages = []string{zapPath, logrusPath, zerologPath, zerologLog, klogPath, glogPath, hclogPath, pkgErrorsPath}

// terminatingFuncs end the current flow: they exit the program or the
// goroutine, panic, or stop a test. A Log call at a fatal level (zap's
// Logger.Log, logrus's Log) is not listed: whether it exits depends on
// its level argument. zerolog's Logger.Fatal and Panic are not listed
// either: they return an event, and only its Msg or Send exits.
var terminatingFuncs = map[string]bool{}

// loggingFuncs log, print or wrap into an error the arguments they are
// given: a value passed to one is shown, not checked. The standard library's
// are grouped by package (reportingPackages); these are the logging
// libraries' and github.com/pkg/errors'.
var loggingFuncs = map[string]bool{}

// addNames adds prefix+name for every name to table.
func addNames(table map[string]bool, prefix string, names ...string) {
	for _, n := range names {
		table[prefix+n] = true
	}
}

// withSuffixes returns every base name followed by every suffix.
func withSuffixes(bases []string, suffixes ...string) []string {
	var out []string
	for _, b := range bases {
		for _, s := range suffixes {
			out = append(out, b+s)
		}
	}
	return out
}

// methods returns the prefix of the full names of the methods of type
// name of package path: "(*path.T)." for a pointer receiver, "(path.I)."
// for an interface.
func methods(path, name string, pointer bool) string {
	if pointer {
		return "(*" + path + "." + name + ")."
	}
	return "(" + path + "." + name + ")."
}

func init() {
	// The standard library.
	fatal := []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
	addNames(terminatingFuncs, "", "os.Exit", "syscall.Exit", "runtime.Goexit")
	addNames(terminatingFuncs, "log.", fatal...)
	addNames(terminatingFuncs, methods("log", "Logger", true), fatal...)
	// *testing.T, B and F share the methods of the unexported
	// testing.common: a call of t.Fatal resolves to (*testing.common).Fatal.
	stop := []string{"FailNow", "Fatal", "Fatalf", "Skip", "Skipf", "SkipNow"}
	addNames(terminatingFuncs, methods("testing", "common", true), stop...)
	addNames(terminatingFuncs, methods("testing", "TB", false), stop...)

	// logrus: its functions, *Logger, *Entry, and the interfaces that
	// declare the fatal and panic levels (FieldLogger declares them itself
	// before v1.10, StdLogger from v1.10 on).
	addNames(terminatingFuncs, logrusPath+".", append(fatal, "Exit")...)
	addNames(terminatingFuncs, methods(logrusPath, "Logger", true), append(fatal, "Exit")...)
	addNames(terminatingFuncs, methods(logrusPath, "Entry", true), fatal...)
	addNames(terminatingFuncs, methods(logrusPath, "StdLogger", false), fatal...)
	addNames(terminatingFuncs, methods(logrusPath, "FieldLogger", false), fatal...)
	// zap.
	addNames(terminatingFuncs, methods(zapPath, "Logger", true), "Fatal", "Panic")
	addNames(terminatingFuncs, methods(zapPath, "SugaredLogger", true), withSuffixes([]string{"Fatal", "Panic"}, "", "f", "ln", "w")...)
	// klog and glog: Fatal* and Exit* log, then exit.
	addNames(terminatingFuncs, klogPath+".", withSuffixes([]string{"Fatal", "Exit"}, "", "f", "ln", "Depth", "fDepth", "lnDepth")...)
	addNames(terminatingFuncs, glogPath+".", withSuffixes([]string{"Fatal", "Exit"}, "", "f", "ln", "Depth", "Depthf", "Context", "Contextf", "ContextDepth", "ContextDepthf")...)

	// zap.
	zapLevels := []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"}
	addNames(loggingFuncs, methods(zapPath, "Logger", true), append(zapLevels, "Log")...)
	addNames(loggingFuncs, methods(zapPath, "SugaredLogger", true), withSuffixes(append(zapLevels, "Log"), "", "f", "ln", "w")...)
	// logrus.
	logrusLevels := withSuffixes([]string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"}, "", "f", "ln")
	addNames(loggingFuncs, logrusPath+".", logrusLevels...)
	addNames(loggingFuncs, methods(logrusPath, "Logger", true), append(logrusLevels, "Log", "Logf", "Logln")...)
	addNames(loggingFuncs, methods(logrusPath, "Entry", true), append(logrusLevels, "Log", "Logf", "Logln")...)
	for iface, levels := range map[string][]string{
		"FieldLogger":     {"Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"},
		"Ext1FieldLogger": {"Trace"},
		"StdLogger":       {"Print", "Fatal", "Panic"},
		"DebugLogger":     {"Debug"},
		"InfoLogger":      {"Info"},
		"WarnLogger":      {"Warn"},
		"ErrorLogger":     {"Error"},
		"TraceLogger":     {"Trace"},
	} {
		addNames(loggingFuncs, methods(logrusPath, iface, false), withSuffixes(levels, "", "f", "ln")...)
	}
	// zerolog: the functions that take the values to print (its levels
	// take none: they return an event).
	addNames(loggingFuncs, methods(zerologPath, "Logger", true), "Print", "Printf", "Println")
	addNames(loggingFuncs, zerologLog+".", "Print", "Printf")
	// klog.
	klogForms := []string{"", "f", "ln", "Depth", "fDepth", "lnDepth"}
	addNames(loggingFuncs, klogPath+".", withSuffixes([]string{"Info", "Warning", "Error", "Fatal", "Exit"}, klogForms...)...)
	addNames(loggingFuncs, klogPath+".", "InfoS", "InfoSDepth", "ErrorS", "ErrorSDepth")
	addNames(loggingFuncs, methods(klogPath, "Verbose", false), append(withSuffixes([]string{"Info"}, klogForms...), "InfoS", "InfoSDepth", "Error", "ErrorS")...)
	// glog.
	glogForms := []string{"", "f", "ln", "Depth", "Depthf", "Context", "Contextf", "ContextDepth", "ContextDepthf"}
	addNames(loggingFuncs, glogPath+".", withSuffixes([]string{"Info", "Warning", "Error", "Fatal", "Exit"}, glogForms...)...)
	addNames(loggingFuncs, methods(glogPath, "Verbose", false), withSuffixes([]string{"Info"}, glogForms...)...)
	// hclog.
	addNames(loggingFuncs, methods(hclogPath, "Logger", false), "Trace", "Debug", "Info", "Warn", "Error", "Log")
	// github.com/pkg/errors: a message, or an error wrapped with one.
	addNames(loggingFuncs, pkgErrorsPath+".", "Errorf", "Wrap", "Wrapf")
}

// Terminates reports whether a call of fn ends the current flow: os.Exit,
// runtime.Goexit, log.Fatal* and log.Panic* (and *log.Logger's), a test's
// FailNow, Fatal* and Skip*, and the fatal and panic levels of logrus,
// zap, klog and glog.
func Terminates(fn *types.Func) bool { return terminatingFuncs[fullName(fn)] }

// IsLoggingFunc reports whether fn is a function or method of a logging
// library (zap, logrus, zerolog, klog, glog, hclog) that logs its
// arguments, or an error constructor of github.com/pkg/errors (Errorf,
// Wrap, Wrapf): a value passed to it is shown, not checked.
func IsLoggingFunc(fn *types.Func) bool { return loggingFuncs[fullName(fn)] }
