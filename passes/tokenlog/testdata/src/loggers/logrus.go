package loggers

import (
	"net/http"

	"github.com/sirupsen/logrus"
	"golang.org/x/oauth2"
)

func logruses(tok *oauth2.Token, r *http.Request, logger *logrus.Logger) {
	logrus.WithField("token", tok.AccessToken).Info("login")                                 // want `access token reaches logrus.WithField`
	logrus.WithField("expiry", tok.Expiry).Info("login")                                     // near miss
	logrus.WithFields(logrus.Fields{"auth": r.Header.Get("Authorization")}).Debug("request") // want `the Authorization header reaches logrus.WithFields`
	logrus.WithFields(logrus.Fields{"ua": r.Header.Get("User-Agent")}).Debug("request")      // near miss
	logrus.Infof("token %s", tok.RefreshToken)                                               // want `refresh token reaches logrus.Infof`
	logrus.Infof("token type %s", tok.TokenType)                                             // near miss
	logger.Info("headers ", r.Header)                                                        // want `request headers \(Authorization included\) reach \(\*logrus.Logger\).Info`
	logger.Info("method ", r.Method)                                                         // near miss
	entry := logger.WithField("user", "bob")
	entry.Warn("token ", tok.AccessToken)   // want `access token reaches \(\*logrus.Entry\).Warn`
	entry.Warn("user only")                 // near miss
	logger.Logf(logrus.Level(4), "%T", tok) // near miss: %T
}

func fieldLogger(l logrus.FieldLogger, tok *oauth2.Token) {
	l.Infof("token %s", tok.AccessToken)               // want `access token reaches \(logrus.InfoLogger\).Infof`
	l.Printf("token %s", tok.AccessToken)              // want `access token reaches \(logrus.StdLogger\).Printf`
	l.WithField("id", tok.Extra("id_token")).Info("x") // want `ID token reaches \(logrus.FieldLogger\).WithField`
	l.WithField("scope", tok.Extra("scope")).Info("x") // near miss
}
