package logstd

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"golang.org/x/oauth2"
)

func stdlog(tok *oauth2.Token, logger *log.Logger) {
	log.Printf("got token %s", tok.AccessToken)                     // want `access token reaches log.Printf: log a redacted form \(a hash prefix or the length\), not the token`
	log.Printf("token expires %v", tok.Expiry)                      // near miss: not secret
	log.Printf("token of %d bytes", len(tok.AccessToken))           // near miss: the length
	logger.Println("refresh", tok.RefreshToken)                     // want `refresh token reaches \(\*log.Logger\).Println`
	logger.Println("type", tok.TokenType)                           // near miss
	log.Printf("sha256 %x", sha256.Sum256([]byte(tok.AccessToken))) // near miss: a hash
}

func slogs(tok *oauth2.Token) {
	slog.Info("login", slog.String("token", tok.AccessToken)) // want `access token reaches slog.Info`
	slog.Info("login", slog.Time("expiry", tok.Expiry))       // near miss
	slog.Info("login " + tok.RefreshToken)                    // want `refresh token reaches slog.Info`
	slog.Info("login", "token", tok.AccessToken)              // want `access token reaches slog.Info`
	slog.Debug("login", slog.Any("tok", tok))                 // want `a whole \*oauth2.Token reaches slog.Debug`
	slog.Debug("login", slog.Int("n", len(tok.AccessToken)))  // near miss
	l := slog.Default().With("token", tok.AccessToken)        // want `access token reaches \(\*slog.Logger\).With`
	l.Info("hello")                                           // near miss: reported once, at With
	l2 := slog.Default().With("type", tok.TokenType)          // near miss
	l2.Info("hello")
}

func printing(tok *oauth2.Token) {
	fmt.Println("token:", tok.AccessToken)                 // want `access token reaches fmt.Println: print a redacted form`
	fmt.Fprintf(os.Stderr, "token: %s\n", tok.AccessToken) // want `access token reaches fmt.Fprintf: print a redacted form`
	var sb strings.Builder
	fmt.Fprintf(&sb, "token: %s\n", tok.AccessToken) // near miss: not stdout/stderr
	io.WriteString(os.Stdout, tok.RefreshToken)      // want `refresh token reaches io.WriteString`
	fmt.Printf("%T\n", tok)                          // near miss: %T
}

func errs(tok *oauth2.Token) error {
	if tok.Valid() {
		return errors.New("bad token " + tok.AccessToken) // want `access token reaches errors.New: error messages end up in logs and responses; leave the token out of the error`
	}
	err := fmt.Errorf("token %q rejected", tok.AccessToken)       // want `access token reaches fmt.Errorf`
	log.Print(err)                                                // near miss: reported where the error is made
	return fmt.Errorf("token of type %s rejected", tok.TokenType) // near miss
}

func handler(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	token := strings.TrimPrefix(auth, "Bearer ")
	if token == "" {
		http.Error(w, "missing token", http.StatusUnauthorized) // near miss
		return
	}
	http.Error(w, "invalid token "+token, http.StatusUnauthorized)   // want `the Authorization header reaches http.Error: the error body goes to the client and its proxies' logs; write a fixed message`
	log.Printf("cookies %v", r.Header.Values("cookie"))              // want `the Cookie header reaches log.Printf`
	log.Printf("proxy auth %s", r.Header.Get("Proxy-Authorization")) // want `the Proxy-Authorization header reaches log.Printf`
	ua := r.Header.Get("User-Agent")
	http.Error(w, "bad agent "+ua, http.StatusBadRequest) // near miss: not a credential header
}

func panics(tok *oauth2.Token) {
	if tok.AccessToken == "" {
		panic("no token") // near miss
	}
	panic("unexpected token " + tok.AccessToken) // want `access token reaches panic: the panic value is printed with the crash`
}

// Not logging: a token written to a file, returned in a token endpoint's
// JSON reply, or sent in an Authorization header.

type tokenReply struct {
	AccessToken string `json:"access_token"`
	TokenType   string `json:"token_type"`
}

func notLogging(w http.ResponseWriter, tok *oauth2.Token, c *http.Client) error {
	if err := os.WriteFile("/tmp/token", []byte(tok.AccessToken), 0o600); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(tokenReply{AccessToken: tok.AccessToken, TokenType: "Bearer"})
	fmt.Fprintf(w, "%s", tok.AccessToken)
	req, _ := http.NewRequest("GET", "https://example.com", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	log.Printf("status %d for %s", resp.StatusCode, req.URL) // near miss
	return resp.Body.Close()
}

// A token endpoint's reply printed whole prints its access_token.
type reply struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// A reply that renders itself redacted.
type maskedReply struct {
	AccessToken string `json:"access_token"`
}

func (maskedReply) String() string { return "maskedReply{...}" }

func replies(r *reply, m maskedReply) {
	log.Printf("token endpoint replied %+v", r) // want `access token reaches log.Printf`
	log.Printf("token endpoint replied %+v", m) // near miss: String redacts
	log.Printf("expires in %d", r.ExpiresIn)    // near miss
}
