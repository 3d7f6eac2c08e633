package jose

type JSONWebKey struct{ Key interface{} }
type JSONWebKeySet struct{ Keys []JSONWebKey }
