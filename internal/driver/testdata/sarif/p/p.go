package p

// Bad is the function whose calls the marker analyzer reports.
func Bad() {}

func Use() { _ = "é😀"; Bad() }
