package zap

import (
	"fmt"

	"go.uber.org/zap/zapcore"
)

type Field = zapcore.Field

type Logger struct{}

func NewNop() *Logger                                                         { return &Logger{} }
func L() *Logger                                                              { return &Logger{} }
func S() *SugaredLogger                                                       { return &SugaredLogger{} }
func (log *Logger) Sugar() *SugaredLogger                                     { return &SugaredLogger{} }
func (log *Logger) Named(s string) *Logger                                    { return log }
func (log *Logger) With(fields ...Field) *Logger                              { return log }
func (log *Logger) WithLazy(fields ...Field) *Logger                          { return log }
func (log *Logger) Check(lvl zapcore.Level, msg string) *zapcore.CheckedEntry { return nil }
func (log *Logger) Log(lvl zapcore.Level, msg string, fields ...Field)        {}
func (log *Logger) Debug(msg string, fields ...Field)                         {}
func (log *Logger) Info(msg string, fields ...Field)                          {}
func (log *Logger) Warn(msg string, fields ...Field)                          {}
func (log *Logger) Error(msg string, fields ...Field)                         {}
func (log *Logger) DPanic(msg string, fields ...Field)                        {}
func (log *Logger) Panic(msg string, fields ...Field)                         {}
func (log *Logger) Fatal(msg string, fields ...Field)                         {}

type SugaredLogger struct{}

func (s *SugaredLogger) Desugar() *Logger                                             { return &Logger{} }
func (s *SugaredLogger) With(args ...interface{}) *SugaredLogger                      { return s }
func (s *SugaredLogger) Info(args ...interface{})                                     {}
func (s *SugaredLogger) Infof(template string, args ...interface{})                   {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...interface{})               {}
func (s *SugaredLogger) Infoln(args ...interface{})                                   {}
func (s *SugaredLogger) Debugf(template string, args ...interface{})                  {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...interface{})              {}
func (s *SugaredLogger) Logf(lvl zapcore.Level, template string, args ...interface{}) {}

func String(key string, val string) Field                  { return Field{} }
func Strings(key string, ss []string) Field                { return Field{} }
func ByteString(key string, val []byte) Field              { return Field{} }
func Any(key string, value interface{}) Field              { return Field{} }
func Reflect(key string, val interface{}) Field            { return Field{} }
func Stringer(key string, val fmt.Stringer) Field          { return Field{} }
func Error(err error) Field                                { return Field{} }
func Int(key string, val int) Field                        { return Field{} }
func Time(key string, val interface{ Unix() int64 }) Field { return Field{} }
