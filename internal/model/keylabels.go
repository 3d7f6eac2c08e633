package model

import "go/types"

// The keys a keyfunc returns, as flow labels (see KeyRSA): the flow
// engine labels a value with the family of the verification key its type
// is, by resolved full name, and carries the labels through variables,
// interfaces, returns, function values and, in its summaries, across
// packages. jwtalg reads them: a keyfunc all of whose keys are asymmetric
// public keys cannot be made to verify an HS256 token.

// KeyLabels are the key labels.
const KeyLabels = KeyRSA | KeyECDSA | KeyEd25519 | KeyOther

// keyFamilyLabels are the labels of the asymmetric key families of
// KeyAlgFamily (the types golang-jwt's signing methods accept:
// *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey).
var keyFamilyLabels = map[string]Label{
	RSAKeyFamily:     KeyRSA,
	ECDSAKeyFamily:   KeyECDSA,
	Ed25519KeyFamily: KeyEd25519,
}

// KeyLabel returns the key label of a value of type t: KeyRSA,
// KeyECDSA or KeyEd25519 for the public key types golang-jwt verifies
// with, 0 otherwise ([]byte is every byte slice: it is not labelled).
func KeyLabel(t types.Type) Label {
	return keyFamilyLabels[KeyAlgFamily(t)]
}

// KeyFamilies returns the key families (KeyAlgFamily names) of the key
// labels of l, in a fixed order, and whether l also says some key is of
// another kind (KeyOther) or none is known at all.
func KeyFamilies(l Label) (families []string, other bool) {
	for _, f := range []string{RSAKeyFamily, ECDSAKeyFamily, Ed25519KeyFamily} {
		if l&keyFamilyLabels[f] != 0 {
			families = append(families, f)
		}
	}
	return families, l&KeyOther != 0 || len(families) == 0
}
