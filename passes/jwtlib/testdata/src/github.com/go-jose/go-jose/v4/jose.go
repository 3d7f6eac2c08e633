package jose

const X = 1
