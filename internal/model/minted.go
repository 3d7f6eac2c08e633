package model

import "go/types"

// Source says where a raw token comes from, for the rule that a token the
// program made or keeps itself is not attacker input.
type Source uint8

const (
	_ Source = iota
	// Minted: the function returns a token the program just signed
	// ((*jwt.Token).SignedString, jwx jwt.Sign, a go-jose builder's
	// Serialize): parsing it back reads the program's own claims.
	Minted
	// LocalFile: the function reads a local file (os.ReadFile); a token
	// read from a file under the user's own configuration directory is the
	// program's stored credential.
	LocalFile
	// UserDir: the function returns a directory of the user running the
	// program (os.UserConfigDir, os.UserHomeDir).
	UserDir
	// PathJoin: the function builds a path from its arguments.
	PathJoin
)

var sources = map[string]Source{}

// LookupSource returns where the result of fn comes from, or 0.
func LookupSource(fn *types.Func) Source {
	if fn == nil || fn.Pkg() == nil {
		return 0
	}
	if name := FuncName(fn); name != "" {
		return sources[name]
	}
	return sources[fn.Origin().FullName()] // the standard library
}

func init() {
	for _, lib := range []*Library{golangJWTv5, golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		sources["(*"+lib.Module+".Token).SignedString"] = Minted
	}
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		sources[lib.Module+"/jwt.Sign"] = Minted
		sources[lib.Module+"/jws.Sign"] = Minted
	}
	sources["("+goJoseV4.Module+"/jwt.Builder).Serialize"] = Minted
	for _, lib := range []*Library{goJoseV3, squareJose, goJoseV2} {
		sources["("+lib.Module+"/jwt.Builder).CompactSerialize"] = Minted
	}
	sources["github.com/kataras/jwt.Sign"] = Minted

	sources["os.ReadFile"] = LocalFile
	sources["os.UserConfigDir"] = UserDir
	sources["os.UserHomeDir"] = UserDir
	sources["path/filepath.Join"] = PathJoin
	sources["path.Join"] = PathJoin
}
