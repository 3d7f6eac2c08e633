// Package tokenrefresh defines an Analyzer that reports tokens that are never refreshed and refused tokens answered so that clients cannot refresh them.
//
// # Analyzer tokenrefresh
//
// tokenrefresh: report OAuth2 tokens that are never refreshed and refused tokens not answered with 401
//
// Access tokens expire, and may be revoked before they do. A client must
// refresh its token, or log in again, when it expires; a server must say
// so in a way clients act on: RFC 6750 §3 answers an expired, revoked or
// otherwise invalid token with 401 Unauthorized and a WWW-Authenticate:
// Bearer error="invalid_token" header. Clients, x/oauth2's among them,
// refresh on 401 only. tokenrefresh reports:
//
//   - server side (CWE-613): in an HTTP handler or middleware (a function
//     taking an http.ResponseWriter and an *http.Request, a *gin.Context
//     or an echo.Context), a branch handling the error of the verification
//     of the request's credential (a token from its Authorization header
//     or its query: a parse or verify call of a token library — golang-jwt
//     Parse and ParseWithClaims, go-oidc's Verify, idtoken.Validate, jwx,
//     go-jose, ... — or a function of the module returning that error,
//     also wrapped with fmt.Errorf or errors.Join, or an error of its own
//     where the verification failed), or testing for a token library's
//     error (errors.Is(err, jwt.ErrTokenExpired), errors.As with
//     *oidc.TokenExpiredError, a type switch on golang-jwt v4's
//     *ValidationError), that answers with 400, 403, a 5xx status or a
//     success: http.Error, WriteHeader, gin's AbortWithStatus,
//     AbortWithStatusJSON, AbortWithError, JSON, String, echo's
//     NewHTTPError, JSON, String, NoContent, or a function of the module
//     writing the status it is given with one of them. The status must be
//     a constant. The finding is at the status call, with the verification
//     as the related location;
//   - client side (CWE-672): oauth2.StaticTokenSource(tok) — alone, or
//     inside oauth2.NewClient, ReuseTokenSource or an oauth2.Transport —
//     where tok expires and could be refreshed: it comes from
//     Config.Exchange, Config.PasswordCredentialsToken, a TokenSource's
//     Token, clientcredentials.Config.Token, a function of the module
//     returning such a token, or it was built with a RefreshToken or an
//     Expiry. The static source hands out the same token after it expired:
//     every request then fails until the program restarts. When exactly
//     one *oauth2.Config and one context.Context are in scope, the
//     suggested fix is cfg.TokenSource(ctx, tok), which refreshes the
//     token with the configuration's refresh token before it expires.
//   - client side (CWE-672): a token built by hand (&oauth2.Token{...})
//     without an Expiry from a token response that carried one (its
//     access token read from a struct with a field tagged expires_in),
//     handed to a refreshing source ((*oauth2.Config).TokenSource or
//     Client, oauth2.ReuseTokenSource): x/oauth2 takes a zero expiry for a
//     token that never expires, so the source never refreshes it. An
//     Expiry set later in the function counts; a copy of the access token
//     of an *oauth2.Token the program already has is no token response,
//     and a source used once in the function that makes it (see below) is
//     not reported.
//   - client side (CWE-672): a token from a token endpoint (as above) kept
//     in a struct field or a package variable whose access token later
//     authenticates requests (read, or SetAuthHeader) when the package
//     never checks its expiry (Valid, Expiry) nor hands it to a refreshing
//     source. The finding is at the store.
//   - client side (CWE-672): a request's Authorization header set by hand
//     ((http.Header).Set or Add of "Authorization",
//     (*oauth2.Token).SetAuthHeader, or a function of the module whose
//     token parameter reaches one) from a token loaded from the session
//     (a gorilla session value asserted to *oauth2.Token) or decoded
//     from stored data (a cookie's, a database's), when no
//     response is checked for 401: once the token expires, every request
//     fails until the user logs in again. cfg.Client(ctx, tok) refreshes
//     the token before it expires; a client that sets the header itself
//     must refresh (or log in again) on 401. The finding is at the header
//     call, or at the call of the helper (the header set there is the
//     related location).
//
// Which hand-set headers are judged. A token from a token endpoint in the
// same function is fresh; a token kept in a field or a package variable
// is the rule above's; a token parameter makes the header its callers'
// business: the function's summary says the parameter reaches a hand-set
// header, and the callers are judged by the token they pass. Of the
// tokens the function did not obtain itself only the stored ones are
// judged: a local variable whose every assignment is a type assertion of
// a session value to *oauth2.Token, or that json.Unmarshal fills from
// data that is no HTTP response's body when no response was received
// before in the function (a token endpoint called by hand answers a
// fresh token), used for nothing but its access token and the header (no
// expiry check, not handed to another function, not replaced).
// The access token of a session type of the program's own (oauth2-proxy's
// SessionState, read by its providers from the request's session) is not
// judged either: oauth2-proxy refreshes sessions in a middleware before
// they expire, and a finding there would be debatable at best. Nor is any
// token in a package that refreshes one anywhere (a refreshing source or
// client, Valid, Expiry): a middleware of the package may renew the
// session's token before the handlers read it.
//
// What is a check for 401. A comparison of a response's StatusCode with
// 401 (http.StatusUnauthorized), with == or != or as a switch case, in
// the function that sets the header or in one the response is handed to
// (its summary says the response parameter reaches a 401 check). A
// function that hands the response to a function the analysis cannot see
// into (of a package it does not follow, an interface method), or returns
// it to its caller, is taken as checking it. A test of another status
// (resp.StatusCode != http.StatusOK returning an error) is no 401 check:
// the caller gets an error like any other and the user must log in again;
// such helpers are judged by their callers' tokens like the others.
//
// With -tokenrefresh.www-authenticate (off by default), a 401 answer to a
// refused token in a handler that never sets a WWW-Authenticate header
// ((http.Header).Set or Add, gin's Context.Header, or the header map) is
// reported too: RFC 6750 §3 requires the challenge, and clients read its
// error="invalid_token" to tell an expired token from a missing one. A
// 401 written by a helper is not judged.
//
// Not reported: a token that is not the request's credential (an ID
// token hint of a logout or login request, which is a bad request when it
// does not verify; the ID token a login callback just received from the
// token endpoint); a 401 answer; a 403 after a successful verification (a
// valid token lacking a scope or a role), and any status answering an
// error that is not a token's (signing, storage, a code exchange); a
// redirect (to a login page) and other client errors; a status that is
// not a constant; an error variable whose last assignment is hidden in an
// earlier branch or loop. A static source of a token with neither a
// refresh token nor an expiry (a personal access token or a robot token
// from the environment) never expires: static is right for it; neither is
// a static source whose client is used
// in the function that got the token and dropped there (a login flow
// fetching the user's profile right after the exchange): only a source, or
// a client or transport built around it, that is returned, stored, handed
// to a function or used by a goroutine or closure outlives the token.
// Nothing is reported in _test.go files or in functions taking a
// *testing.T, B, F or TB.
package tokenrefresh
