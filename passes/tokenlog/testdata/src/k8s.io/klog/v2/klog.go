package klog

import "github.com/go-logr/logr"

type Level int32

type Verbose struct{ enabled bool }

func V(level Level) Verbose { return Verbose{} }

func (v Verbose) Enabled() bool                                  { return v.enabled }
func (v Verbose) Info(args ...interface{})                       {}
func (v Verbose) Infof(format string, args ...interface{})       {}
func (v Verbose) InfoS(msg string, keysAndValues ...interface{}) {}
func Info(args ...interface{})                                   {}
func Infof(format string, args ...interface{})                   {}
func InfofDepth(depth int, format string, args ...interface{})   {}
func InfoS(msg string, keysAndValues ...interface{})             {}
func Errorf(format string, args ...interface{})                  {}
func ErrorS(err error, msg string, keysAndValues ...interface{}) {}
func Warningf(format string, args ...interface{})                {}

type Logger = logr.Logger

func Background() Logger { return logr.Discard() }
