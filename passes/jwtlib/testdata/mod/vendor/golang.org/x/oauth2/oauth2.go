package oauth2

const X = 1
