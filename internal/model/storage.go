package model

import (
	"go/types"
	"sort"
	"strings"
)

// The storage model, for tokenstorage: the functions that create files and
// set their permissions, write to them, send cookies and keep sessions and
// configurations, and the sinks of the flow engine they add (FileSink,
// AuthSink).

// StoredLabels are the labels of a value that must not be stored in a
// readable file, an unprotected cookie or a URL: the credentials
// themselves. Whole request headers and a token endpoint's error body are
// logging concerns (tokenlog), not stored credentials.
const StoredLabels = AccessToken | RefreshToken | IDToken | SignedJWT | AuthHeader | TokenStruct | ClientSecret | QueryToken | SessionID

// FileOpen describes a function that creates or opens a file, or changes
// the permissions of one.
type FileOpen struct {
	// Name is the index of the file name parameter, or -1 when the
	// receiver is the file ((*os.File).Chmod).
	Name int
	// Perm is the index of the permission parameter, or -1 when the
	// function always uses Default.
	Perm    int
	Default uint32
	// Data is the index of the parameter written to the file, or -1.
	Data int
	// Chmod says the function changes the permissions of an existing file.
	Chmod bool
}

var fileOpens = map[string]*FileOpen{}

// LookupFileOpen returns what fn does to a file's permissions, or nil.
func LookupFileOpen(fn *types.Func) *FileOpen { return fileOpens[fullName(fn)] }

// Writer describes a call that writes some of its arguments to an
// io.Writer: Writer is the index of the writer parameter (-1: the
// receiver, a writer itself or a wrapper of one), Data the indices of the
// parameters written (a variadic parameter's index stands for all its
// arguments; nil means all but the writer).
type Writer struct {
	Writer int
	Data   []int
}

var writers = map[string]*Writer{}

// LookupWriter returns how fn writes to a writer, or nil.
func LookupWriter(fn *types.Func) *Writer { return writers[fullName(fn)] }

// writerWraps are functions returning a value that writes to their
// parameter Writer (json.NewEncoder(f), bufio.NewWriter(f)).
var writerWraps = map[string]int{}

// WriterWrap returns the index of the writer parameter of fn if fn wraps
// a writer (its result writes to it), or -1.
func WriterWrap(fn *types.Func) int {
	if i, ok := writerWraps[fullName(fn)]; ok {
		return i
	}
	return -1
}

// CookieRole is what a field of a cookie type holds.
type CookieRole uint8

const (
	_ CookieRole = iota
	// CookieValue is the cookie's value.
	CookieValue
	// CookieSecure is the Secure attribute.
	CookieSecure
	// CookieHTTPOnly is the HttpOnly attribute.
	CookieHTTPOnly
)

// cookieFields maps "path.Type.Field" of cookie and cookie-options types
// (http.Cookie, sessions.Options) to the field's role.
var cookieFields = map[string]CookieRole{}

// CookieField returns the role of field of type t (through one pointer),
// or 0.
func CookieField(t types.Type, field string) CookieRole {
	name := TypeNameAny(t)
	if name == "" {
		return 0
	}
	return cookieFields[name+"."+field]
}

// IsCookieType reports whether t (through one pointer) is http.Cookie.
func IsCookieType(t types.Type) bool { return TypeNameAny(t) == cookieType }

// IsSessionOptions reports whether t (through one pointer) is a session
// store's cookie options (gorilla sessions.Options).
func IsSessionOptions(t types.Type) bool { return sessionOptionsTypes[TypeNameAny(t)] }

var (
	cookieType          = "net/http.Cookie"
	sessionOptionsTypes = map[string]bool{}
	// sessionValues are the fields holding a session's values
	// (sessions.Session.Values): what is stored there goes into the
	// store's cookie (a cookie store) or is keyed by it.
	sessionValues = map[string]bool{}
)

// IsSessionValues reports whether field of type t (through one pointer)
// holds a session's values.
func IsSessionValues(t types.Type, field string) bool {
	return sessionValues[TypeNameAny(t)+"."+field]
}

// TypeNameAny returns "path.Name" of a named type of any package (through
// one pointer, vendor prefix removed), or "".
func TypeNameAny(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return CanonicalPath(n.Obj().Pkg().Path()) + "." + n.Obj().Name()
}

