package rereaduse // want package:"hasParsers"

// rereaduse calls rereadlib's functions that re-read their token
// argument unverified: each call is checked for a verification of that
// argument by the caller.

import (
	"log"
	"os"

	"rereadlib"

	"github.com/golang-jwt/jwt/v5"
)

func header() string { return os.Getenv("TOKEN") }

// Near miss: verified first by a helper with a "verifies" fact.
func verifiedFirst() bool {
	raw := header()
	if err := rereadlib.Verify(raw); err != nil {
		return false
	}
	return rereadlib.IsAdmin(raw)
}

// Near miss: verified first by a verifying parse.
func parsedFirst() bool {
	raw := header()
	if _, err := jwt.Parse(raw, nil); err != nil {
		return false
	}
	return rereadlib.IsAdmin(raw)
}

// Near miss: the tenant read first, to choose the key of the verification
// that follows (peek-then-verify).
func peekThenVerify() string {
	raw := header()
	t := rereadlib.Tenant("t-", raw)
	if _, err := jwt.Parse(raw, keyFor(t)); err != nil {
		return ""
	}
	return t
}

func keyFor(tenant string) jwt.Keyfunc { return nil }

// Never verified.
func neverVerified() bool {
	raw := header()
	return rereadlib.IsAdmin(raw) // want `rereadlib.IsAdmin reads the claims of its token argument unverified, and this token is not verified here; verify it before the call`
}

// The verification's error is only logged.
func verifyLogged() bool {
	raw := header()
	err := rereadlib.Verify(raw)
	log.Print(err)
	return rereadlib.IsAdmin(raw) // want `rereadlib.IsAdmin reads the claims of its token argument unverified`
}

// Another string is verified.
func otherVerified(other string) string { // want otherVerified:"verifies"
	raw := header()
	if err := rereadlib.Verify(other); err != nil {
		return ""
	}
	return rereadlib.Tenant("t-", raw) // want `rereadlib.Tenant reads the claims of its token argument unverified`
}

// Near miss: the argument that is re-read is verified; the other one is
// not a token.
func prefixUnverified() string {
	raw, prefix := header(), header()
	if err := rereadlib.Verify(raw); err != nil {
		return ""
	}
	return rereadlib.Tenant(prefix, raw)
}

// PassOn passes its own parameter on, and nothing in this package calls
// it: it gets the fact in turn, its callers (in rereaduse2) are checked.
func PassOn(raw string) bool { // want PassOn:"rereads\\(input 0\\) via \\(\\*jwt\\.Parser\\)\\.ParseUnverified"
	return rereadlib.IsAdmin(raw)
}

// Checked passes its parameter on too, but this package calls it with a
// string it never verified: reported at its call of rereadlib.IsAdmin.
func Checked(raw string) bool {
	return rereadlib.IsAdmin(raw) // want `rereadlib.IsAdmin reads the claims of its token argument unverified`
}

func checkedHere() bool { return Checked(header()) }

// adminOf passes its parameter on; its only caller verified it first.
func adminOf(raw string) bool {
	return rereadlib.IsAdmin(raw)
}

func adminVerified() bool {
	raw := header()
	if err := rereadlib.Verify(raw); err != nil {
		return false
	}
	return adminOf(raw)
}

// roleOf is the same, but one of its callers never verifies the string.
func roleOf(raw string) bool {
	return rereadlib.IsAdmin(raw) // want `rereadlib.IsAdmin reads the claims of its token argument unverified`
}

func roleVerified() bool {
	raw := header()
	if err := rereadlib.Verify(raw); err != nil {
		return false
	}
	return roleOf(raw)
}

func roleUnverified() bool { return roleOf(header()) }

// The string RoleAfter verifies is not the one it re-reads.
func roleAfterOther() string {
	raw := header()
	return rereadlib.RoleAfter(raw, header()) // want `rereadlib.RoleAfter reads the claims of its token argument unverified`
}

// Near miss: the string RoleAfter re-reads is the one it verifies (the
// same call verifies the argument: a peek at worst).
func roleAfterSame() string {
	raw := header()
	return rereadlib.RoleAfter(raw, raw)
}

type authn struct{ header string }

func (a *authn) value() string { return a.header }

// introspect verifies the token a holds (by the authorization server).
func introspect(a *authn) (string, error) { return "", nil }

// Near miss: IsAccessToken is only a pre-filter, its false branch rejects;
// the token is then handed to introspection, whose failure rejects too
// (the authelia bearer authz shape).
func bearerPrefilter(a *authn) (string, error) {
	var at bool
	var err error
	if at, err = rereadlib.IsAccessToken(a.value()); !at {
		return "", err
	}
	user, err := introspect(a)
	if err != nil {
		return "", err
	}
	return user, nil
}

// Near miss: the same with the answer defined in the if statement.
func bearerPrefilterCond(raw string) (string, error) {
	if ok, _ := rereadlib.IsAccessToken(raw); !ok {
		return "", nil
	}
	user, err := introspect(&authn{header: raw})
	if err != nil {
		return "", err
	}
	return user, nil
}

// The unverified answer decides acceptance: nothing checks the token after.
func bearerAccepted(a *authn) bool {
	if at, _ := rereadlib.IsAccessToken(a.value()); !at { // want `rereadlib.IsAccessToken reads the claims of its token argument unverified`
		return false
	}
	return true
}

// The token is handed on after the pre-filter, but to a call whose failure
// nothing checks.
func bearerHandedUnchecked(a *authn) string {
	if at, _ := rereadlib.IsAccessToken(a.value()); !at { // want `rereadlib.IsAccessToken reads the claims of its token argument unverified`
		return ""
	}
	user, _ := introspect(a)
	return user
}

// The answer is used beyond the guard: it is returned.
func bearerReturned(a *authn) (bool, error) {
	at, err := rereadlib.IsAccessToken(a.value()) // want `rereadlib.IsAccessToken reads the claims of its token argument unverified`
	if !at {
		return false, err
	}
	if _, err := introspect(a); err != nil {
		return false, err
	}
	return at, nil
}

// Near miss: a bool-only re-reader called in the condition.
func adminPrefilter(raw string) error {
	if !rereadlib.IsAdmin(raw) {
		return nil
	}
	if _, err := introspect(&authn{header: raw}); err != nil {
		return err
	}
	return nil
}
