package loghelp // want package:`hasSummaries`

// loghelp uses no source: its SSA is built because an exported function
// passes a parameter to a sink.

import "log"

func Debug(msg string, v any) { // want Debug:`flow\(param 0 -> log log.Printf; param 1 -> log log.Printf\)`
	log.Printf("%s: %v", msg, v)
}

func constant() {
	log.Print("hello")
}
