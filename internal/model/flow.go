package model

import (
	"go/types"
	"reflect"
	"strings"
	"sync"
)

// The flow model: what the flow engine (internal/flow) needs to follow
// token values through a program. Sources say which values are secrets
// (labels), propagators which calls pass a secret from their arguments to
// their results, sinks where a secret must not go. Every name is a
// resolved full name of any package (the standard library, loggers, web
// frameworks, token libraries), vendor prefix removed.

// Label is a set of kinds of secret value. Labels are typed: a value gets
// one from its type, the field it is read from, or the call that made it,
// never from its variable's name.
type Label uint32

const (
	// AccessToken is an OAuth2 access token or another bearer credential
	// string.
	AccessToken Label = 1 << iota
	// RefreshToken is an OAuth2 refresh token.
	RefreshToken
	// IDToken is an OpenID Connect ID token.
	IDToken
	// SignedJWT is a serialized, signed JWT or JWS: a bearer credential the
	// program minted or received (golang-jwt Token.Raw).
	SignedJWT
	// AuthHeader is the value of a request's Authorization,
	// Proxy-Authorization or Cookie header, or of gRPC "authorization"
	// metadata.
	AuthHeader
	// Headers is a whole set of request headers (http.Header of a request,
	// incoming gRPC metadata, a dumped request): it holds the credentials.
	Headers
	// TokenStruct is a whole *oauth2.Token, which has no redacting String,
	// LogValue or MarshalJSON.
	TokenStruct
	// ClientSecret is an OAuth2 client secret.
	ClientSecret
	// ErrorBody is the body of a token endpoint's error response
	// (oauth2.RetrieveError.Body), which may echo the request's secrets.
	ErrorBody
	// QueryToken is a bearer token read from a URL query or form value.
	QueryToken

	labelCount = iota
)

// Secret is every label of a value that must not be logged or stored in
// clear.
const Secret = AccessToken | RefreshToken | IDToken | SignedJWT | AuthHeader | Headers | TokenStruct | ClientSecret | ErrorBody | QueryToken

var labelNames = [labelCount]string{
	"access token", "refresh token", "ID token", "signed JWT", "Authorization header",
	"request headers", "*oauth2.Token", "client secret", "token endpoint error body", "token from the URL query",
}

// String names the labels for messages: the most specific one.
func (l Label) String() string {
	for i := 0; i < labelCount; i++ {
		if l&(1<<i) != 0 {
			return labelNames[i]
		}
	}
	return ""
}

// First returns the lowest label of l alone.
func (l Label) First() Label { return l & -l }

// Flow sources.
var (
	// sourceFields maps "path.Type.Field" to the label a read of the field
	// yields, whatever the struct value it is read from.
	sourceFields = map[string]Label{}
	// sourceTypes maps "path.Type" to the label a whole value of that type
	// (or a pointer to it) carries.
	sourceTypes = map[string]Label{}
	// sourceCalls maps a function's full name to what its result 0 is.
	sourceCalls = map[string]callSource{}
	// protocolTags are JSON names of protocol fields whose values are
	// secrets, in any struct.
	protocolTags = map[string]Label{
		"access_token": AccessToken, "refresh_token": RefreshToken,
		"id_token": IDToken, "client_secret": ClientSecret,
	}
	// credentialHeaders are the request headers and gRPC metadata keys
	// (lower case) that carry credentials.
	credentialHeaders = map[string]bool{"authorization": true, "proxy-authorization": true, "cookie": true}
	// queryTokenKeys are the URL query and form keys that carry a bearer
	// token (RFC 6750 §2.3 and common spellings).
	queryTokenKeys = map[string]bool{"access_token": true, "token": true, "id_token": true, "auth_token": true, "jwt": true, "bearer": true}
)

// callSource is what the result of a source call is.
type callSource struct {
	label Label
	// key, if not 0, is 1 + the index of a string argument the label
	// depends on: keyed says which constant values yield the label; a
	// non-constant key yields no label (a header looked up by a configured
	// name is a signature or a request id far more often than a
	// credential: oauth2-proxy's HMAC signature header).
	key   int
	keyed func(string) Label
}

func credentialKey(k string) Label {
	if credentialHeaders[strings.ToLower(k)] {
		return AuthHeader
	}
	return 0
}

func queryKey(k string) Label {
	if queryTokenKeys[strings.ToLower(k)] {
		return QueryToken
	}
	return 0
}

// TagLabel returns the label of a struct field whose JSON tag is tag: a
// protocol name (access_token, refresh_token, id_token, client_secret).
func TagLabel(tag string) Label {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return protocolTags[name]
}

