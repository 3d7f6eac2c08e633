package jwt

const X = 1
