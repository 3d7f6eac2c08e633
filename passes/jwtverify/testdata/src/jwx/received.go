package jwx

import (
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/lestrrat-go/jwx/v2/jwt"
)

// A client reading the expiry of a token it received from the server it
// called, to know when to fetch a new one.
func fetchToken(c *http.Client, req *http.Request) (string, time.Duration) {
	resp, err := c.Do(req)
	if err != nil {
		return "", 0
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", 0
	}
	var result struct{ JWT string }
	if err := json.Unmarshal(data, &result); err != nil {
		return "", 0
	}
	tok, err := jwt.ParseString(result.JWT, jwt.WithVerify(false))
	if err != nil {
		return "", 0
	}
	return result.JWT, time.Until(tok.Expiration())
}

type doer interface {
	Do(*http.Request) (*http.Response, error)
}

// The same through the program's own client interface and a decoder.
func fetchTokenDoer(c doer, req *http.Request) time.Duration {
	resp, err := c.Do(req)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	var result struct{ JWT string }
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		return 0
	}
	tok, err := jwt.ParseString(result.JWT, jwt.WithVerify(false))
	if err != nil {
		return 0
	}
	return time.Until(tok.Expiration())
}

// The same client also trusting the subject of the token.
func fetchTokenSubject(c *http.Client, req *http.Request) string {
	resp, err := c.Do(req)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	var result struct{ JWT string }
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		return ""
	}
	tok, err := jwt.ParseString(result.JWT, jwt.WithVerify(false)) // want `jwt.ParseString does not verify`
	if err != nil || time.Until(tok.Expiration()) < 0 {
		return ""
	}
	return tok.Subject()
}

// Near miss of fetchToken: the token came in with the request served.
func expiryOfIncoming(r *http.Request) time.Duration {
	var body struct{ JWT string }
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return 0
	}
	tok, err := jwt.ParseString(body.JWT, jwt.WithVerify(false)) // want `jwt.ParseString does not verify`
	if err != nil {
		return 0
	}
	return time.Until(tok.Expiration())
}
