package files

import "log"

func show(s string) { // want show:`flow\(param 0 -> log log.Println\)`
	log.Println(s)
}
