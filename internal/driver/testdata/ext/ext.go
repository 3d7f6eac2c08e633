package ext

func Bad() {}

// Wrap calls Bad.
func Wrap() { Bad() }