// SourceFieldLabel returns the label a read of the field named field of
// the named struct type owner (a *types.TypeName) yields, or 0.
func SourceFieldLabel(owner *types.TypeName, field string) Label {
	if owner == nil || owner.Pkg() == nil || !sourceFieldPkgs[CanonicalPath(owner.Pkg().Path())] {
		return 0
	}
	return sourceFields[CanonicalPath(owner.Pkg().Path())+"."+owner.Name()+"."+field]
}

var sourceFieldPkgs = map[string]bool{}

// TypeLabel returns the label a whole value of type t carries (through
// one pointer), or 0.
func TypeLabel(t types.Type) Label {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return 0
	}
	return sourceTypes[CanonicalPath(n.Obj().Pkg().Path())+"."+n.Obj().Name()]
}

// CallLabel returns the label of result 0 of a call of fn: recv is the
// labels of the receiver, key reports the constant string value of
// argument i (ok false when it is not constant).
func CallLabel(fn *types.Func, recv Label, key func(i int) (string, bool)) Label {
	s, ok := sourceCalls[fullName(fn)]
	if !ok {
		if LookupSource(fn) == Minted {
			return SignedJWT
		}
		return 0
	}
	if s.key == 0 {
		return s.label
	}
	k, ok := key(s.key - 1)
	if !ok {
		return 0
	}
	return s.keyed(k)
}

// IsSourceCall reports whether fn is a flow source (CallLabel may return
// a label for it).
func IsSourceCall(fn *types.Func) bool {
	_, ok := sourceCalls[fullName(fn)]
	return ok || LookupSource(fn) == Minted
}

// Propagation says how a call passes labels from its operands to its
// results.
type Propagation uint8

const (
	// Clean: the result carries no label (the default for any function
	// the model does not list and the program does not define: hashing,
	// len, comparisons, encoders to non-secret forms).
	Clean Propagation = iota
	// FromArgs: every result carries the labels of every argument
	// (fmt.Sprintf, strings.TrimPrefix, url.QueryEscape).
	FromArgs
	// FromRecv: every result carries the receiver's labels
	// ((*strings.Builder).String, http.Header.Clone).
	FromRecv
	// IntoRecv: the receiver takes the labels of the arguments
	// ((*strings.Builder).WriteString, (url.Values).Set); results carry
	// nothing.
	IntoRecv
	// FromAll: every result carries the labels of the receiver and the
	// arguments.
	FromAll
	// IntoFirst: the first argument, a writer, takes the labels of the
	// other arguments (fmt.Fprintf(&b, ...), io.WriteString(&b, s)).
	IntoFirst
)

var propagators = map[string]Propagation{}

// LookupPropagation returns how a call of fn passes labels.
func LookupPropagation(fn *types.Func) Propagation { return propagators[fullName(fn)] }

// sanitizers are functions whose results carry no label whatever their
// arguments: redaction helpers a user names (-tokenlog.redact).
var (
	sanitizerMu sync.RWMutex
	sanitizers  = map[string]bool{}
)

// AddSanitizer makes the function or method of full name name (as
// types.Func.FullName prints it: "example.com/log.Redact",
// "(*example.com/log.Masker).Mask") a sanitizer: its results carry no
// label.
func AddSanitizer(name string) {
	sanitizerMu.Lock()
	defer sanitizerMu.Unlock()
	sanitizers[name] = true
}

// IsSanitizer reports whether fn was named a sanitizer.
func IsSanitizer(fn *types.Func) bool {
	sanitizerMu.RLock()
	defer sanitizerMu.RUnlock()
	return len(sanitizers) > 0 && sanitizers[fullName(fn)]
}

// FormatArg returns the index of fn's format-string parameter if fn
// formats its arguments printf-style (fmt.Sprintf, log.Printf,
// (*zap.SugaredLogger).Infof), or -1. The flow engine skips arguments
// formatted with verbs that do not print the value (%T, %p).
func FormatArg(fn *types.Func) int {
	if i, ok := formatArgs[fullName(fn)]; ok {
		return i
	}
	return -1
}

var formatArgs = map[string]int{}

// SinkKind is where a sink sends a value.
type SinkKind uint8

