package log

import "github.com/rs/zerolog"

var Logger zerolog.Logger

func Info() *zerolog.Event                   { return Logger.Info() }
func Debug() *zerolog.Event                  { return Logger.Debug() }
func Error() *zerolog.Event                  { return Logger.Error() }
func With() zerolog.Context                  { return Logger.With() }
func Printf(format string, v ...interface{}) {}
func Print(v ...interface{})                 {}
