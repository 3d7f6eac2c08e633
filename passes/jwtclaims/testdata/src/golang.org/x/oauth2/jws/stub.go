package jws

type ClaimSet struct{ Sub string }

func Decode(payload string) (*ClaimSet, error) { return nil, nil }
