package typo

func X() int { return "x" }
