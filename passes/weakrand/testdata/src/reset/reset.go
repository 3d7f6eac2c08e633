package reset

import (
	crand "crypto/rand"
	"math/rand"
	"strconv"
	"time"

	"randutil"
)

type User struct {
	Email          string
	ResetToken     string
	ResetTokenTTL  int
	InviteToken    string
	APIKey         string
	DisplayName    string
	TokenExpiresAt int64
}

// Forgot stores a reset token from another package's math/rand helper.
func Forgot(u *User) {
	u.ResetToken = randutil.RandStringRunes(32) // want `randutil.RandStringRunes returns a predictable value, yet it becomes a token stored in a field \(reset.User.ResetToken\); generate it with crypto/rand`
	u.TokenExpiresAt = time.Now().Add(time.Hour).Unix()
}

// ForgotSafe: crypto/rand; math/rand for a TTL's jitter and a display
// name; a clock under a token-like name is not reported.
func ForgotSafe(u *User) {
	u.ResetToken = crand.Text()
	u.ResetTokenTTL = 3600 + rand.Intn(60)
	u.DisplayName = "user" + strconv.Itoa(rand.Intn(1000))
	u.InviteToken = strconv.FormatInt(time.Now().UnixNano(), 36)
}

func Invite(email string) *User {
	return &User{Email: email, APIKey: strconv.FormatInt(rand.Int63(), 36)} // want `math/rand.Int63 is predictable, yet its value becomes a token stored in a field \(reset.User.APIKey\)`
}

func newResetToken() string {
	return strconv.FormatUint(rand.Uint64(), 36) // want `math/rand.Uint64 is predictable, yet its value becomes the token reset.newResetToken returns; use crypto/rand`
}

func Reset(u *User) { u.Email = newResetToken() + "@example.com" }

// newRequestID makes an identifier, not a secret.
func newRequestID() string { return strconv.FormatUint(rand.Uint64(), 36) }

func Trace() string { return newRequestID() }
