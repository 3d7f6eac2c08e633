package lib

func Bad() {}

// Wrap calls Bad.
func Wrap() { Bad() }

func Clean() {}
