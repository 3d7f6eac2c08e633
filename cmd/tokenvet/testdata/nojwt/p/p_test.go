package p

import "testing"

func TestUpper(t *testing.T) {
	if Upper("a") != "A" {
		t.Fail()
	}
}
