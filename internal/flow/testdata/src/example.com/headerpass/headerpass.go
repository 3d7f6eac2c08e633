package headerpass // want `followed`

import (
	"log"
	"net/http"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	dump(r.Header) // want `flow: request headers -> log.Println`
}

func dump(h http.Header) {
	for k, v := range h {
		log.Println(k, v)
	}
}
