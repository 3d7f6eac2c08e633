package model

// The sinks of the flow model: where a secret must not go. tokenlog
// reports secrets reaching LogSink, StdoutSink, ErrorSink,
// ResponseErrorSink and PanicSink (panic is an instruction, not a
// function: the engine knows it).

func init() {
	all := &Sink{Kind: LogSink}
	for _, f := range []string{"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"} {
		addSink("log."+f, all)
		addSink("(*log.Logger)."+f, &Sink{Kind: LogSink, Recv: true})
	}
	for _, f := range []string{"Printf", "Fatalf", "Panicf"} {
		formatArgs["log."+f] = 0
		formatArgs["(*log.Logger)."+f] = 0
	}

	s := "log/slog"
	for _, f := range []string{"Debug", "Info", "Warn", "Error"} {
		addSink(s+"."+f, all)
		addSink("(*"+s+".Logger)."+f, &Sink{Kind: LogSink, Recv: true})
		addSink(s+"."+f+"Context", &Sink{Kind: LogSink, Args: []int{1, 2}})
		addSink("(*"+s+".Logger)."+f+"Context", &Sink{Kind: LogSink, Args: []int{1, 2}, Recv: true})
	}
	addSink(s+".Log", &Sink{Kind: LogSink, Args: []int{2, 3}})
	addSink(s+".LogAttrs", &Sink{Kind: LogSink, Args: []int{2, 3}})
	addSink("(*"+s+".Logger).Log", &Sink{Kind: LogSink, Args: []int{2, 3}, Recv: true})
	addSink("(*"+s+".Logger).LogAttrs", &Sink{Kind: LogSink, Args: []int{2, 3}, Recv: true})
	for _, f := range []string{"String", "Any", "Group", "StringValue", "AnyValue", "GroupValue"} {
		addProp(s+"."+f, FromArgs)
	}
	// A logger's With attaches its arguments to every line it writes:
	// the finding is there, once (see logsinks.go).
	addSink("(*"+s+".Logger).With", &Sink{Kind: LogSink})
	addSink(s+".With", &Sink{Kind: LogSink})
	addProp("(*"+s+".Logger).WithGroup", FromRecv)

	for _, f := range []string{"Print", "Printf", "Println"} {
		addSink("fmt."+f, &Sink{Kind: StdoutSink})
	}
	for _, f := range []string{"Fprint", "Fprintf", "Fprintln"} {
		addSink("fmt."+f, &Sink{Kind: StdoutSink, Args: []int{1, 2}, Writer: 1})
	}
	addSink("io.WriteString", &Sink{Kind: StdoutSink, Args: []int{1}, Writer: 1})
	addSink("errors.New", &Sink{Kind: ErrorSink})
	addSink("fmt.Errorf", &Sink{Kind: ErrorSink})
	addSink(httpError, &Sink{Kind: ResponseErrorSink, Args: []int{1}, Status: 3})
}
