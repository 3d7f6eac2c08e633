package bad

func Bad() {}

func F() int { Bad(); return "x" }
