// Package tokenlog defines an Analyzer that reports tokens and other
// credentials written to logs, error messages and diagnostics.
//
// # Analyzer tokenlog
//
// tokenlog: report tokens and credentials that reach logs, error messages, panics and HTTP error bodies
//
// Logs are read by many more people and systems than the service that
// writes them: log shippers, dashboards, support staff, crash reporters.
// A bearer token written there can be replayed by anyone who reads it.
// tokenlog follows credential values (with tokenvet's flow engine) from
// where they appear to where they are written, and reports, at the call
// that writes them:
//
//   - log (Print*, Fatal*, Panic*, and *log.Logger's methods), log/slog
//     (the message and attribute values: slog.String("token", t),
//     slog.Any, slog.Group, and a logger's With, which attaches the value
//     to every line the logger writes), go.uber.org/zap (fields built
//     with zap.String, zap.Any, ... passed to a Logger's level methods or
//     With; the SugaredLogger's Info, Infof, Infow, Infoln, ... and
//     With), github.com/sirupsen/logrus (the package functions, *Logger,
//     *Entry and the FieldLogger interfaces: Info..., WithField,
//     WithFields, WithError), github.com/rs/zerolog (an event's or a
//     context's field methods Str, Interface, Any, Bytes, Fields, ...,
//     and Msg, Msgf), k8s.io/klog/v2 (Info..., InfoS, ErrorS and
//     klog.V(n)'s methods, and klog.Logger, which is github.com/go-logr/logr's
//     Logger: Info, Error, WithValues), github.com/golang/glog (the package functions
//     and glog.V(n)'s methods) and github.com/hashicorp/go-hclog (a
//     Logger's Trace, Debug, Info, Warn, Error, Log and With);
//   - fmt.Print, Printf, Println, and fmt.Fprint* and io.WriteString to
//     os.Stdout or os.Stderr (see below for commands), and the print and
//     println builtins (standard error);
//   - fmt.Errorf and errors.New: error messages end up in logs and in
//     responses. A token in an error message is reported where the error
//     is made, not again where the error is logged or returned;
//   - net/http.Error's body, which the client sees and proxies log;
//   - panic, whose value is printed with the crash.
//
// The values followed are typed, never guessed from a variable's name:
// the access, refresh and ID tokens of an *oauth2.Token (its fields and
// Extra("id_token")) and a whole *oauth2.Token printed with %v or %+v (it
// has no redacting String or LogValue method); golang-jwt's Token.Raw and
// the tokens the token libraries sign; the Authorization,
// Proxy-Authorization and Cookie request headers (Header.Get,
// Header.Values, r.Header["Authorization"]) and a request's whole header
// set (r.Header, ranging over it, httputil.DumpRequest and
// DumpRequestOut); gRPC incoming metadata and its "authorization" values;
// OAuth2 client secrets; bearer tokens read from the URL query or form
// (access_token, token, ...); struct fields whose JSON name is a protocol
// name (access_token, refresh_token, id_token, client_secret), and a
// whole value of a struct type with such a field (a token endpoint's
// reply printed with %+v) unless the type renders itself (String,
// GoString, Format, LogValue, Error, zap's MarshalLogObject or zerolog's
// MarshalZerologObject, which may redact). The values
// are followed through assignments, string concatenation, fmt.Sprint*,
// strings and bytes functions, encoders, struct fields, slices, maps,
// closures, returns and calls, into other packages of the module through
// the engine's summaries. When the call reported is a helper that logs
// its argument, the finding names the logging call inside the helper as
// a related location; the value's source is always one.
//
// Not reported: values that do not print the secret — len(tok), a hash
// (crypto/sha256, hmac, ...), a bounded prefix or suffix (tok[:8],
// tok[len(tok)-4:]), a comparison, a %T or %p argument, the non-secret
// fields of a token (Expiry, TokenType), other request headers
// (Content-Type, User-Agent), or a header whose name is computed (a
// configured signature header). A loop over a request's headers that
// compares each name with a credential header's (k == "Authorization",
// strings.EqualFold, a switch, also after http.CanonicalHeaderKey or
// strings.ToLower) or looks it up in a map (a set of names to redact) is
// taken to skip or mask the credentials: what it logs is not reported. A token written to a file (tokenstorage's
// concern), returned by a token endpoint in its JSON reply, sent in an
// Authorization header, or written to an http.ResponseWriter is not
// logging, and is not reported. Neither is the token endpoint's error
// body (oauth2.RetrieveError.Body): it holds the error and its
// description, which are what one logs. Nothing is reported in test code: _test.go
// files, functions taking a *testing.T, *testing.B, *testing.F or
// testing.TB, and test support packages named as Go names them (a name
// ending in "test", as httptest, or tests, testutil, testutils: a stub
// HTTP client that puts the request's headers into its "no stub for this
// request" error). Packages whose every file is generated (// Code
// generated ... DO NOT EDIT.) are not followed.
//
// A command that prints a token as its output is doing its job: a
// `token` subcommand running fmt.Println(tok.AccessToken) so that a
// script can capture it (`export TOKEN=$(tool token)`), or a setup
// command printing the credentials it created. A token printed on the
// standard output (fmt.Print, Printf, Println, or fmt.Fprint* and
// io.WriteString to os.Stdout) is therefore not reported in a command: a package
// main, or a package under a cmd directory of the module (an import path
// with a "cmd" element, as in example.com/tool/cmd/tool/commands), which
// is where Go programs keep their commands. The standard error is still
// reported there (it is the command's diagnostic stream, which ends up in
// CI logs), and so are logs, errors and panics; the standard output is
// reported everywhere else (a server printing a token is logging it).
//
// Redaction helpers of your own: -tokenlog.redact takes comma-separated
// full names of functions or methods whose results carry no secret,
// as types.Func.FullName prints them: example.com/x/logutil.Redact,
// (*example.com/x/logutil.Masker).Mask (the flag may be repeated). The
// flow engine then stops following the value at their calls.
//
// To log a token's identity, log a hash prefix (the first 8 hex digits of
// its SHA-256) or its length, or the claims that matter (subject, expiry,
// jti), not the token.
package tokenlog
