package request

const X = 1
