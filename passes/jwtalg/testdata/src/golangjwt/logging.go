package golangjwt

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/sirupsen/logrus"
)

// LogrusLogsAlg only logs the alg, with logrus: not a check.
func LogrusLogsAlg(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { // want `jwt\.Parse accepts any algorithm`
		logrus.Infof("alg %s", t.Method.Alg())
		return secret, nil
	})
}

// WrapAlg is the program's own, named like an error wrapper: it checks the
// alg.
func WrapAlg(alg string) error {
	if alg != jwt.SigningMethodHS256.Alg() {
		return errAlg
	}
	return nil
}

// Near miss: the alg goes to the program's WrapAlg, which may check it (it
// used to be taken for a logger by its name).
func WrappedAlg(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := WrapAlg(t.Method.Alg()); err != nil {
			return nil, err
		}
		return secret, nil
	})
}
