package model

import "go/types"

// A token the program received from a server it called itself (an HTTPS
// response body) is the server's statement to the program; reading its
// time claims only to know when to refresh it trusts nothing an attacker
// can forge without controlling that server. These tables support that
// rule (see jwtverify's doc).

const (
	// Outbound: the function makes an outbound HTTP request and returns
	// the response ((*http.Client).Do, http.Get).
	Outbound Source = iota + 100
	// ReadBody: the function returns what it reads from its argument
	// (io.ReadAll).
	ReadBody
	// JSONDecode: the function decodes JSON into the pointer passed to it
	// (json.Unmarshal's second argument, (*json.Decoder).Decode's first).
	JSONDecode
	// NewDecoder: the function returns a decoder of its argument
	// (json.NewDecoder).
	NewDecoder
)

// responseBodies are the fields holding the body of a received response.
var responseBodies = map[string]bool{
	"net/http.Response.Body": true,
}

// IsResponseBody reports whether field name of type t (or *t) holds a
// received response's body (http.Response.Body).
func IsResponseBody(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return responseBodies[n.Obj().Pkg().Path()+"."+n.Obj().Name()+"."+name]
}

// IsOutbound reports whether fn makes an outbound HTTP request: a modelled
// client call ((*http.Client).Do, http.Get), or any function or interface
// method of the "doer" shape, func(*http.Request) (*http.Response, error),
// which programs declare to wrap or mock the client.
func IsOutbound(fn *types.Func) bool {
	if LookupSource(fn) == Outbound {
		return true
	}
	if fn == nil {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	return isNetHTTP(sig.Params().At(0).Type(), "Request") && isNetHTTP(sig.Results().At(0).Type(), "Response")
}

func isNetHTTP(t types.Type, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == name
}

// timeClaims are the selections that read a token's exp, iat or nbf.
var timeClaims = map[string]bool{}

// timeClaimKeys are the claim names of exp, iat and nbf, for maps of claims.
var timeClaimKeys = map[string]bool{"exp": true, "iat": true, "nbf": true}

// IsTimeClaim reports whether selecting name on a token or claims value of
// type t reads its expiry, issue or not-before time (jwx
// Token.Expiration, golang-jwt RegisteredClaims.ExpiresAt, go-jose
// Claims.Expiry).
func IsTimeClaim(t types.Type, name string) bool {
	tn := TypeName(t)
	return tn != "" && timeClaims[tn+"."+name]
}

// IsTimeClaimKey reports whether key names a time claim in a map of claims
// ("exp", "iat", "nbf").
func IsTimeClaimKey(key string) bool { return timeClaimKeys[key] }

func init() {
	for _, f := range []string{"(*net/http.Client).Do", "(*net/http.Client).Get", "(*net/http.Client).Post", "(*net/http.Client).PostForm", "net/http.Get", "net/http.Post", "net/http.PostForm"} {
		sources[f] = Outbound
	}
	sources["io.ReadAll"] = ReadBody
	sources["encoding/json.Unmarshal"] = JSONDecode
	sources["(*encoding/json.Decoder).Decode"] = JSONDecode
	sources["encoding/json.NewDecoder"] = NewDecoder

	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		for _, m := range []string{"Expiration", "IssuedAt", "NotBefore"} {
			timeClaims[lib.Module+"/jwt.Token."+m] = true
		}
	}
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		names := []string{"StandardClaims"}
		switch lib {
		case golangJWTv5:
			names = []string{"RegisteredClaims"}
			for _, m := range []string{"GetExpirationTime", "GetIssuedAt", "GetNotBefore"} {
				timeClaims[lib.Module+".RegisteredClaims."+m] = true
				timeClaims[lib.Module+".MapClaims."+m] = true
			}
		case golangJWTv4:
			names = append(names, "RegisteredClaims")
		}
		for _, t := range names {
			for _, f := range []string{"ExpiresAt", "IssuedAt", "NotBefore"} {
				timeClaims[lib.Module+"."+t+"."+f] = true
			}
		}
	}
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		for _, f := range []string{"Expiry", "IssuedAt", "NotBefore"} {
			timeClaims[lib.Module+"/jwt.Claims."+f] = true
		}
	}
}
