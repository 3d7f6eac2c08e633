package model

// The logging libraries of the flow model (tokenlog's sinks): zap, logrus,
// zerolog, klog, glog and hclog at their real import paths. A logger's
// context methods (zap's and hclog's With, logrus' WithField and
// WithFields, zerolog's field methods) are sinks themselves: a value
// attached there is written with every line the logger writes, and the
// finding belongs where it is attached, once, not at every later line.
// Field constructors (zap.String, slog.String) pass their value on to the
// call that logs the field.

// addLogFamily adds, for each level of levels, the methods prefix+level
// (every argument sent), prefix+level+"f" (printf-style: format at
// formatAt), prefix+level+"ln", prefix+level+"w" and prefix+level+"S"
// (message and key-value pairs), for the suffixes listed in suffixes.
func addLogFamily(prefix string, levels, suffixes []string, formatAt int) {
	for _, l := range levels {
		for _, s := range suffixes {
			name := prefix + l + s
			addSink(name, &Sink{Kind: LogSink})
			if s == "f" {
				formatArgs[name] = formatAt
			}
		}
	}
}

func init() {
	// go.uber.org/zap
	z := "go.uber.org/zap"
	zl := []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"}
	addLogFamily("(*"+z+".Logger).", zl, []string{""}, -1)
	addSink("(*"+z+".Logger).Log", &Sink{Kind: LogSink})
	addSink("(*"+z+".Logger).With", &Sink{Kind: LogSink})
	addSink("(*"+z+".Logger).WithLazy", &Sink{Kind: LogSink})
	addSink("(*"+z+"/zapcore.CheckedEntry).Write", &Sink{Kind: LogSink})
	addLogFamily("(*"+z+".SugaredLogger).", zl, []string{"", "f", "w", "ln"}, 0)
	for _, s := range []string{"Log", "Logw", "Logln"} {
		addSink("(*"+z+".SugaredLogger)."+s, &Sink{Kind: LogSink})
	}
	addSink("(*"+z+".SugaredLogger).Logf", &Sink{Kind: LogSink})
	formatArgs["(*"+z+".SugaredLogger).Logf"] = 1
	addSink("(*"+z+".SugaredLogger).With", &Sink{Kind: LogSink})
	addSink("(*"+z+".SugaredLogger).WithLazy", &Sink{Kind: LogSink})
	for _, f := range []string{"String", "Strings", "ByteString", "ByteStrings", "Binary", "Any", "Reflect",
		"Stringer", "Stringers", "Error", "NamedError", "Errors", "Dict", "Object", "Inline", "Array"} {
		addProp(z+"."+f, FromArgs)
	}

	// github.com/sirupsen/logrus: package functions, *Logger and *Entry,
	// and the interfaces programs hold them in (FieldLogger and, since
	// v1.10, the per-level interfaces it embeds).
	lr := "github.com/sirupsen/logrus"
	ll := []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"}
	for _, recv := range []string{lr + ".", "(*" + lr + ".Logger).", "(*" + lr + ".Entry).", "(" + lr + ".FieldLogger)."} {
		if recv == "("+lr+".FieldLogger)." {
			// Before v1.10 FieldLogger declared these itself.
			addLogFamily(recv, []string{"Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"}, []string{"", "f", "ln"}, 0)
		} else {
			addLogFamily(recv, ll, []string{"", "f", "ln"}, 0)
		}
		for _, w := range []string{"WithField", "WithFields", "WithError"} {
			addSink(recv+w, &Sink{Kind: LogSink})
		}
	}
	for _, recv := range []string{"(*" + lr + ".Logger).", "(*" + lr + ".Entry)."} {
		addSink(recv+"Log", &Sink{Kind: LogSink})
		addSink(recv+"Logln", &Sink{Kind: LogSink})
		addSink(recv+"Logf", &Sink{Kind: LogSink})
		formatArgs[recv+"Logf"] = 1
	}
	for iface, levels := range map[string][]string{
		"StdLogger": {"Print", "Fatal", "Panic"}, "DebugLogger": {"Debug"}, "InfoLogger": {"Info"},
		"WarnLogger": {"Warn"}, "ErrorLogger": {"Error"}, "TraceLogger": {"Trace"},
	} {
		addLogFamily("("+lr+"."+iface+").", levels, []string{"", "f", "ln"}, 0)
	}

	// github.com/rs/zerolog: an event's and a context's field methods,
	// Msg and Msgf, and the Print functions.
	zr := "github.com/rs/zerolog"
	fieldMethods := []string{"Str", "Strs", "StrsV", "Stringer", "Stringers", "StringersV", "Bytes", "Hex", "RawJSON",
		"AnErr", "Errs", "Err", "Any", "Interface", "Fields", "Dict", "Object", "Objects", "ObjectsV", "EmbedObject", "Array"}
	for _, m := range fieldMethods {
		addSink("(*"+zr+".Event)."+m, &Sink{Kind: LogSink})
		addSink("("+zr+".Context)."+m, &Sink{Kind: LogSink})
	}
	addSink("(*"+zr+".Event).RawCBOR", &Sink{Kind: LogSink})
	addSink("(*"+zr+".Event).Msg", &Sink{Kind: LogSink})
	addSink("(*"+zr+".Event).Msgf", &Sink{Kind: LogSink})
	formatArgs["(*"+zr+".Event).Msgf"] = 0
	for _, recv := range []string{"(*" + zr + ".Logger).", zr + "/log."} {
		addSink(recv+"Print", &Sink{Kind: LogSink})
		addSink(recv+"Printf", &Sink{Kind: LogSink})
		formatArgs[recv+"Printf"] = 0
	}
	addSink("(*"+zr+".Logger).Println", &Sink{Kind: LogSink})

	// k8s.io/klog/v2: the package functions and Verbose's methods (the
	// Depth variants take the depth first).
	kl := "k8s.io/klog/v2"
	kLevels := []string{"Info", "Warning", "Error", "Fatal", "Exit"}
	addLogFamily(kl+".", kLevels, []string{"", "ln", "Depth", "lnDepth"}, -1)
	addLogFamily(kl+".", kLevels, []string{"f"}, 0)
	addLogFamily(kl+".", kLevels, []string{"fDepth"}, -1)
	addLogFamily("("+kl+".Verbose).", []string{"Info"}, []string{"", "ln", "Depth", "lnDepth", "S", "SDepth"}, -1)
	addLogFamily("("+kl+".Verbose).", []string{"Info"}, []string{"f"}, 0)
	addLogFamily("("+kl+".Verbose).", []string{"Info"}, []string{"fDepth"}, -1)
	for _, f := range []string{kl + ".InfoS", kl + ".InfoSDepth", kl + ".ErrorS", kl + ".ErrorSDepth", "(" + kl + ".Verbose).Error", "(" + kl + ".Verbose).ErrorS"} {
		addSink(f, &Sink{Kind: LogSink})
	}
	for _, l := range kLevels {
		formatArgs[kl+"."+l+"fDepth"] = 1
	}
	formatArgs["("+kl+".Verbose).InfofDepth"] = 1

	// github.com/golang/glog: the package functions and Verbose's Info
	// methods, with their Depth and Context variants.
	gl := "github.com/golang/glog"
	gLevels := []string{"Info", "Warning", "Error", "Fatal", "Exit"}
	for _, recv := range []string{gl + ".", "(" + gl + ".Verbose)."} {
		levels := gLevels
		if recv != gl+"." {
			levels = []string{"Info"}
		}
		addLogFamily(recv, levels, []string{"", "ln", "Depth", "Context", "ContextDepth"}, -1)
		addLogFamily(recv, levels, []string{"f"}, 0)
		for _, l := range levels {
			for s, at := range map[string]int{"Depthf": 1, "Contextf": 1, "ContextDepthf": 2} {
				addSink(recv+l+s, &Sink{Kind: LogSink})
				formatArgs[recv+l+s] = at
			}
		}
	}

	// github.com/go-logr/logr: the Logger of klog's contextual logging
	// (klog.Logger is an alias), controller-runtime and others.
	lg := "(github.com/go-logr/logr.Logger)."
	for _, m := range []string{"Info", "Error", "WithValues"} {
		addSink(lg+m, &Sink{Kind: LogSink})
	}

	// github.com/hashicorp/go-hclog: the Logger interface.
	hc := "github.com/hashicorp/go-hclog"
	addLogFamily("("+hc+".Logger).", []string{"Trace", "Debug", "Info", "Warn", "Error"}, []string{""}, -1)
	addSink("("+hc+".Logger).Log", &Sink{Kind: LogSink})
	addSink("("+hc+".Logger).With", &Sink{Kind: LogSink})
	addProp(hc+".Fmt", FromArgs)
}
