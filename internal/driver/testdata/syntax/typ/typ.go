package typ

func F() int { return "x" }

func G() string { return 1 }

func H() { undefinedThing() }