const (
	_ SinkKind = iota
	// LogSink writes its arguments to a log.
	LogSink
	// StdoutSink prints its arguments on the standard output or error.
	StdoutSink
	// ErrorSink puts its arguments into an error message.
	ErrorSink
	// ResponseErrorSink writes its arguments into an HTTP error response
	// body (http.Error).
	ResponseErrorSink
	// PanicSink is panic: the value is printed with the crash.
	PanicSink
	// URLSink puts its arguments into a URL query.
	URLSink
	// AuthSink authenticates the request with its argument (a token parse
	// or verification).
	AuthSink
	// FileSink writes its argument to a file.
	FileSink
	// CookieSink puts its argument into a cookie.
	CookieSink
	// StderrSink prints its arguments on the standard error (a StdoutSink
	// whose writer is os.Stderr).
	StderrSink
	sinkKinds
)

var sinkKindNames = [sinkKinds]string{"", "log", "standard output", "error message", "HTTP error response", "panic", "URL query", "authentication", "file", "cookie", "standard error"}

func (k SinkKind) String() string { return sinkKindNames[k] }

// Sink is a function that sends some of its arguments somewhere.
type Sink struct {
	Kind SinkKind
	// Args are the indices of the parameters that are sent (a variadic
	// parameter's index stands for all its arguments); nil means every
	// parameter. Recv says the receiver is sent too (a logger's
	// accumulated fields).
	Args []int
	Recv bool
	// Writer, if not 0, is 1 + the index of an io.Writer parameter: the
	// call is a sink only when it is os.Stdout or os.Stderr.
	Writer int
}

var sinks = map[string]*Sink{}

// LookupSink returns the sink fn is, or nil.
func LookupSink(fn *types.Func) *Sink {
	if len(sinks) == 0 {
		return nil
	}
	return sinks[fullName(fn)]
}

// SinkArg reports whether argument i of a call of a sink is sent.
func (s *Sink) SinkArg(i int) bool {
	if s.Args == nil {
		return true
	}
	for _, a := range s.Args {
		if a == i {
			return true
		}
	}
	return false
}

// IsStderr reports whether obj is os.Stderr.
func IsStderr(obj types.Object) bool { return IsStdStream(obj) && obj.Name() == "Stderr" }

// IsStdStream reports whether obj is os.Stdout or os.Stderr.
func IsStdStream(obj types.Object) bool {
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "os" {
		return false
	}
	return obj.Name() == "Stdout" || obj.Name() == "Stderr"
}

// FlowPackages are the packages whose functions the flow model names: a
// package that imports none of them and no package of the module with
// flow summaries has nothing to follow.
func FlowPackage(path string) bool { return flowPackages[CanonicalPath(path)] }

var flowPackages = map[string]bool{}

func addSource(name string, s callSource) { sourceCalls[name] = s; notePkg(name) }

func addSink(name string, s *Sink) { sinks[name] = s; notePkg(name) }

func addProp(name string, p Propagation) { propagators[name] = p }

// notePkg records the package of a full name in flowPackages.
func notePkg(name string) {
	name = strings.TrimPrefix(name, "(")
	name = strings.TrimPrefix(name, "*")
	if i := strings.Index(name, ")"); i >= 0 {
		name = name[:i]
	}
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[:i]
	}
	flowPackages[name] = true
}

// FlowNames returns every full name of the flow model, for the real-API
// test.
func FlowNames() []string {
	var names []string
	for n := range headerNameFuncs {
		names = append(names, n)
	}
	for n := range sourceCalls {
		names = append(names, n)
	}
	for n := range sinks {
		names = append(names, n)
	}
	for n := range propagators {
		names = append(names, n)
	}
	for n := range formatArgs {
		names = append(names, n)
	}
	return names
}

// FlowFields returns every "path.Type.Field" and "path.Type" name of the
// flow model's sources, for the real-API test.
func FlowFields() (fields, types []string) {
	for n := range sourceFields {
		fields = append(fields, n)
	}
	for n := range sourceTypes {
		types = append(types, n)
	}
	return fields, types
}

