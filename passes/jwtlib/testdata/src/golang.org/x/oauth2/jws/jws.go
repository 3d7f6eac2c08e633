package jws

const X = 1
