package model

import "go/types"

// TimeParamKind says what an argument of a modelled time option is.
type TimeParamKind uint8

const (
	_ TimeParamKind = iota
	// LeewayParam: a time.Duration of clock-skew leeway added to exp and
	// subtracted from nbf/iat (golang-jwt v5 WithLeeway, jwx
	// WithAcceptableSkew, go-jose ValidateWithLeeway).
	LeewayParam
	// ClockFuncParam: a func() time.Time replacing the validation clock
	// (golang-jwt v5 WithTimeFunc, go-oidc Config.Now).
	ClockFuncParam
	// ClockParam: a value whose Now method replaces the validation clock
	// (jwx WithClock).
	ClockParam
	// TimeParam: a time.Time used as the current time (go-jose
	// Expected.WithTime, Expected.Time).
	TimeParam
)

// TimeOption is an option function, method or field that sets leeway or
// the validation clock: argument Arg (or the field's value) is of kind Kind.
type TimeOption struct {
	Kind TimeParamKind
	Arg  int
}

var timeOptions = map[string]TimeOption{}

// LookupTimeOption returns the time option fn builds, if it is one.
func LookupTimeOption(fn *types.Func) (TimeOption, bool) {
	name := FuncName(fn)
	if name == "" {
		return TimeOption{}, false
	}
	o, ok := timeOptions[name]
	return o, ok
}

// clockFields are struct fields that set the validation clock, by kind.
var clockFields = map[string]TimeParamKind{}

// LookupClockField returns the kind of the clock field name of the struct
// type t (go-oidc Config.Now, go-jose Expected.Time), or 0.
func LookupClockField(t types.Type, name string) TimeParamKind {
	tn := TypeName(t)
	if tn == "" {
		return 0
	}
	return clockFields[tn+"."+name]
}

// clockVars are package variables of a library that replace its clock for
// the whole process (golang-jwt v4/v3 TimeFunc, kataras Clock).
var clockVars = map[string]bool{}

// IsClockVar reports whether obj is a library's global clock variable.
func IsClockVar(obj types.Object) bool {
	if _, ok := obj.(*types.Var); !ok {
		return false
	}
	return clockVars[ObjectName(obj)]
}

func init() {
	// golang-jwt v5: leeway and clock options; v4 and older: the global
	// TimeFunc. (Keys are modelled in keys.go.)
	v5 := golangJWTv5.Module
	timeOptions[v5+".WithLeeway"] = TimeOption{Kind: LeewayParam, Arg: 0}
	timeOptions[v5+".WithTimeFunc"] = TimeOption{Kind: ClockFuncParam, Arg: 0}
	for _, lib := range []*Library{golangJWTv4, golangJWTv3, dgrijalva, form3tech} {
		clockVars[lib.Module+".TimeFunc"] = true
	}

	// jwx: WithAcceptableSkew and WithClock.
	for _, lib := range []*Library{jwxV1, jwxV2, jwxV3, jwxV4} {
		p := lib.Module + "/jwt"
		timeOptions[p+".WithAcceptableSkew"] = TimeOption{Kind: LeewayParam, Arg: 0}
		timeOptions[p+".WithClock"] = TimeOption{Kind: ClockParam, Arg: 0}
	}

	// go-jose: ValidateWithLeeway, Expected.WithTime and Expected.Time.
	for _, lib := range []*Library{goJoseV4, goJoseV3, squareJose, goJoseV2} {
		p := lib.Module
		timeOptions["("+p+"/jwt.Claims).ValidateWithLeeway"] = TimeOption{Kind: LeewayParam, Arg: 1}
		timeOptions["("+p+"/jwt.Expected).WithTime"] = TimeOption{Kind: TimeParam, Arg: 0}
		clockFields[p+"/jwt.Expected.Time"] = TimeParam
	}

	// go-oidc: Config.Now (the model already marks it ClockOverride).
	for _, p := range []string{goOIDC.Module + "/oidc", goOIDCv2.Module} {
		clockFields[p+".Config.Now"] = ClockFuncParam
	}

	// kataras: the global Clock. (jwt.Leeway is a stricter validator, not
	// leeway: it is not modelled here.)
	clockVars[kataras.Module+".Clock"] = true
}

// TimeFunc says what a function or method of the standard time package
// gives as a time.Time, for telling a validation clock that reads the
// current time from a fixed or shifted one.
type TimeFunc uint8

const (
	_ TimeFunc = iota
	// TimeOther: another function of the time package (time.Parse, ...).
	TimeOther
	// TimeNow: the current time (time.Now).
	TimeNow
	// TimeFixed: a fixed instant (time.Date, time.Unix, UnixMilli,
	// UnixMicro).
	TimeFixed
	// TimeKeep: a method giving its receiver's instant ((time.Time).UTC,
	// Local, In, Round, Truncate).
	TimeKeep
	// TimeShift: a method shifting its receiver by its arguments
	// ((time.Time).Add, AddDate).
	TimeShift
)

// timePackage is the standard package of time.Time and time.Duration.
const timePackage = "time"

// timeFuncs are the time package's functions and time.Time's methods that
// TimeFunc classifies.
var timeFuncs = map[string]TimeFunc{
	"time.Now":             TimeNow,
	"time.Date":            TimeFixed,
	"time.Unix":            TimeFixed,
	"time.UnixMilli":       TimeFixed,
	"time.UnixMicro":       TimeFixed,
	"(time.Time).UTC":      TimeKeep,
	"(time.Time).Local":    TimeKeep,
	"(time.Time).In":       TimeKeep,
	"(time.Time).Round":    TimeKeep,
	"(time.Time).Truncate": TimeKeep,
	"(time.Time).Add":      TimeShift,
	"(time.Time).AddDate":  TimeShift,
}

// LookupTimeFunc returns what fn gives as a time: 0 when fn does not
// belong to the time package, TimeOther for its functions and methods not
// in timeFuncs.
func LookupTimeFunc(fn *types.Func) TimeFunc {
	if stdPath(fn) != timePackage {
		return 0
	}
	if k := timeFuncs[stdName(fn)]; k != 0 {
		return k
	}
	return TimeOther
}

// IsDuration reports whether t is time.Duration (not through a pointer).
func IsDuration(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path()+"."+n.Obj().Name() == durationType
}

// durationType is the full name of time.Duration.
const durationType = timePackage + ".Duration"

// DurationPackage is the import path, and default name, of the package
// whose constants a suggested leeway names ("30*time.Second").
const DurationPackage = timePackage
