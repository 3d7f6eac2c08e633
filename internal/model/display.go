package model

import "go/types"

// DisplayEffect says what a function does with a value passed to it, for
// the display-only rule: claims that are only shown (printed, logged, put
// into an error message, written back to the requester) decide nothing.
type DisplayEffect uint8

const (
	_ DisplayEffect = iota
	// Printer functions show their arguments (and their receiver's
	// accumulated fields) and return nothing a program decides on:
	// fmt.Println, log.Printf, (*slog.Logger).Info, fmt.Errorf,
	// errors.New, http.Error, (http.ResponseWriter).Write, and zerolog's
	// event fields ((*zerolog.Event).Str), which return only the event.
	Printer
	// Formatter functions turn their arguments into a value meant for a
	// printer: fmt.Sprintf, slog.String, zap.String, logrus WithField.
	// Their result is followed like the claims themselves.
	Formatter
)

var displayFuncs = map[string]DisplayEffect{}

// LookupDisplay returns what fn does with its arguments for the display-only
// rule, or 0. fn is matched by its full name (standard library and logging
// libraries, vendor prefix removed).
func LookupDisplay(fn *types.Func) DisplayEffect {
	return displayFuncs[fullName(fn)]
}

func replacePath(name, path, canon string) string {
	for i := 0; i+len(path) <= len(name); i++ {
		if name[i:i+len(path)] == path {
			return name[:i] + canon + name[i+len(path):]
		}
	}
	return name
}

func init() {
	for _, f := range []string{"Print", "Printf", "Println", "Fprint", "Fprintf", "Fprintln", "Errorf"} {
		displayFuncs["fmt."+f] = Printer
	}
	for _, f := range []string{"Sprint", "Sprintf", "Sprintln"} {
		displayFuncs["fmt."+f] = Formatter
	}
	displayFuncs["errors.New"] = Printer
	for _, f := range []string{"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"} {
		displayFuncs["log."+f] = Printer
		displayFuncs["(*log.Logger)."+f] = Printer
	}
	for _, f := range []string{"Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log"} {
		displayFuncs["log/slog."+f] = Printer
		displayFuncs["(*log/slog.Logger)."+f] = Printer
	}
	for _, f := range []string{"String", "Any"} {
		displayFuncs["log/slog."+f] = Formatter
	}
	displayFuncs["(*log/slog.Logger).With"] = Formatter
	// A value encoded to JSON: its encoding is followed like the value.
	displayFuncs["encoding/json.Marshal"] = Formatter
	displayFuncs["encoding/json.MarshalIndent"] = Formatter
	displayFuncs["net/http.Error"] = Printer
	displayFuncs["(net/http.ResponseWriter).Write"] = Printer

	z := "go.uber.org/zap"
	for _, f := range []string{"Debug", "Info", "Warn", "Error"} {
		displayFuncs["(*"+z+".Logger)."+f] = Printer
		for _, suffix := range []string{"", "f", "w"} {
			displayFuncs["(*"+z+".SugaredLogger)."+f+suffix] = Printer
		}
	}
	for _, f := range []string{"String", "Any"} {
		displayFuncs[z+"."+f] = Formatter
	}
	// zerolog: an event's field methods return the event, which Msg,
	// Msgf or Send write out; nothing can be read back from it, so a value
	// given to them is shown, whatever is done with the event.
	for _, f := range []string{"Str", "Strs", "Stringer", "Bytes", "RawJSON", "Interface", "Any", "Fields", "Dict", "Bool", "Int", "Int64", "Time", "Msg", "Msgf", "Send"} {
		displayFuncs["(*"+zerologPath+".Event)."+f] = Printer
	}
	l := "github.com/sirupsen/logrus"
	for _, f := range []string{"Debug", "Info", "Warn", "Error", "Debugf", "Infof", "Warnf", "Errorf"} {
		displayFuncs[l+"."+f] = Printer
		displayFuncs["(*"+l+".Entry)."+f] = Printer
		displayFuncs["(*"+l+".Logger)."+f] = Printer
	}
	for _, f := range []string{"WithField", "WithFields"} {
		displayFuncs[l+"."+f] = Formatter
		displayFuncs["(*"+l+".Entry)."+f] = Formatter
		displayFuncs["(*"+l+".Logger)."+f] = Formatter
	}
}

// DisplayName names a function for messages by its package's name, not
// its path: "log.Printf", "(*slog.Logger).Info", "(*jwt.Parser).Parse"
// (the generic origin of an instance).
func DisplayName(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	fn = fn.Origin()
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name() + "."
	}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return "(" + ptr + pkg + n.Obj().Name() + ")." + fn.Name()
		}
		return fn.Name()
	}
	return pkg + fn.Name()
}

// TypeDisplay names a named type (or a pointer to one) for messages by
// its package's name, without the pointer: "http.Cookie",
// "sessions.Options".
func TypeDisplay(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return t.String()
}
