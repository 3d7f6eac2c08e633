package zerolog

import (
	"context"
	"fmt"
)

type Logger struct{}

type Event struct{}

type Context struct{ l Logger }

func Ctx(ctx context.Context) *Logger { return &Logger{} }
func Dict() *Event                    { return &Event{} }

func (l Logger) With() Context                           { return Context{l} }
func (l *Logger) Info() *Event                           { return &Event{} }
func (l *Logger) Debug() *Event                          { return &Event{} }
func (l *Logger) Error() *Event                          { return &Event{} }
func (l *Logger) Err(err error) *Event                   { return &Event{} }
func (l *Logger) Printf(format string, v ...interface{}) {}

func (c Context) Logger() Logger                              { return c.l }
func (c Context) Str(key, val string) Context                 { return c }
func (c Context) Interface(key string, i interface{}) Context { return c }

func (e *Event) Msg(msg string)                               {}
func (e *Event) Send()                                        {}
func (e *Event) Msgf(format string, v ...interface{})         {}
func (e *Event) Str(key, val string) *Event                   { return e }
func (e *Event) Strs(key string, vals []string) *Event        { return e }
func (e *Event) Stringer(key string, val fmt.Stringer) *Event { return e }
func (e *Event) Bytes(key string, val []byte) *Event          { return e }
func (e *Event) Interface(key string, i interface{}) *Event   { return e }
func (e *Event) Any(key string, i interface{}) *Event         { return e }
func (e *Event) Dict(key string, dict *Event) *Event          { return e }
func (e *Event) Int(key string, i int) *Event                 { return e }
func (e *Event) Err(err error) *Event                         { return e }