// CookieSetter describes a function that sends a cookie to the client:
// Cookie is the index of a *http.Cookie parameter, or -1 when the cookie
// is given field by field (gin's SetCookie: Value, Secure and HTTPOnly
// are then parameter indices).
type CookieSetter struct {
	Cookie                  int
	Value, Secure, HTTPOnly int
}

var cookieSetters = map[string]*CookieSetter{}

// LookupCookieSetter returns how fn sends a cookie, or nil.
func LookupCookieSetter(fn *types.Func) *CookieSetter { return cookieSetters[fullName(fn)] }

// headerSetters add a response header: (http.Header).Add and Set (key 0,
// value 1).
var headerSetters = map[string]bool{}

// IsHeaderSetter reports whether fn sets a header from its key (argument
// 0) and value (argument 1).
func IsHeaderSetter(fn *types.Func) bool { return headerSetters[fullName(fn)] }

// IsSetCookieHeader reports whether k names the Set-Cookie header.
func IsSetCookieHeader(k string) bool { return strings.EqualFold(k, "Set-Cookie") }

// cookieStrings render a cookie as a Set-Cookie header value.
var cookieStrings = map[string]bool{}

// IsCookieString reports whether fn renders its receiver cookie as a
// Set-Cookie header value ((*http.Cookie).String).
func IsCookieString(fn *types.Func) bool { return cookieStrings[fullName(fn)] }

// ConfigRole is what a call of a configuration library does.
type ConfigRole uint8

const (
	_ ConfigRole = iota
	// ConfigSet stores argument 1 under key argument 0.
	ConfigSet
	// ConfigWrite writes the configuration to a file.
	ConfigWrite
	// ConfigPerm sets the permissions of the files written (argument 0).
	ConfigPerm
)

// configFuncs are viper's functions (package-level, on the global
// instance, and methods of *viper.Viper).
var configFuncs = map[string]ConfigRole{}

// LookupConfig returns the role of fn in a configuration library, and
// whether it is a method (of an instance) rather than a package function
// working on the global instance.
func LookupConfig(fn *types.Func) (ConfigRole, bool) {
	r := configFuncs[fullName(fn)]
	if r == 0 {
		return 0, false
	}
	return r, fn.Type().(*types.Signature).Recv() != nil
}

// configDefaultPerm is viper's default file mode (viper.New:
// v.configPermissions = os.FileMode(0o644)).
const configDefaultPerm = 0o644

// ConfigDefaultPerm returns the permissions a configuration library
// writes its files with by default.
func ConfigDefaultPerm() uint32 { return configDefaultPerm }

// urlTypeFields: the field of url.URL holding the encoded query.
var urlQueryFields = map[string]bool{}

// IsURLQueryField reports whether field of type t (through one pointer)
// is a URL's raw query (url.URL.RawQuery).
func IsURLQueryField(t types.Type, field string) bool {
	return urlQueryFields[TypeNameAny(t)+"."+field]
}

// IsURLValues reports whether t is url.Values.
func IsURLValues(t types.Type) bool { return TypeNameAny(t) == urlValuesType }

const urlValuesType = "net/url.Values"

// urlValuesAdds are the url.Values methods that put a value (argument 1)
// under a key (argument 0).
var urlValuesAdds = map[string]bool{}

// IsURLValuesAdd reports whether fn puts its argument 1 under key
// argument 0 of a url.Values.
func IsURLValuesAdd(fn *types.Func) bool { return urlValuesAdds[fullName(fn)] }

// urlValuesEncodes render a url.Values as a query string.
var urlValuesEncodes = map[string]bool{}

// IsURLValuesEncode reports whether fn renders its receiver url.Values as
// an encoded query.
func IsURLValuesEncode(fn *types.Func) bool { return urlValuesEncodes[fullName(fn)] }

// spec query keys: an OpenID Connect logout request carries the ID token
// as id_token_hint in the query (RP-Initiated Logout 1.0 §2): the spec's
// own channel, not a finding.
var specQueryKeys = map[string]bool{"id_token_hint": true}

// IsSpecQueryKey reports whether a token under query key k is put there by
// a protocol that requires it.
func IsSpecQueryKey(k string) bool { return specQueryKeys[strings.ToLower(k)] }

