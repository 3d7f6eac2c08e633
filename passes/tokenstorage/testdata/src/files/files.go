package files

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"testing"

	"conf"
	"golang.org/x/oauth2"
)

const sharedMode = 0o640

func writeFile(tok *oauth2.Token) {
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0o644)           // want `os.WriteFile writes a token \(access token\) to a file with mode 0644 \(os.WriteFile\), readable by other users; use 0600`
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0o600)           // near miss: 0600
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0400)            // near miss: 0400
	os.WriteFile("/tmp/exp", []byte(tok.Expiry.String()), 0o644)      // near miss: not a token
	ioutil.WriteFile("/tmp/rt", []byte(tok.RefreshToken), sharedMode) // want `ioutil.WriteFile writes a token \(refresh token\) to a file with mode 0640`
}

func otherPackageConst(tok *oauth2.Token) {
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), conf.TokenFileMode) // want `mode 0644`
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), conf.PrivateMode)   // near miss
}

func nonConst(tok *oauth2.Token, mode os.FileMode) {
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), mode) // near miss: mode unknown
}

func create(tok *oauth2.Token) error {
	f, err := os.Create("/tmp/token.json") // create: 0666
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(tok) // want `\(\*json.Encoder\).Encode writes a token \(\*oauth2.Token\) to a file with mode 0666 \(os.Create\)`
}

func createNoToken(tok *oauth2.Token) error {
	f, err := os.Create("/tmp/expiry")
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintln(f, tok.Expiry) // near miss: not a token
	return err
}

func openFile(tok *oauth2.Token) {
	f, _ := os.OpenFile("/tmp/at", os.O_CREATE|os.O_WRONLY, 0o644)
	f.WriteString(tok.AccessToken)        // want `\(\*os.File\).WriteString writes a token \(access token\) to a file with mode 0644 \(os.OpenFile\)`
	fmt.Fprintf(f, "%s", tok.AccessToken) // want `fmt.Fprintf writes a token`
	io.WriteString(f, tok.RefreshToken)   // want `io.WriteString writes a token \(refresh token\)`
	g, _ := os.OpenFile("/tmp/at", os.O_CREATE|os.O_WRONLY, 0o600)
	g.WriteString(tok.AccessToken) // near miss: 0600
	w := bufio.NewWriter(g)
	w.WriteString(tok.AccessToken) // near miss: 0600 through bufio
}

func buffered(tok *oauth2.Token) {
	f, _ := os.Create("/tmp/at")
	w := bufio.NewWriter(f)
	w.WriteString(tok.AccessToken) // want `\(\*bufio.Writer\).WriteString writes a token \(access token\) to a file with mode 0666 \(os.Create\)`
	w.Flush()
}

func chmodWidens(tok *oauth2.Token) {
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0o600) // want `mode 0644 \(os.Chmod\)`
	os.Chmod("/tmp/at", 0o644)
}

func chmodNarrows(tok *oauth2.Token, path string) {
	f, _ := os.Create(path)
	f.Chmod(0o600)
	f.WriteString(tok.AccessToken)                     // near miss: narrowed by f.Chmod
	os.WriteFile(path, []byte(tok.AccessToken), 0o644) // want `mode 0644`
}

func chmodOther(tok *oauth2.Token, path, other string) {
	os.WriteFile(path, []byte(tok.AccessToken), 0o600) // near miss: another file widened
	os.Chmod(other, 0o644)
}

func createTemp(tok *oauth2.Token) {
	f, _ := os.CreateTemp("", "tok")
	f.WriteString(tok.AccessToken) // near miss: CreateTemp is 0600
}

func param(f *os.File, tok *oauth2.Token) {
	f.WriteString(tok.AccessToken) // near miss: a file opened elsewhere
}

func save(path, data string) error {
	return os.WriteFile(path, []byte(data), 0o644)
}

func savePrivate(path, data string) error {
	return os.WriteFile(path, []byte(data), 0o600)
}

func viaHelper(tok *oauth2.Token) {
	save("/tmp/at", tok.AccessToken)        // want `save passes a token \(access token\) to os.WriteFile, which writes it to a file with mode 0644`
	savePrivate("/tmp/at", tok.AccessToken) // near miss: 0600
	save("/tmp/scope", "read")              // near miss: no token
}

// helperForTests takes a *testing.T: nothing is reported in tests.
func helperForTests(t *testing.T, tok *oauth2.Token) {
	os.WriteFile("/tmp/at", []byte(tok.AccessToken), 0o644) // near miss: a test helper
}
