package p

func UseQ() { Bad() }
