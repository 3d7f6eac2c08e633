package b

func Clean() int { return 1 }
