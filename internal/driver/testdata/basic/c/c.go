package c

import "example.com/basic/a"

func Use() { a.Bad() }
