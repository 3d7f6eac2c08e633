// Package statusonly verifies no token, but exports a helper writing the
// status it is given: it is followed, so that the helper's summary says
// so (model.StatusSink) to the packages answering refused tokens with it.
package statusonly // want `followed`

import "net/http"

func Fail(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}
