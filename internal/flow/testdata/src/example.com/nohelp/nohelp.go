// Package nohelp logs only its own values: no function passes a parameter
// to a sink, so it is not followed and has no facts (near miss of
// loghelp).
package nohelp

import "log"

func Start(port int) {
	addr := ":" + "8080"
	log.Printf("listening on %s", addr)
}
