// Package tokenstorage defines an Analyzer that reports tokens stored where others can read them.
//
// # Analyzer tokenstorage
//
// tokenstorage: report tokens written to readable files, unprotected cookies and URL queries
//
// A token is a bearer credential: whoever holds it is its owner. The
// values followed are those of the flow engine: the access, refresh and ID
// tokens of an *oauth2.Token (and the whole struct), signed JWTs (minted
// or golang-jwt Token.Raw), Authorization and Cookie header values, client
// secrets, protocol fields tagged access_token, refresh_token, id_token or
// client_secret, bearer tokens read from a URL query, and gorilla
// sessions.Session.ID. A value is never a token because of its variable's
// name. tokenstorage reports:
//
//   - files (CWE-922): a token written to a file whose mode gives group or
//     other users any access (wider than 0600): os.WriteFile and
//     ioutil.WriteFile with such a mode, and writes ((*os.File).Write,
//     WriteString, WriteAt, fmt.Fprint*, io.WriteString,
//     json.NewEncoder(f).Encode, bufio.NewWriter(f)) to a file the same
//     function creates with os.Create (0666) or opens with os.OpenFile and
//     such a mode. A later os.Chmod of the same name, or f.Chmod of the same
//     file, in the function decides the mode. Modes are constants,
//     resolved through constants of any package. The finding is at the
//     write; a call passing the token to a function of the package that
//     writes it so is reported at that call;
//   - viper configurations (CWE-922): WriteConfig, SafeWriteConfig,
//     WriteConfigAs and SafeWriteConfigAs of a configuration (the global
//     one, or a *viper.Viper variable) in which the package sets a token
//     with Set or SetDefault, when the package never calls
//     SetConfigPermissions with a mode of 0600 or narrower: viper writes
//     its files with mode 0644 by default;
//   - cookies (CWE-614, CWE-1004): a cookie holding a token sent without
//     Secure or without HttpOnly: an http.Cookie literal, or a variable
//     built from one and then set field by field, passed to http.SetCookie,
//     echo's c.SetCookie or gin's c.SetCookieData, or rendered with
//     c.String() into a Set-Cookie header; gin's c.SetCookie(name, value,
//     maxAge, path, domain, secure, httpOnly) with a constant false flag;
//     and gorilla sessions.Options literals with Secure or HttpOnly
//     missing or false in a package that stores a token in a session
//     (session.Values[k] = token). A flag set to anything but the constant
//     false (Secure: r.TLS != nil, Secure: cfg.Secure) counts as set;
//   - URLs (CWE-598): a token put into a URL query, where access logs,
//     proxies, browser history and Referer headers keep it (RFC 6750
//     §2.3): set in a url.Values (Set, Add or a literal) whose Encode()
//     becomes a URL's RawQuery or follows a "?", concatenated after
//     "?key=" ("?token="+t), or formatted after it
//     (fmt.Sprintf("...?access_token=%s", t)). The finding is where the
//     token enters the query;
//   - servers accepting a bearer token from the URL query (CWE-598): a
//     value read with r.URL.Query().Get, r.FormValue, gin's c.Query or
//     c.DefaultQuery or echo's c.QueryParam under access_token, token,
//     id_token, auth_token, jwt or bearer that reaches a token parse or
//     verification (jwt.Parse, a go-oidc verifier's Verify, ...), also
//     through functions of the module (a package calling a verification
//     is followed for that even if it uses no token source). A value of
//     url.Values counts only when it is the query's: r.URL.Query() or
//     r.Form, not r.PostForm nor values of unknown origin.
//
// Not reported: a file, cookie, session or URL holding no token; files
// created with 0600, 0400 or 0700, or with os.CreateTemp (0600); a mode
// that is not a constant, a file the function did not open itself (a
// parameter, a struct field), and a write inside a function of another
// package; a cookie whose Secure and HttpOnly are both
// set, a cookie built by another function, and cookies sent by a client
// (req.AddCookie), whose attributes the server ignores; a url.Values sent
// as a form body (a token endpoint's refresh_token or client_secret), a
// token in a URL fragment ("#access_token=", the implicit flow's
// channel), and the ID token an OpenID Connect logout request carries as
// id_token_hint (RP-Initiated Logout 1.0 §2); OAuth's own code and state
// parameters, which are not tokens here; PostFormValue, which reads the
// request body only (RFC 6750 §2.2). Nothing is reported in _test.go files
// or in functions taking a *testing.T, B, F or TB.
//
// Links the program issues are the debatable case of the URL rules: an
// email verification or password reset link, a webhook URL registered
// with a forge, a download or WebSocket link cannot carry a header, so they
// carry a token in the query. A token the program mints itself (a signed
// JWT from jwt.SignedString, jws.Sign, ...) and puts into a URL is such a
// link, scoped and timed by its issuer: it is not reported (on the real
// projects tried, every one was: Woodpecker's webhook URLs, Authelia's
// identity verification links). Tokens the program received (OAuth2
// tokens, Authorization headers, parsed tokens) put into a URL are
// reported, and so is a server accepting a bearer token from the query:
// where that is a WebSocket or download endpoint, a short-lived,
// single-use ticket issued for it keeps the long-lived token out of the
// URL; suppress the finding where the token in the query is such a
// ticket.
package tokenstorage
