package zerolog

type Logger struct{}

func (l *Logger) Info() *Event { return nil }

type Event struct{}

func (e *Event) Str(key, val string) *Event            { return e }
func (e *Event) Strs(key string, vals []string) *Event { return e }
func (e *Event) Interface(key string, i any) *Event    { return e }
func (e *Event) Any(key string, i any) *Event          { return e }
func (e *Event) Bool(key string, b bool) *Event        { return e }
func (e *Event) Msg(msg string)                        {}
func (e *Event) Msgf(format string, v ...any)          {}
func (e *Event) Send()                                 {}
