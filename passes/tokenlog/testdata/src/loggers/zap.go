package loggers

import (
	"go.uber.org/zap"
	"golang.org/x/oauth2"
)

func zaps(logger *zap.Logger, tok *oauth2.Token) {
	logger.Info("token", zap.String("access_token", tok.AccessToken)) // want `access token reaches \(\*zap.Logger\).Info`
	logger.Info("token", zap.Time("expiry", tok.Expiry))              // near miss
	logger.Debug("token", zap.Any("token", tok))                      // want `a whole \*oauth2.Token reaches \(\*zap.Logger\).Debug`
	logger.Debug("token", zap.Int("len", len(tok.AccessToken)))       // near miss
	l := logger.With(zap.String("refresh", tok.RefreshToken))         // want `refresh token reaches \(\*zap.Logger\).With`
	l.Info("refreshed")                                               // near miss: reported at With
	logger.With(zap.String("type", tok.TokenType)).Info("x")          // near miss
	f := zap.String("tok", tok.AccessToken)
	if ce := logger.Check(0, "token"); ce != nil {
		ce.Write(f) // want `access token reaches \(\*zapcore.CheckedEntry\).Write`
	}
}

func sugared(s *zap.SugaredLogger, tok *oauth2.Token) {
	s.Infof("token %s", tok.AccessToken)                 // want `access token reaches \(\*zap.SugaredLogger\).Infof`
	s.Infof("token %T", tok)                             // near miss: %T
	s.Infow("token", "refresh_token", tok.RefreshToken)  // want `refresh token reaches \(\*zap.SugaredLogger\).Infow`
	s.Infow("token", "expiry", tok.Expiry)               // near miss
	s.Info(tok)                                          // want `a whole \*oauth2.Token reaches \(\*zap.SugaredLogger\).Info`
	s.With("token", tok.AccessToken).Infoln("hello")     // want `access token reaches \(\*zap.SugaredLogger\).With`
	zap.S().Debugf("token type %s", tok.TokenType)       // near miss
	zap.L().Sugar().Logf(0, "token %v", tok.AccessToken) // want `access token reaches \(\*zap.SugaredLogger\).Logf`
}
