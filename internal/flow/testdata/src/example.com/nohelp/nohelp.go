// Package nohelp logs only its own values: no function passes a parameter
// to a sink, so it is not followed and has no facts (near miss of
// loghelp).
package nohelp

import (
	"context"
	"log"
	"log/slog"
)

func Start(port int) {
	addr := ":" + "8080"
	log.Printf("listening on %s", addr)
}

// Request is a request of the package's API.
type Request struct{ Name string }

// Handle logs its whole request and passes its context to a logger: a
// struct is not what a logging helper takes, and the context is not
// logged, so the package is still not followed.
func Handle(ctx context.Context, r *Request) {
	slog.InfoContext(ctx, "handling")
	log.Printf("%v", r)
}
