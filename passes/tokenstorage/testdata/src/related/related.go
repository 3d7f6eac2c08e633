package related

import (
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

func cookie(w http.ResponseWriter, tok *oauth2.Token) {
	at := tok.AccessToken
	c := &http.Cookie{Name: "at", Value: at}
	http.SetCookie(w, c) // want `http.SetCookie sends a cookie`
}

func file(tok *oauth2.Token) {
	f, _ := os.Create("/tmp/at")
	f.WriteString(tok.RefreshToken) // want `\(\*os.File\).WriteString writes a token`
}

func save(data string) { os.WriteFile("/tmp/at", []byte(data), 0o644) }

func helper(tok *oauth2.Token) {
	save(tok.AccessToken) // want `save passes a token`
}