func init() {
	o := "golang.org/x/oauth2"
	sourceTypes[o+".Token"] = TokenStruct
	sourceFields[o+".Token.AccessToken"] = AccessToken
	sourceFields[o+".Token.RefreshToken"] = RefreshToken
	sourceFields[o+".Config.ClientSecret"] = ClientSecret
	sourceFields[o+"/clientcredentials.Config.ClientSecret"] = ClientSecret
	sourceFields[o+".RetrieveError.Body"] = ErrorBody
	sourceFields["net/http.Request.Header"] = Headers
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		sourceFields[lib.Module+".Token.Raw"] = SignedJWT
	}
	for name := range sourceFields {
		sourceFieldPkgs[name[:strings.LastIndex(name[:strings.LastIndex(name, ".")], ".")]] = true
		notePkg(name[:strings.LastIndex(name, ".")])
	}
	for name := range sourceTypes {
		notePkg(name)
	}
	for name := range sources {
		if sources[name] == Minted {
			notePkg(name)
		}
	}

	addSource("(*"+o+".Token).Extra", callSource{key: 1, keyed: func(k string) Label {
		if k == "id_token" {
			return IDToken
		}
		return 0
	}})
	for _, m := range []string{"Get", "Values"} {
		addSource("(net/http.Header)."+m, callSource{key: 1, keyed: credentialKey})
	}
	addSource("(google.golang.org/grpc/metadata.MD).Get", callSource{key: 1, keyed: credentialKey})
	addSource("net/http/httputil.DumpRequest", callSource{label: Headers})
	addSource("net/http/httputil.DumpRequestOut", callSource{label: Headers})
	addSource("google.golang.org/grpc/metadata.FromIncomingContext", callSource{label: Headers})
	addSource("google.golang.org/grpc/metadata.ValueFromIncomingContext", callSource{key: 2, keyed: credentialKey})
	addSource("(*net/http.Request).FormValue", callSource{key: 1, keyed: queryKey})
	addSource("(*net/http.Request).PostFormValue", callSource{key: 1, keyed: queryKey})
	addSource("(net/url.Values).Get", callSource{key: 1, keyed: queryKey})

	for _, f := range []string{"Sprint", "Sprintf", "Sprintln", "Append", "Appendf", "Appendln"} {
		addProp("fmt."+f, FromArgs)
	}
	for _, pkg := range []string{"strings", "bytes"} {
		for _, f := range []string{"Join", "TrimPrefix", "TrimSuffix", "TrimSpace", "Trim", "TrimLeft", "TrimRight",
			"ToLower", "ToUpper", "Replace", "ReplaceAll", "Split", "SplitN", "Fields", "Cut", "CutPrefix", "CutSuffix", "Clone", "Title"} {
			addProp(pkg+"."+f, FromArgs)
		}
	}
	for _, f := range []string{"WriteString", "Write", "WriteByte", "WriteRune"} {
		addProp("(*strings.Builder)."+f, IntoRecv)
		addProp("(*bytes.Buffer)."+f, IntoRecv)
	}
	addProp("(*strings.Builder).String", FromRecv)
	addProp("(*bytes.Buffer).String", FromRecv)
	addProp("(*bytes.Buffer).Bytes", FromRecv)
	addProp("strconv.Quote", FromArgs)
	addProp("net/url.QueryEscape", FromArgs)
	addProp("net/url.PathEscape", FromArgs)
	addProp("(net/url.Values).Encode", FromRecv)
	addProp("(net/url.Values).Set", IntoRecv)
	addProp("(net/url.Values).Add", IntoRecv)
	addProp("(*encoding/base64.Encoding).EncodeToString", FromArgs)
	addProp("encoding/hex.EncodeToString", FromArgs)
	addProp("encoding/json.Marshal", FromArgs)
	addProp("encoding/json.MarshalIndent", FromArgs)
	addProp("(net/http.Header).Clone", FromRecv)
	// errors.New and fmt.Errorf are sinks (sinks.go), not propagators: a
	// token in an error message is reported where the error is made, not
	// again wherever the error is logged, wrapped or returned.

	for _, f := range []string{"Sprintf", "Printf", "Errorf"} {
		formatArgs["fmt."+f] = 0
	}
	formatArgs["fmt.Fprintf"] = 1
	for _, f := range []string{"fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln", "io.WriteString"} {
		addProp(f, IntoFirst)
	}
	formatArgs["fmt.Appendf"] = 1
}

// A HeaderName is what a function does with a header name.
type HeaderName uint8

const (
	_ HeaderName = iota
	// CompareName compares header names (strings.EqualFold).
	CompareName
	// NormalizeName returns a header name in another case
	// (http.CanonicalHeaderKey, strings.ToLower).
	NormalizeName
)

var headerNameFuncs = map[string]HeaderName{
	"strings.EqualFold":                    CompareName,
	"strings.ToLower":                      NormalizeName,
	"strings.ToUpper":                      NormalizeName,
	"net/http.CanonicalHeaderKey":          NormalizeName,
	"net/textproto.CanonicalMIMEHeaderKey": NormalizeName,
}

// HeaderNameFunc says what fn does with a header name, or 0: the flow
// engine recognizes a loop over headers that screens the credential
// headers by comparing each name.
func HeaderNameFunc(fn *types.Func) HeaderName { return headerNameFuncs[fullName(fn)] }

// HeaderKeyLabel returns the label of a request header or gRPC metadata
// value looked up under key k: AuthHeader for the credential headers.
func HeaderKeyLabel(k string) Label { return credentialKey(k) }
