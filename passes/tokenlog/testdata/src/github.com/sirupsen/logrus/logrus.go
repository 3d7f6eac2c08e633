package logrus

type Fields map[string]any

type Level uint32

type Logger struct{}

type Entry struct {
	Logger *Logger
	Data   Fields
}

func New() *Logger            { return &Logger{} }
func StandardLogger() *Logger { return &Logger{} }

func WithField(key string, value any) *Entry { return &Entry{} }
func WithFields(fields Fields) *Entry        { return &Entry{} }
func WithError(err error) *Entry             { return &Entry{} }
func Info(args ...any)                       {}
func Infof(format string, args ...any)       {}
func Debugf(format string, args ...any)      {}
func Warnln(args ...any)                     {}
func Printf(format string, args ...any)      {}

func (logger *Logger) WithField(key string, value any) *Entry       { return &Entry{} }
func (logger *Logger) WithFields(fields Fields) *Entry              { return &Entry{} }
func (logger *Logger) Info(args ...any)                             {}
func (logger *Logger) Infof(format string, args ...any)             {}
func (logger *Logger) Errorf(format string, args ...any)            {}
func (logger *Logger) Logf(level Level, format string, args ...any) {}

func (entry *Entry) WithField(key string, value any) *Entry { return entry }
func (entry *Entry) WithFields(fields Fields) *Entry        { return entry }
func (entry *Entry) Info(args ...any)                       {}
func (entry *Entry) Infof(format string, args ...any)       {}
func (entry *Entry) Debug(args ...any)                      {}
func (entry *Entry) Warn(args ...any)                       {}

type StdLogger interface {
	Print(args ...any)
	Printf(format string, args ...any)
	Println(args ...any)
}

type InfoLogger interface {
	Info(args ...any)
	Infof(format string, args ...any)
	Infoln(args ...any)
}

type FieldLogger interface {
	WithField(key string, value any) *Entry
	WithFields(fields Fields) *Entry
	WithError(err error) *Entry

	StdLogger
	InfoLogger
}
