package model

import (
	"go/types"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestModelMatchesRealLibraries loads the real token libraries required by
// the end-to-end module (testdata/e2e, resolved through the module proxy)
// and checks every name in the model's tables against them: each function,
// method, field, type, variable and constant must exist, and the argument
// and result indices of the parse functions must fit their signatures. A
// library that renames or reshapes an API the model relies on fails here,
// not silently in users' code.
func TestModelMatchesRealLibraries(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the real libraries")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	// The standard library packages of the display-only rule.
	patterns := []string{"fmt", "errors", "log", "log/slog", "net/http", "os", "path", "path/filepath", "io", "encoding/json", "runtime", "syscall", "testing",
		"strings", "bytes", "strconv", "net/url", "crypto/x509", "encoding/pem", "cmp", "encoding/base64", "encoding/hex", "net/http/httputil", "io/ioutil", "bufio", "net/textproto",
		"math/rand", "math/rand/v2", "crypto/rand", "crypto/cipher", "time"}
	// The logging libraries of logging.go (the e2e package terminate
	// imports them).
	patterns = append(patterns, LoggingPackages...)
	// The flow model's logging, web and configuration libraries, where the
	// e2e module requires them.
	patterns = append(patterns, flowModules()...)
	// tokenrefresh's handlers, status calls, error matchers and wrappers.
	patterns = append(patterns, "context", "github.com/pkg/errors", "github.com/gin-gonic/gin", "github.com/labstack/echo/v4")
	for _, lib := range libraries {
		patterns = append(patterns, lib.Module+"/...")
		if lib == idtoken {
			patterns[len(patterns)-1] = lib.Module // the api module is huge
		}
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  "../../testdata/e2e",
		Env:  append(envWithoutGOFLAGS(), "GOWORK=off"),
	}, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := make(map[string]*types.Package)
	for _, p := range pkgs {
		if p.Types != nil && len(p.Errors) == 0 {
			byPath[p.PkgPath] = p.Types
		}
	}
	if byPath["github.com/golang-jwt/jwt/v5"] == nil {
		t.Fatalf("the e2e module's libraries did not load (%d packages)", len(pkgs))
	}

	tables := map[string][]string{
		"funcs": keys(funcs), "options": keys(options), "fields": keys(fields), "access": keys(access),
		"errorClasses": keys(errorClasses), "claimsChecks": keys(claimsChecks), "tokenEndpointValues": keys(tokenEndpointValues),
		"keyfuncParses": keys(keyfuncParses), "algOptions": keys(algOptions), "parserConstructors": keys(parserConstructors),
		"tokenTypes": keys(tokenTypes), "noneObjects": keys(noneObjects), "noneFuncs": keys(noneFuncs),
		"allowListArgs": keys(allowListArgs), "algSinks": keys(algSinks), "keySinks": keys(keySinks),
		"headerAlgSources": keys(headerAlgSources), "newHeaders": keys(newHeaders), "inferAlgOptions": keys(inferAlgOptions),
		"signFuncs": keys(signFuncs), "unpinnedParses": keys(unpinnedParses), "joseVerifyKeys": keys(joseVerifyKeys),
		"joseTypes": keys(joseTypes), "claimsEffects": keys(claimsEffects), "claimChecks": keys(claimChecks),
		"claimsBases": keys(claimsBases), "expectedTypes": keys(expectedTypes), "audienceArgs": keys(audienceArgs),
		"issuerUnchecked": keys(issuerUnchecked), "expectedFields": keys(expectedFields), "timeOptions": keys(timeOptions),
		"clockFields": keys(clockFields), "clockVars": keys(clockVars), "verifyKeyArgs": keys(verifyKeyArgs),
		"keyOptionArgs": keys(keyOptionArgs), "keySetTypes": keys(keySetTypes), "remoteKeyFuncs": keys(remoteKeyFuncs),
		"signKeys": keys(signKeys), "displayFuncs": keys(displayFuncs), "sources": keys(sources), "responseBodies": keys(responseBodies), "timeClaims": keys(timeClaims),
		"claimReads": keys(claimReads), "verifierCtors": keys(verifierCtors), "providerIssuerArgs": keys(providerIssuerArgs), "verifierTypes": keys(verifierTypes), "configExpectations": keys(configExpectations), "signatureOnly": keys(signatureOnly),
	}
	// The tables of selfkey.go (its standard library names are checked by
	// TestStdNamesExist).
	tables["embeddedKeyFuncs"] = keys(embeddedKeyFuncs)
	tables["embeddedKeyFields"] = keys(embeddedKeyFields)
	tables["thumbprintFuncs"] = keys(thumbprintFuncs)
	tables["jwkParsers"] = keys(jwkParsers)
	tables["selfKeyVerifyArgs"] = keys(selfKeyVerifyArgs)
	tables["segmentDecoders"] = keys(segmentDecoders)
	tables["certVerifiers"] = keys(certVerifiers)
	// testify is not in the e2e module: its names are skipped here (and
	// logged as not in the e2e module), checked only by the stubs.
	tables["requireNoErrors"] = keys(requireNoErrors)
	// The flow model (internal/flow's sources, propagators and sinks).
	tables["flowNames"] = FlowNames()
	flowFields, flowTypes := FlowFields()
	tables["flowFields"] = flowFields
	tables["flowTypes"] = flowTypes
	// The logging libraries' names of logging.go (its standard library
	// names are checked by TestStdNamesExist).
	tables["terminatingFuncs"] = keys(terminatingFuncs)
	tables["loggingFuncs"] = keys(loggingFuncs)
	// tokenstorage's files, cookies, sessions, configurations and URLs.
	tables["storage"] = StorageNames()
	// hardcodedsecret's key sinks.
	tables["keySinks (keysinks.go)"] = KeySinkNames()
	// weakrand's sink fields and claims maps.
	tables["weakrand"] = WeakRandNames()
	// tokenrefresh's status calls, token sources, token errors and types.
	tables["refresh"] = RefreshNames()
	tables["refreshFields"], tables["refreshVars"], tables["refreshTypes"] = RefreshFields()
	// tokenrefresh's hand-set Authorization headers and response status.
	tables["bearer"], tables["bearerFields"], tables["bearerTypes"] = BearerNames()
	// The claim field names matched by name alone, each at one real type
	// that has it.
	claimFieldAt := map[string]string{
		"Audience":    golangJWTv5.Module + ".RegisteredClaims.Audience",
		"Issuer":      golangJWTv5.Module + ".RegisteredClaims.Issuer",
		"ExpiresAt":   golangJWTv5.Module + ".RegisteredClaims.ExpiresAt",
		"Expiry":      goJoseV4.Module + "/jwt.Claims.Expiry",
		"AnyAudience": goJoseV4.Module + "/jwt.Expected.AnyAudience",
	}
	for name := range claimFieldNames {
		if claimFieldAt[name] == "" {
			t.Errorf("claim field name %q has no real field to check in claimFieldAt", name)
		}
		tables["claimFieldNames"] = append(tables["claimFieldNames"], claimFieldAt[name])
	}
	tables["headerAlgFields"] = keys(headerAlgFields)
	// The alg-name methods matched by name alone, each at a real type that
	// has it.
	algNameAt := map[string]string{
		"Alg":    "(" + golangJWTv5.Module + ".SigningMethod).Alg",
		"String": jwxV3.Module + "/jwa.SignatureAlgorithm.String",
		"Name":   "(" + kataras.Module + ".Alg).Name",
	}
	for _, m := range []map[string]bool{algNameMethods, algValueNameMethods} {
		for name := range m {
			if algNameAt[name] == "" {
				t.Errorf("alg name method %q has no real method to check in algNameAt", name)
			}
			tables["algNameMethods"] = append(tables["algNameMethods"], algNameAt[name])
		}
	}
	// The member names the passes match on values known by role.
	for _, m := range [][2]string{
		{"(" + golangJWTv4.Module + ".Claims).", ClaimsValidMethod},
		{goJoseV4.Module + "/jwt.Claims.", ClaimsValidateMethod},
		{golangJWTv5.Module + ".Token.", TokenValidField},
		{squareJose.Module + "/jwt.Expected.", ExpectedTimeField},
		{goJoseV4.Module + "/jwt.Expected.", ExpectedWithTime},
		{goJoseV4.Module + ".JSONWebKey.", JoseKeyField},
		{goJoseV4.Module + ".JSONWebKeySet.", JoseKeysField},
	} {
		at, member := m[0], m[1]
		tables["memberNames"] = append(tables["memberNames"], at+member)
	}
	checked, skipped := 0, map[string]bool{}
	for table, names := range tables {
		for _, name := range names {
			obj, pkgPath := lookup(byPath, name)
			if pkgPath == "" {
				skipped[packageGuess(name)] = true
				continue
			}
			checked++
			if obj == nil {
				t.Errorf("%s: %q does not exist in the real %s", table, name, pkgPath)
			}
		}
	}

	// The indices of the parse functions fit their real signatures.
	for name, f := range funcs {
		obj, pkgPath := lookup(byPath, name)
		fn, ok := obj.(*types.Func)
		if pkgPath == "" || !ok {
			continue
		}
		sig := fn.Signature()
		params, results := sig.Params(), sig.Results()
		if f.Result >= results.Len() {
			t.Errorf("funcs: %s: Result %d, but it has %d results", name, f.Result, results.Len())
		}
		if f.Err >= 0 && (f.Err >= results.Len() || !types.Identical(results.At(f.Err).Type(), types.Universe.Lookup("error").Type())) {
			t.Errorf("funcs: %s: Err %d is not an error result of %s", name, f.Err, sig)
		}
		for _, d := range f.Dests {
			if d >= params.Len() {
				t.Errorf("funcs: %s: Dest %d, but it has %d parameters", name, d, params.Len())
			}
		}
		if f.Input >= params.Len() {
			t.Errorf("funcs: %s: Input %d, but it has %d parameters", name, f.Input, params.Len())
		}
		if f.Options != NoOptions && !sig.Variadic() {
			t.Errorf("funcs: %s: modelled with options but is not variadic", name)
		}
	}
	// The key argument of each key sink fits its real signature.
	for name, u := range keyCalls {
		obj, _ := lookup(byPath, name)
		if fn, ok := obj.(*types.Func); ok && u.Arg >= fn.Signature().Params().Len() {
			t.Errorf("keyCalls: %s: Arg %d, but it has %d parameters", name, u.Arg, fn.Signature().Params().Len())
		}
	}
	var missing []string
	for p := range skipped {
		missing = append(missing, p)
	}
	sort.Strings(missing)
	t.Logf("checked %d names against the real libraries; not in the e2e module: %s", checked, strings.Join(missing, ", "))
	if checked < 300 {
		t.Errorf("only %d names checked: the lookup is broken", checked)
	}
}

// flowModules returns the packages of the flow model outside the standard
// library and the token libraries that the e2e module requires.
func flowModules() []string {
	data, err := os.ReadFile("../../testdata/e2e/go.mod")
	if err != nil {
		return nil
	}
	var pats []string
	for pkg := range flowPackages {
		first, _, _ := strings.Cut(pkg, "/")
		if !strings.Contains(first, ".") || LibraryOf(pkg) != nil {
			continue
		}
		for mod := pkg; mod != "."; mod = pathDir(mod) {
			if strings.Contains(string(data), "\t"+mod+" ") {
				pats = append(pats, pkg)
				break
			}
		}
	}
	sort.Strings(pats)
	return pats
}

func pathDir(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[:i]
	}
	return "."
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// lookup finds the object a model name denotes: "(*path.T).M", "(path.T).M",
// "path.Name", "path.T.FieldOrMethod". It returns the package path it
// belongs to, or "" when that package is not loaded.
func lookup(pkgs map[string]*types.Package, name string) (types.Object, string) {
	if rest, ok := strings.CutPrefix(name, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		if !ok {
			return nil, ""
		}
		recv = strings.TrimPrefix(recv, "*")
		return lookup(pkgs, recv+"."+method)
	}
	// The longest loaded package path followed by ".".
	var pkg *types.Package
	for path, p := range pkgs {
		if strings.HasPrefix(name, path+".") && (pkg == nil || len(path) > len(pkg.Path())) {
			pkg = p
		}
	}
	if pkg == nil {
		return nil, ""
	}
	rest := strings.TrimPrefix(name, pkg.Path()+".")
	first, member, hasMember := strings.Cut(rest, ".")
	obj := pkg.Scope().Lookup(first)
	if obj == nil || !hasMember {
		return obj, pkg.Path()
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil, pkg.Path()
	}
	t := tn.Type()
	if !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	m, _, _ := types.LookupFieldOrMethod(t, true, pkg, member)
	return m, pkg.Path()
}

// packageGuess returns the library a name belongs to, for the log.
func packageGuess(name string) string {
	name = strings.TrimLeft(name, "(*")
	if lib := LibraryOf(name); lib != nil {
		return lib.Module
	}
	for _, lib := range libraries {
		if strings.HasPrefix(name, lib.Module) {
			return lib.Module
		}
	}
	return name
}

// envWithoutGOFLAGS is the environment, for loading the e2e module with its
// own go.sum (GOFLAGS=-mod=... of the caller would not apply to it).
func envWithoutGOFLAGS() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOFLAGS=") {
			env = append(env, kv)
		}
	}
	return env
}
