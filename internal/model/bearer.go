package model

import (
	"go/types"
	"sort"
	"strings"
)

// The bearer model, for tokenrefresh: the calls that set a request's
// Authorization header by hand from a token (BearerSink), and the
// response status a client compares with 401 (UnauthorizedCheck).

// bearerHeader is the header a hand-set bearer token goes to.
const bearerHeader = "Authorization"

// IsBearerHeader reports whether a header name is the Authorization
// header.
func IsBearerHeader(name string) bool { return strings.EqualFold(name, bearerHeader) }

// responseStatusFields are the fields holding a received response's
// status code.
var responseStatusFields = map[string]bool{"net/http.Response.StatusCode": true}

// IsResponseStatus reports whether field of type t (through one pointer)
// holds a received response's status code (http.Response.StatusCode).
func IsResponseStatus(t types.Type, field string) bool {
	return responseStatusFields[TypeNameAny(t)+"."+field]
}

// responseTypes are the types of a received HTTP response;
// responseTypeNames their names alone (the engine asks of every
// argument: most are not named so).
var (
	responseTypes     = map[string]bool{"net/http.Response": true}
	responseTypeNames = map[string]bool{}
)

// IsResponseType reports whether t (through one pointer) is a received
// HTTP response (*http.Response).
func IsResponseType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !responseTypeNames[n.Obj().Name()] {
		return false
	}
	return responseTypes[TypeNameAny(n)]
}

// UnauthorizedStatus is the status that says a token was refused (RFC
// 6750 §3): the one a client refreshes on.
const UnauthorizedStatus = 401

// bearerSinks are the calls setting a request's Authorization header by
// hand.
var bearerSinks = map[string]*Sink{
	// The value (argument 1), when the name (argument 0) is the
	// Authorization header.
	"(net/http.Header).Set": {Kind: BearerSink, Args: []int{1}, Key: 1},
	"(net/http.Header).Add": {Kind: BearerSink, Args: []int{1}, Key: 1},
	// The token itself (the receiver).
	"(*golang.org/x/oauth2.Token).SetAuthHeader": {Kind: BearerSink, Args: []int{}, Recv: true},
}

// decoders decode their data parameter into their target: the index of
// each.
var decoders = map[string][2]int{"encoding/json.Unmarshal": {0, 1}}

// DecodeArgs returns the indices of fn's target and data parameters if fn
// decodes data into the target (json.Unmarshal), or -1, -1.
func DecodeArgs(fn *types.Func) (target, data int) {
	if d, ok := decoders[fullName(fn)]; ok {
		return d[1], d[0]
	}
	return -1, -1
}

// BearerNames returns the full names of the bearer model (functions,
// then "path.Type.Field" fields and "path.Type" types), for the real-API
// test.
func BearerNames() (funcs, fields, typs []string) {
	for n := range bearerSinks {
		funcs = append(funcs, n)
	}
	for n := range decoders {
		funcs = append(funcs, n)
	}
	for n := range responseStatusFields {
		fields = append(fields, n)
	}
	for n := range responseTypes {
		typs = append(typs, n)
	}
	sort.Strings(funcs)
	sort.Strings(fields)
	sort.Strings(typs)
	return funcs, fields, typs
}

func init() {
	for name := range responseTypes {
		responseTypeNames[name[strings.LastIndex(name, ".")+1:]] = true
	}
	for name, s := range bearerSinks {
		addSink(name, s)
	}
}