// IsBodyFormRead reports whether fn reads a form value from the request
// body only (PostFormValue): RFC 6750 §2.2, not the query.
func IsBodyFormRead(fn *types.Func) bool { return bodyFormReads[fullName(fn)] }

var bodyFormReads = map[string]bool{}

// valuesGets read a key of a url.Values: the URL query only when the
// values are the query's (QueryValues).
var valuesGets = map[string]bool{}

// IsValuesGet reports whether fn reads a key of its receiver url.Values
// ((url.Values).Get): a token read so comes from the URL query only if the
// values do.
func IsValuesGet(fn *types.Func) bool { return valuesGets[fullName(fn)] }

// queryValuesFuncs return the values of a URL's query ((*url.URL).Query);
// queryValuesFields hold them (http.Request.Form merges the query and the
// body; PostForm, the body alone, is not one).
var (
	queryValuesFuncs  = map[string]bool{}
	queryValuesFields = map[string]bool{}
)

// IsQueryValuesFunc reports whether fn returns the values of a URL query.
func IsQueryValuesFunc(fn *types.Func) bool { return queryValuesFuncs[fullName(fn)] }

// IsQueryValuesField reports whether field of type t (through one
// pointer) holds values of the request's URL query.
func IsQueryValuesField(t types.Type, field string) bool {
	return queryValuesFields[TypeNameAny(t)+"."+field]
}

// storageNames are the names of this file's tables that are not flow
// names, for the real-API test.
var storageNames []string

// StorageNames returns every full name of the storage model's tables
// (functions, and "path.Type.Field" fields), for the real-API test.
func StorageNames() []string {
	names := append([]string(nil), storageNames...)
	sort.Strings(names)
	return names
}

func addStorage(name string) { storageNames = append(storageNames, name); notePkg(name) }

// addStorageField records a "path.Type.Field" name.
func addStorageField(name string) {
	storageNames = append(storageNames, name)
	notePkg(name[:strings.LastIndex(name, ".")])
}

// addSourceField adds a source field after flow.go's init has indexed
// the others.
func addSourceField(name string, l Label) {
	sourceFields[name] = l
	typ := name[:strings.LastIndex(name, ".")]
	sourceFieldPkgs[typ[:strings.LastIndex(typ, ".")]] = true
	notePkg(typ)
}

