// Package terminate stops on a failed verification with the logging
// libraries' fatal calls, and logs token algorithms with them: what
// follows a fatal call runs only on a verified token, and logging an alg
// does not check it. It also imports every logging library of the model,
// for internal/model's TestModelMatchesRealLibraries.
package terminate

import (
	"crypto/rsa"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
	"github.com/golang/glog"
	"github.com/hashicorp/go-hclog"
	"github.com/pkg/errors"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

var (
	pub    *rsa.PublicKey
	secret []byte // want:hardcodedsecret
)

func keyFunc(*jwt.Token) (any, error) { return pub, nil }

// LogrusFatal stops when the verification fails.
func LogrusFatal(raw string) string {
	if _, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		logrus.WithError(err).Fatal("bad token")
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	s, _ := c["sub"].(string)
	return s
}

// LogrusError only logs the failure: the re-read trusts a token that may
// have failed.
func LogrusError(raw string) string {
	if _, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		logrus.Errorf("bad token: %v", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c) // want:jwtverify
	s, _ := c["sub"].(string)
	return s
}

// ZapFatal stops when the verification fails.
func ZapFatal(logger *zap.Logger, raw string) string {
	if _, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		logger.Sugar().Fatalw("bad token", "err", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	s, _ := c["sub"].(string)
	return s
}

// KlogExit stops when the verification fails.
func KlogExit(raw string) string {
	if _, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		klog.Exitf("bad token: %v", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	s, _ := c["sub"].(string)
	return s
}

// GlogFatal stops when the verification fails.
func GlogFatal(raw string) string {
	if _, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		glog.Fatalf("bad token: %v", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, c)
	s, _ := c["sub"].(string)
	return s
}

// HclogAlg only logs the alg: the keyfunc ignores it, and HS256 takes the
// secret.
func HclogAlg(logger hclog.Logger, raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want:jwtalg
		logger.Info("token", "alg", t.Method.Alg())
		return secret, nil
	})
}

// WrappedAlg puts the alg into an error message only.
func WrappedAlg(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want:jwtalg
		if t.Header["kid"] == nil {
			return nil, errors.Wrapf(fmt.Errorf("no kid"), "alg %s", t.Method.Alg())
		}
		return secret, nil
	})
}

// ZerologAlg prints the alg with zerolog only.
func ZerologAlg(logger zerolog.Logger, raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want:jwtalg
		logger.Printf("alg %s", t.Method.Alg())
		zlog.Print(t.Method.Alg())
		return secret, nil
	})
}

// CheckedAlg checks the alg: not reported.
func CheckedAlg(raw string) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.Errorf("unexpected alg %s", t.Method.Alg())
		}
		return secret, nil
	})
}
