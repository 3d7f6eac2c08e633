package p

/*
static int two(void) { return 2; }
*/
import "C"

// Bad is the function whose calls the marker analyzer reports.
func Bad() {}

func Use() int {
	Bad()
	return int(C.two())
}
