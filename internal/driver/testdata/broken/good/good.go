package good

func Bad() {}

func G() { Bad() }
