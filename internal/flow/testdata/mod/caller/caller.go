package caller

import (
	"net/http"

	"example.com/mod/impl"
)

type putter interface{ Put(s string) }

type dropper interface{ Drop(s string) }

func A(r *http.Request, p putter, d dropper) {
	h := r.Header.Get("Authorization")
	p.Put(h)  // want `flow: Authorization header -> log.Println`
	d.Drop(h) // near miss: the module's implementation drops it
	var _ putter = impl.Printer{}
	var _ dropper = impl.Quiet{}
}
