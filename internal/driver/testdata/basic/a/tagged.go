//go:build special

package a

func tagged() { Bad() }
