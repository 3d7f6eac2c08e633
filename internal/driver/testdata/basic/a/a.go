package a

// Bad is the function whose calls the marker analyzer reports.
func Bad() {}

func Helper() {
	Bad()
}

func two() { Bad(); Bad() }
