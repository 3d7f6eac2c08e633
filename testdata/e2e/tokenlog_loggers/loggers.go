// Package tokenlog_loggers logs tokens with the real logging libraries:
// zap, logrus, zerolog, klog, glog and hclog.
package tokenlog_loggers

import (
	"net/http"

	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"golang.org/x/oauth2"
	"k8s.io/klog/v2"
)

// Zap logs a token as a field.
func Zap(logger *zap.Logger, tok *oauth2.Token) {
	logger.Info("login", zap.String("access_token", tok.AccessToken)) // want:tokenlog
	logger.Info("login", zap.Time("expiry", tok.Expiry))
}

// ZapSugar logs a token with the sugared logger.
func ZapSugar(logger *zap.SugaredLogger, tok *oauth2.Token) {
	logger.Infow("login", "refresh_token", tok.RefreshToken) // want:tokenlog
	logger.Infof("login, token type %s", tok.TokenType)
	logger.With("token", tok.AccessToken).Debug("attached") // want:tokenlog
}

// Logrus logs the Authorization header as a field.
func Logrus(r *http.Request) {
	logrus.WithField("auth", r.Header.Get("Authorization")).Info("request") // want:tokenlog
	logrus.WithField("agent", r.Header.Get("User-Agent")).Info("request")
}

// LogrusFields logs a token through a FieldLogger.
func LogrusFields(l logrus.FieldLogger, tok *oauth2.Token) {
	l.Infof("token %s", tok.AccessToken) // want:tokenlog
	l.Infof("token %T", tok)
	l.WithFields(logrus.Fields{"token": tok.AccessToken}).Warn("x") // want:tokenlog
}

// Zerolog logs a token as a string field, and one as the message.
func Zerolog(logger zerolog.Logger, tok *oauth2.Token) {
	logger.Info().Str("token", tok.AccessToken).Msg("login") // want:tokenlog
	logger.Info().Str("type", tok.TokenType).Msg("login")
	logger.Error().Msgf("refresh %s failed", tok.RefreshToken) // want:tokenlog
	sub := logger.With().Interface("token", tok).Logger()      // want:tokenlog
	sub.Info().Msg("attached")
}

// Klog logs a token with klog.
func Klog(tok *oauth2.Token) {
	klog.Infof("token %s", tok.AccessToken)             // want:tokenlog
	klog.V(2).InfoS("login", "token", tok.RefreshToken) // want:tokenlog
	klog.V(2).InfoS("login", "expiry", tok.Expiry)
	logger := klog.Background()
	logger.Info("login", "token", tok.AccessToken) // want:tokenlog
	logger.Info("login", "expiry", tok.Expiry)
}

// Glog logs a token with glog.
func Glog(tok *oauth2.Token) {
	glog.Infof("token %s", tok.AccessToken)     // want:tokenlog
	glog.V(2).Infoln("token", tok.RefreshToken) // want:tokenlog
	glog.Infof("token expires %v", tok.Expiry)
}

// Hclog logs a token with hclog.
func Hclog(logger hclog.Logger, tok *oauth2.Token) {
	logger.Info("login", "token", tok.AccessToken)  // want:tokenlog
	sub := logger.With("refresh", tok.RefreshToken) // want:tokenlog
	sub.Info("login", "expiry", tok.Expiry)
}
