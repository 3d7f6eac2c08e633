package loggers

import (
	"context"

	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
	"golang.org/x/oauth2"
	"k8s.io/klog/v2"
)

func zerologs(ctx context.Context, tok *oauth2.Token) {
	log.Info().Str("token", tok.AccessToken).Msg("login")   // want `access token reaches \(\*zerolog.Event\).Str`
	log.Info().Str("type", tok.TokenType).Msg("login")      // near miss
	log.Debug().Interface("token", tok).Send()              // want `a whole \*oauth2.Token reaches \(\*zerolog.Event\).Interface`
	log.Debug().Int("len", len(tok.AccessToken)).Send()     // near miss
	log.Error().Msgf("refresh %s failed", tok.RefreshToken) // want `refresh token reaches \(\*zerolog.Event\).Msgf`
	log.Error().Msgf("refresh %T failed", tok)              // near miss
	ev := zerolog.Ctx(ctx).Info()
	ev.Str("user", "bob")
	ev.Msg("token " + tok.AccessToken)                      // want `access token reaches \(\*zerolog.Event\).Msg`
	l := log.With().Str("token", tok.RefreshToken).Logger() // want `refresh token reaches \(zerolog.Context\).Str`
	l.Info().Msg("hello")                                   // near miss: reported at the context
	log.Printf("token %s", tok.AccessToken)                 // want `access token reaches log.Printf`
}

func klogs(tok *oauth2.Token) {
	klog.Infof("token %s", tok.AccessToken)             // want `access token reaches klog.Infof`
	klog.Infof("token expires %v", tok.Expiry)          // near miss
	klog.V(2).InfoS("token", "value", tok.RefreshToken) // want `refresh token reaches \(klog.Verbose\).InfoS`
	klog.V(2).InfoS("token", "type", tok.TokenType)     // near miss
	klog.InfofDepth(1, "token %s", tok.AccessToken)     // want `access token reaches klog.InfofDepth`
	klog.InfofDepth(1, "token %T", tok)                 // near miss
	klog.ErrorS(nil, "refresh failed", "token", tok)    // want `a whole \*oauth2.Token reaches klog.ErrorS`
}

func glogs(ctx context.Context, tok *oauth2.Token) {
	glog.Infof("token %s", tok.AccessToken)    // want `access token reaches glog.Infof`
	glog.Infof("token type %s", tok.TokenType) // near miss
	glog.V(2).Info("token ", tok.RefreshToken) // want `refresh token reaches \(glog.Verbose\).Info`
	glog.InfoContextf(ctx, "token %v", tok)    // want `a whole \*oauth2.Token reaches glog.InfoContextf`
	glog.InfoContextf(ctx, "token %p", tok)    // near miss: %p
}

func hclogs(logger hclog.Logger, tok *oauth2.Token) {
	logger.Info("login", "token", tok.AccessToken)                       // want `access token reaches \(hclog.Logger\).Info`
	logger.Info("login", "expiry", tok.Expiry)                           // near miss
	sub := logger.With("refresh", tok.RefreshToken)                      // want `refresh token reaches \(hclog.Logger\).With`
	sub.Debug("refreshed")                                               // near miss: reported at With
	hclog.Default().Warn("token", "v", hclog.Fmt("%s", tok.AccessToken)) // want `access token reaches \(hclog.Logger\).Warn`
	logger.Named("auth").Error("failed", "type", tok.TokenType)          // near miss
}

func logrs(tok *oauth2.Token) {
	logger := klog.Background()
	logger.Info("login", "token", tok.AccessToken)           // want `access token reaches \(logr.Logger\).Info`
	logger.V(2).Info("login", "expiry", tok.Expiry)          // near miss
	l := logger.WithValues("refresh", tok.RefreshToken)      // want `refresh token reaches \(logr.Logger\).WithValues`
	l.Error(nil, "refresh failed", "type", tok.TokenType)    // near miss
	logger.WithName("auth").Error(nil, "failed", "tok", tok) // want `a whole \*oauth2.Token reaches \(logr.Logger\).Error`
}
