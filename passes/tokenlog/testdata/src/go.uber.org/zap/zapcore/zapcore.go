package zapcore

type Level int8

type Field struct {
	Key    string
	String string
}

type CheckedEntry struct{}

func (ce *CheckedEntry) Write(fields ...Field) {}
