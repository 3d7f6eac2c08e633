package bearerlib // want package:`hasSummaries`

// bearerlib sets Authorization headers from the tokens it is given, and
// checks responses for 401.

import (
	"fmt"
	"net/http"

	"golang.org/x/oauth2"
)

// Authorize sets the header from the token it is given: its callers
// judge where the token comes from.
func Authorize(req *http.Request, token string) { // want Authorize:`flow\(param 1 -> hand-set Authorization header \(http.Header\).Set\)`
	req.Header.Set("Authorization", "Bearer "+token)
}

// AuthorizeToken reads the access token of the token it is given.
func AuthorizeToken(req *http.Request, tok *oauth2.Token) { // want AuthorizeToken:`flow\(param 1 -> hand-set Authorization header \(http.Header\).Add\)`
	req.Header.Add("Authorization", "Bearer "+tok.AccessToken)
}

// AuthorizeFormatted formats the header from the token's access token.
func AuthorizeFormatted(req *http.Request, tok *oauth2.Token) { // want AuthorizeFormatted:`flow\(param 1 -> hand-set Authorization header \(http.Header\).Set\)`
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", tok.AccessToken))
}

// AuthorizeType is the near miss of AuthorizeFormatted: the token's type
// is no access token.
func AuthorizeType(req *http.Request, tok *oauth2.Token) {
	req.Header.Set("Authorization", tok.TokenType)
}

// SetHeader is the near miss of Authorize: another header.
func SetHeader(req *http.Request, token string) {
	req.Header.Set("X-Request-Id", token)
}

// Get sends the request with SetAuthHeader: the receiver of the token
// method reaches the sink.
func Get(tok *oauth2.Token, url string) (int, error) { // want Get:`flow\(param 0 -> hand-set Authorization header \(\*oauth2.Token\).SetAuthHeader\)`
	req, _ := http.NewRequest("GET", url, nil)
	tok.SetAuthHeader(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// Unauthorized checks a response for 401: its parameter reaches a 401
// check.
func Unauthorized(resp *http.Response) bool { // want Unauthorized:`flow\(param 0 -> 401 check StatusCode\)`
	return resp.StatusCode == http.StatusUnauthorized
}

// GetChecked checks the response for 401 (a switch case): no sink in its
// summary.
func GetChecked(tok *oauth2.Token, url string) error {
	req, _ := http.NewRequest("GET", url, nil)
	tok.SetAuthHeader(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	switch resp.StatusCode {
	case 401:
		return nil
	}
	return nil
}

// GetHanded hands the response to the 401 check of this package.
func GetHanded(tok *oauth2.Token, url string) error {
	req, _ := http.NewRequest("GET", url, nil)
	tok.SetAuthHeader(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	if Unauthorized(resp) {
		return nil
	}
	return nil
}
