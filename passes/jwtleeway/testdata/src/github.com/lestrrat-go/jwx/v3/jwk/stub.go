package jwk

type Set interface{ Len() int }
type Key interface{ KeyID() string }