func init() {
	for _, p := range []string{"os", "io/ioutil"} {
		fileOpens[p+".WriteFile"] = &FileOpen{Name: 0, Perm: 2, Data: 1}
		addSink(p+".WriteFile", &Sink{Kind: FileSink, Args: []int{1}})
	}
	fileOpens["os.OpenFile"] = &FileOpen{Name: 0, Perm: 2, Data: -1}
	fileOpens["os.Create"] = &FileOpen{Name: 0, Perm: -1, Default: 0o666, Data: -1}
	fileOpens["os.Chmod"] = &FileOpen{Name: 0, Perm: 1, Data: -1, Chmod: true}
	fileOpens["(*os.File).Chmod"] = &FileOpen{Name: -1, Perm: 0, Data: -1, Chmod: true}
	for _, m := range []string{"Write", "WriteString", "WriteAt"} {
		addSink("(*os.File)."+m, &Sink{Kind: FileSink, Args: []int{0}})
	}
	for _, f := range []string{"Fprint", "Fprintf", "Fprintln"} {
		writers["fmt."+f] = &Writer{Writer: 0}
	}
	writers["io.WriteString"] = &Writer{Writer: 0, Data: []int{1}}
	writers["(*encoding/json.Encoder).Encode"] = &Writer{Writer: -1, Data: []int{0}}
	for _, m := range []string{"Write", "WriteString"} {
		writers["(*bufio.Writer)."+m] = &Writer{Writer: -1, Data: []int{0}}
	}
	writerWraps["encoding/json.NewEncoder"] = 0
	writerWraps["bufio.NewWriter"] = 0
	writerWraps["bufio.NewWriterSize"] = 0

	cookieFields[cookieType+".Value"] = CookieValue
	cookieFields[cookieType+".Secure"] = CookieSecure
	cookieFields[cookieType+".HttpOnly"] = CookieHTTPOnly
	cookieSetters["net/http.SetCookie"] = &CookieSetter{Cookie: 1}
	cookieSetters["(github.com/labstack/echo/v4.Context).SetCookie"] = &CookieSetter{Cookie: 0}
	cookieSetters["(*github.com/gin-gonic/gin.Context).SetCookieData"] = &CookieSetter{Cookie: 0}
	cookieSetters["(*github.com/gin-gonic/gin.Context).SetCookie"] = &CookieSetter{Cookie: -1, Value: 1, Secure: 5, HTTPOnly: 6}
	headerSetters["(net/http.Header).Add"] = true
	headerSetters["(net/http.Header).Set"] = true
	cookieStrings["(*net/http.Cookie).String"] = true

	s := "github.com/gorilla/sessions"
	sessionOptionsTypes[s+".Options"] = true
	cookieFields[s+".Options.Secure"] = CookieSecure
	cookieFields[s+".Options.HttpOnly"] = CookieHTTPOnly
	sessionValues[s+".Session.Values"] = true
	addSourceField(s+".Session.ID", SessionID)

	v := "github.com/spf13/viper"
	for _, pre := range []string{v + ".", "(*" + v + ".Viper)."} {
		configFuncs[pre+"Set"] = ConfigSet
		configFuncs[pre+"SetDefault"] = ConfigSet
		for _, f := range []string{"WriteConfig", "SafeWriteConfig", "WriteConfigAs", "SafeWriteConfigAs"} {
			configFuncs[pre+f] = ConfigWrite
		}
		configFuncs[pre+"SetConfigPermissions"] = ConfigPerm
	}

	urlQueryFields["net/url.URL.RawQuery"] = true
	urlValuesAdds["(net/url.Values).Set"] = true
	urlValuesAdds["(net/url.Values).Add"] = true
	urlValuesEncodes["(net/url.Values).Encode"] = true
	bodyFormReads["(*net/http.Request).PostFormValue"] = true
	valuesGets["(net/url.Values).Get"] = true
	queryValuesFuncs["(*net/url.URL).Query"] = true
	// echo's FormParams returns r.Form, which merges the query.
	queryValuesFuncs["(github.com/labstack/echo/v4.Context).QueryParams"] = true
	queryValuesFuncs["(github.com/labstack/echo/v4.Context).FormParams"] = true
	queryValuesFields["net/http.Request.Form"] = true
	// The flow engine labels the values they return: a token looked up in
	// them comes from the URL query.
	for name := range queryValuesFuncs {
		if _, ok := sourceCalls[name]; !ok {
			addSource(name, callSource{label: URLQuery, weak: true})
		}
	}

	// Framework query reads: the URL query parameter named by argument 0.
	for _, name := range []string{
		"(*github.com/gin-gonic/gin.Context).Query", "(*github.com/gin-gonic/gin.Context).DefaultQuery",
		"(*github.com/gin-gonic/gin.Context).GetQuery",
		"(github.com/labstack/echo/v4.Context).QueryParam", "(github.com/labstack/echo/v4.Context).FormValue",
	} {
		addSource(name, callSource{key: 1, keyed: queryKey})
	}

	// A token parse or verification authenticates with its input: a
	// token taken from the URL query reaching one is accepted from there.
	for name, f := range funcs {
		if f.Input >= 0 && f.Kind != Unverified {
			addSink(name, &Sink{Kind: AuthSink, Args: []int{f.Input}, Follow: true})
		}
	}

	for name := range fileOpens {
		addStorage(name)
	}
	for name := range writers {
		addStorage(name)
	}
	for name := range writerWraps {
		addStorage(name)
	}
	for name := range cookieFields {
		addStorageField(name)
	}
	for name := range cookieSetters {
		addStorage(name)
	}
	for name := range headerSetters {
		addStorage(name)
	}
	for name := range cookieStrings {
		addStorage(name)
	}
	for name := range sessionValues {
		addStorageField(name)
	}
	for name := range configFuncs {
		addStorage(name)
	}
	for name := range urlQueryFields {
		addStorageField(name)
	}
	for name := range urlValuesAdds {
		addStorage(name)
	}
	for name := range urlValuesEncodes {
		addStorage(name)
	}
	for name := range bodyFormReads {
		addStorage(name)
	}
	for name := range valuesGets {
		addStorage(name)
	}
	for name := range queryValuesFuncs {
		addStorage(name)
	}
	for name := range queryValuesFields {
		addStorageField(name)
	}
}
