package twin

import (
	"fmt"

	"github.com/coreos/go-oidc/v3/oidc"
)

// show reads the issuer of some token for display: it says nothing about
// the verifiers above.
func show(t *oidc.IDToken) string { return fmt.Sprintf("%s (%v)", t.Issuer, t.Audience) }
