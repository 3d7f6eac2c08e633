package impl // want package:`hasSummaries`

import (
	"log"
	"net/http"
)

// Printer logs what it is given.
type Printer struct{}

func (Printer) Put(s string) { // want Put:`flow\(param 0 -> log log.Println\)`
	log.Println(s)
}

// Quiet drops it.
type Quiet struct{}

func (Quiet) Drop(s string) {}

// Header makes the package followed (it uses a source).
func Header(r *http.Request) string { return r.Header.Get("Authorization") } // want Header:`flow\(result 0: Authorization header\)`
