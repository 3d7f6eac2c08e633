// Package reached: which uses of a parsed token the parse's failure may
// reach (Result.Reached), the guard's judgements given by the test: err
// compared with nil, a function that never returns (fatal), a call that
// returns only on success (must).
package reached

import "github.com/golang-jwt/jwt/v5"

func use(any) {}

func fatal(error) { panic("") }

func must(error) {}

func Checked(s string) {
	tok, err := jwt.Parse(s, nil)
	if err != nil {
		return
	}
	use(tok) // want `guarded`
}

func Unchecked(s string) {
	tok, err := jwt.Parse(s, nil)
	if err != nil {
		println(err)
	}
	use(tok) // want `reached`
}

func InBranch(s string) {
	tok, err := jwt.Parse(s, nil)
	if err == nil {
		use(tok) // want `guarded`
	}
	use(tok) // want `reached`
}

func Fatal(s string) {
	tok, err := jwt.Parse(s, nil)
	if err != nil {
		fatal(err)
	}
	use(tok) // want `guarded`
}

func Must(s string) {
	tok, err := jwt.Parse(s, nil)
	must(err)
	use(tok) // want `guarded`
}

func Switch(s string) {
	tok, err := jwt.Parse(s, nil)
	switch err {
	case nil:
		use(tok) // want `guarded`
	default:
		use(tok) // want `reached`
	}
}

func Retry(s, t string) {
	tok, err := jwt.Parse(s, nil)
	if err != nil {
		tok, err = jwt.Parse(t, nil)
		if err != nil {
			return
		}
	}
	use(tok) // want `guarded`
}

func Loop(ss []string) {
	for _, s := range ss {
		tok, err := jwt.Parse(s, nil)
		if err != nil {
			continue
		}
		use(tok) // want `guarded`
	}
}

func Closure(s string) func() {
	tok, err := jwt.Parse(s, nil)
	if err != nil {
		return func() { use(tok) } // want `reached`
	}
	return func() { use(tok) } // want `guarded`
}
