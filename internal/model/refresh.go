package model

import (
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// The refresh model, for tokenrefresh: the HTTP handlers and the calls
// that answer a request with a status, the errors of token verification
// (the error results of funcs.go, the libraries' sentinels and error
// types), and the OAuth2 token sources that never refresh.

// PresentedLabels are the labels of a credential a request presents (its
// Authorization header, a bearer token in its query): a token verified
// from one of them is the request's credential, to be refused with 401.
// An ID token hint (a logout's, a login's) or the token a callback just
// received from the token endpoint is not.
const PresentedLabels = AuthHeader | QueryToken

// ErrorLabels are the labels an error keeps through the functions that
// wrap it (fmt.Errorf, errors.Join, pkg/errors Wrap).
const ErrorLabels = TokenError

// errWrappers return an error wrapping (or quoting) their error
// arguments.
var errWrappers = map[string]bool{
	"fmt.Errorf":                         true,
	"errors.Join":                        true,
	"github.com/pkg/errors.Wrap":         true,
	"github.com/pkg/errors.Wrapf":        true,
	"github.com/pkg/errors.WithMessage":  true,
	"github.com/pkg/errors.WithMessagef": true,
	"github.com/pkg/errors.WithStack":    true,
}

// tokenErrs maps the full names of the modelled token verifications (the
// parse and verify functions of funcs.go that check the signature) to the
// index of their error result.
var tokenErrs = map[string]int{}

// tokenErrResult returns the index of the error result of the token
// verification of full name name, or -1.
func tokenErrResult(name string) int {
	if i, ok := tokenErrs[name]; ok {
		return i
	}
	return -1
}

// handlerParams are the parameter types that make a function an HTTP
// handler or middleware: all of one set ("net/http.Request" through its
// pointer).
var handlerParams = [][]string{
	{"net/http.ResponseWriter", "net/http.Request"},
	{"github.com/gin-gonic/gin.Context"},
	{"github.com/labstack/echo/v4.Context"},
}

// IsHTTPHandler reports whether a function of signature sig answers an
// HTTP request: it takes a net/http ResponseWriter and *Request, a
// *gin.Context or an echo.Context.
func IsHTTPHandler(sig *types.Signature) bool {
	have := make(map[string]bool)
	for i := 0; i < sig.Params().Len(); i++ {
		have[TypeNameAny(sig.Params().At(i).Type())] = true
	}
	for _, set := range handlerParams {
		all := true
		for _, name := range set {
			all = all && have[name]
		}
		if all {
			return true
		}
	}
	return false
}

// statusCalls maps the calls that answer a request with a status to the
// index of their status parameter.
var statusCalls = map[string]int{
	"(net/http.ResponseWriter).WriteHeader": 0,
	httpError:                               2,
}

// httpError is http.Error, a sink of its message and its status.
const httpError = "net/http.Error"

// StatusArg returns the index of fn's status parameter if fn answers an
// HTTP request with that status (http.Error, WriteHeader, gin's
// AbortWithStatus, echo's NewHTTPError), or -1.
func StatusArg(fn *types.Func) int {
	if i, ok := statusCalls[fullName(fn)]; ok {
		return i
	}
	return -1
}

// responseHeaderSetters map the calls setting a response header to the index of
// their name parameter.
var responseHeaderSetters = map[string]int{
	"(net/http.Header).Set":                      0,
	"(net/http.Header).Add":                      0,
	"(*github.com/gin-gonic/gin.Context).Header": 0,
}

// HeaderSetArg returns the index of fn's header name parameter if fn sets
// a header ((http.Header).Set, gin's Context.Header), or -1.
func HeaderSetArg(fn *types.Func) int {
	if i, ok := responseHeaderSetters[fullName(fn)]; ok {
		return i
	}
	return -1
}

// IsChallengeHeader reports whether name is the header of an
// authentication challenge (WWW-Authenticate, RFC 6750 §3).
func IsChallengeHeader(name string) bool { return strings.EqualFold(name, "WWW-Authenticate") }

// tokenSentinels are the token libraries' error values of a token that
// failed verification (errors.Is targets).
var tokenSentinels = map[string]bool{}

// tokenErrorTypes are the token libraries' error types of a token that
// failed verification (errors.As targets, type switch cases).
var tokenErrorTypes = map[string]bool{}

// IsTokenSentinel reports whether obj is a token library's error value
// of a token that failed verification (jwt.ErrTokenExpired).
func IsTokenSentinel(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.IsField() || v.Parent() != v.Pkg().Scope() {
		return false
	}
	return tokenSentinels[CanonicalPath(v.Pkg().Path())+"."+v.Name()]
}

// IsTokenErrorType reports whether t (through one pointer) is a token
// library's error type of a token that failed verification
// (*oidc.TokenExpiredError, golang-jwt v4's *ValidationError).
func IsTokenErrorType(t types.Type) bool { return tokenErrorTypes[TypeNameAny(t)] }

// errorMatchers map the functions testing an error's chain (errors.Is,
// errors.As) to the index of their target parameter.
var errorMatchers = map[string]int{
	"errors.Is":                1,
	"errors.As":                1,
	"github.com/pkg/errors.Is": 1,
	"github.com/pkg/errors.As": 1,
}

// ErrorMatchArg returns the index of the target parameter of fn if fn
// tests an error's chain (errors.Is, errors.As), or -1.
func ErrorMatchArg(fn *types.Func) int {
	if i, ok := errorMatchers[fullName(fn)]; ok {
		return i
	}
	return -1
}

// staticSources map the functions returning a token source that never
// refreshes to the index of their token parameter.
var staticSources = map[string]int{
	"golang.org/x/oauth2.StaticTokenSource": 0,
}

// StaticSourceArg returns the index of fn's token parameter if fn makes
// a token source that always returns that token (oauth2.StaticTokenSource),
// or -1.
func StaticSourceArg(fn *types.Func) int {
	if i, ok := staticSources[fullName(fn)]; ok {
		return i
	}
	return -1
}

// refreshFields are the fields of a token that make it refreshable when
// set: a refresh token, an expiry.
var refreshFields = map[string]bool{
	"golang.org/x/oauth2.Token.RefreshToken": true,
	"golang.org/x/oauth2.Token.Expiry":       true,
}

// MarksRefreshable reports whether setting field f (of a struct type
// named owner) makes a token refreshable (oauth2.Token's RefreshToken,
// Expiry).
func MarksRefreshable(owner types.Type, f *types.Var) bool {
	return f != nil && refreshFields[TypeNameAny(owner)+"."+f.Name()]
}

// refreshingConfigs are the configurations whose TokenSource(ctx, tok)
// method refreshes tok (the suggested fix of a static source).
var refreshingConfigs = map[string]bool{"golang.org/x/oauth2.Config": true}

// IsRefreshingConfig reports whether t (through one pointer) is an OAuth2
// client configuration with a refreshing TokenSource(ctx, tok) method.
func IsRefreshingConfig(t types.Type) bool { return refreshingConfigs[TypeNameAny(t)] }

// ownSources are the token sources with a refreshing source of their own:
// what to use instead of a static source of their token.
var ownSources = map[string]string{
	"(*golang.org/x/oauth2/clientcredentials.Config).Token": "use (*clientcredentials.Config).TokenSource(ctx), which fetches a new token in time",
	"(golang.org/x/oauth2.TokenSource).Token":               "use the token source itself, which refreshes the token in time",
}

// OwnRefreshAdvice returns, for a function returning a token whose
// receiver has a refreshing source of its own (clientcredentials.Config,
// a TokenSource), what to use instead of a static source of its token, or
// "".
func OwnRefreshAdvice(fn *types.Func) string { return ownSources[fullName(fn)] }

// refreshingSources map the functions building a source that refreshes
// a token (when it expires) to the index of the token parameter.
var refreshingSources = map[string]int{
	"(*golang.org/x/oauth2.Config).TokenSource":      1,
	"(*golang.org/x/oauth2.Config).Client":           1,
	"golang.org/x/oauth2.ReuseTokenSource":           0,
	"golang.org/x/oauth2.ReuseTokenSourceWithExpiry": 0,
}

// RefreshingSourceArg returns the index of fn's token parameter if fn
// builds a source that refreshes that token once it expires, or -1.
func RefreshingSourceArg(fn *types.Func) int {
	if i, ok := refreshingSources[fullName(fn)]; ok {
		return i
	}
	return -1
}

// tokenRoles are the roles of the fields of a token type.
var tokenRoles = map[string]TokenRole{
	"golang.org/x/oauth2.Token.AccessToken": TokenAccess,
	"golang.org/x/oauth2.Token.Expiry":      TokenExpiry,
}

// tokenMethods are the methods of a token type that check its expiry
// (TokenExpiry) or authenticate a request with it (TokenAccess).
var tokenMethods = map[string]TokenRole{
	"(*golang.org/x/oauth2.Token).Valid":         TokenExpiry,
	"(*golang.org/x/oauth2.Token).SetAuthHeader": TokenAccess,
}

// TokenMethodRole returns what the method fn of a token type does: check
// its expiry (TokenExpiry), authenticate a request (TokenAccess), or 0.
func TokenMethodRole(fn *types.Func) TokenRole { return tokenMethods[fullName(fn)] }

// IsExpiringTokenType reports whether t (through one pointer) is an
// OAuth2 token type with an expiry (oauth2.Token).
func IsExpiringTokenType(t types.Type) bool { return TypeNameAny(t) == expiringTokenType }

const expiringTokenType = "golang.org/x/oauth2.Token"

// TokenRole is what a field of a token type holds.
type TokenRole uint8

const (
	_ TokenRole = iota
	// TokenAccess is the access token.
	TokenAccess
	// TokenExpiry is the expiry, zero for a token that never expires.
	TokenExpiry
)

// TokenFieldRole returns the role of field of the token type t (through one
// pointer), or 0.
func TokenFieldRole(t types.Type, field string) TokenRole {
	return tokenRoles[TypeNameAny(t)+"."+field]
}

// IsLifetimeTag reports whether a struct tag names a token response's
// lifetime field (expires_in, RFC 6749 §5.1).
func IsLifetimeTag(tag string) bool {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name == "expires_in"
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool { return TypeNameAny(t) == contextType }

const contextType = "context.Context"

// RefreshNames returns the full names of the refresh model, for the
// real-API test.
func RefreshNames() []string {
	var names []string
	for _, m := range []map[string]int{statusCalls, staticSources} {
		for n := range m {
			names = append(names, n)
		}
	}
	for n := range ownSources {
		names = append(names, n)
	}
	for n := range responseHeaderSetters {
		names = append(names, n)
	}
	for n := range refreshingSources {
		names = append(names, n)
	}
	for n := range tokenMethods {
		names = append(names, n)
	}
	for n := range errorMatchers {
		names = append(names, n)
	}
	for n := range errWrappers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// RefreshFields returns the "path.Type.Field" and "path.Name" names of the
// refresh model (fields, sentinel variables), and its type names, for the
// real-API test.
func RefreshFields() (fields, vars, typs []string) {
	for n := range refreshFields {
		fields = append(fields, n)
	}
	for n := range tokenRoles {
		fields = append(fields, n)
	}
	for n := range tokenSentinels {
		vars = append(vars, n)
	}
	for n := range tokenErrorTypes {
		typs = append(typs, n)
	}
	for _, set := range handlerParams {
		typs = append(typs, set...)
	}
	for n := range refreshingConfigs {
		typs = append(typs, n)
	}
	typs = append(typs, contextType, expiringTokenType)
	sort.Strings(fields)
	sort.Strings(vars)
	sort.Strings(typs)
	return fields, vars, typs
}

func init() {
	for name, f := range funcs { // funcs.go's init ran first
		if f.Kind != Unverified && f.Err >= 0 {
			tokenErrs[name] = f.Err
		}
	}
	g := "(*github.com/gin-gonic/gin.Context)."
	for _, m := range []string{"AbortWithStatus", "AbortWithStatusJSON", "AbortWithError", "JSON", "String", "Status", "IndentedJSON", "PureJSON", "XML", "Data"} {
		statusCalls[g+m] = 0
	}
	e := "(github.com/labstack/echo/v4.Context)."
	for _, m := range []string{"JSON", "String", "NoContent", "HTML", "XML", "Blob"} {
		statusCalls[e+m] = 0
	}
	statusCalls["github.com/labstack/echo/v4.NewHTTPError"] = 0
	// The flow engine records the parameters reaching a status (a helper
	// writing the status it is given). http.Error is a sink of its message
	// too, with its status (sinks.go).
	for name, i := range statusCalls {
		if name != httpError {
			addSink(name, &Sink{Kind: StatusSink, Args: []int{}, Status: i + 1})
		}
	}

	for _, lib := range []*Library{golangJWTv5, golangJWTv4} {
		for _, v := range []string{"ErrTokenMalformed", "ErrTokenUnverifiable", "ErrTokenSignatureInvalid", "ErrTokenInvalidAudience",
			"ErrTokenExpired", "ErrTokenUsedBeforeIssued", "ErrTokenInvalidIssuer", "ErrTokenNotValidYet", "ErrTokenInvalidId", "ErrTokenInvalidClaims"} {
			tokenSentinels[lib.Module+"."+v] = true
		}
	}
	for _, lib := range []*Library{golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		tokenErrorTypes[lib.Module+".ValidationError"] = true
	}
	tokenErrorTypes[goOIDC.Module+"/oidc.TokenExpiredError"] = true

	// A request header read through gin (the credential headers).
	addSource("(*github.com/gin-gonic/gin.Context).GetHeader", callSource{key: 1, keyed: credentialKey})

	o := "golang.org/x/oauth2"
	// Tokens from a token endpoint: they expire, and most carry a refresh
	// token (client credentials are fetched again by their own source).
	for _, name := range []string{"(*" + o + ".Config).Exchange", "(*" + o + ".Config).PasswordCredentialsToken",
		"(*" + o + "/clientcredentials.Config).Token", "(" + o + ".TokenSource).Token"} {
		addSource(name, callSource{label: RefreshableToken})
	}
}
