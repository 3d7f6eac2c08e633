package hclog

type Level int32

type Logger interface {
	Log(level Level, msg string, args ...interface{})
	Trace(msg string, args ...interface{})
	Debug(msg string, args ...interface{})
	Info(msg string, args ...interface{})
	Warn(msg string, args ...interface{})
	Error(msg string, args ...interface{})
	With(args ...interface{}) Logger
	Named(name string) Logger
}

func Default() Logger { return nil }
func L() Logger       { return nil }

type Format []interface{}

func Fmt(str string, args ...interface{}) Format { return append(Format{str}, args...) }
