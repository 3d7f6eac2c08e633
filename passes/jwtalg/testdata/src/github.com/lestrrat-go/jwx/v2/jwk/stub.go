package jwk

type Key interface{ KeyID() string }
type Set interface{ Len() int }
