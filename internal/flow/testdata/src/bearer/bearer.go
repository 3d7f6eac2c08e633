package bearer

import (
	"bearerlib"
	"net/http"

	"golang.org/x/oauth2"
)

func direct(tok *oauth2.Token, req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `flow: access token -> \(http.Header\).Set \(hand-set Authorization header\)`
	req.Header.Set("X-Token", tok.AccessToken)                 // near miss: another header
	tok.SetAuthHeader(req)                                     // want `flow: \*oauth2.Token -> \(\*oauth2.Token\).SetAuthHeader \(hand-set Authorization header\)`
}

// Through helpers of another package: at the calls.
func helpers(tok *oauth2.Token, req *http.Request) {
	bearerlib.Authorize(req, tok.AccessToken) // want `flow: access token -> \(http.Header\).Set \(hand-set Authorization header\)`
	bearerlib.SetHeader(req, tok.AccessToken) // near miss: another header
	bearerlib.GetChecked(tok, "https://api")  // near miss: the helper checks for 401
}

// checked compares the status with 401: nothing.
func checked(tok *oauth2.Token) {
	req, _ := http.NewRequest("GET", "https://api", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(req)
	if err == nil && resp.StatusCode == http.StatusUnauthorized {
		return
	}
}

// handed hands the response to another package's 401 check: nothing.
func handed(tok *oauth2.Token) {
	req, _ := http.NewRequest("GET", "https://api", nil)
	tok.SetAuthHeader(req)
	resp, _ := http.DefaultClient.Do(req)
	bearerlib.Unauthorized(resp)
}

// handedStatus is the near miss of handed: the helper of the package
// checks another status.
func handedStatus(tok *oauth2.Token) {
	req, _ := http.NewRequest("GET", "https://api", nil)
	tok.SetAuthHeader(req) // want `flow: \*oauth2.Token -> \(\*oauth2.Token\).SetAuthHeader \(hand-set Authorization header\)`
	resp, _ := http.DefaultClient.Do(req)
	status(resp)
}

func status(resp *http.Response) bool { return resp.StatusCode == http.StatusOK }

// returned returns the response to its caller, which may check it.
func returned(tok *oauth2.Token) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api", nil)
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}
