package golangjwt

import (
	"log"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

// Calls that end the flow, known by their full names: after a failed
// verification that ends in one, the re-read runs only on a verified
// token.

func fatalThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		log.Fatal(err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

func exitThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		log.Print(err)
		os.Exit(1)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

func logrusFatalThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logrus.Fatalf("bad token: %v", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

// Near miss: logrus.Errorf logs and returns.
func logrusErrorThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logrus.Errorf("bad token: %v", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `the claims of \(\*jwt.Parser\).ParseUnverified are used or returned on a path where jwt.Parse has not verified the same token: they can be forged`
	return c["sub"].(string)
}

func logrusEntryFatalThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logrus.WithError(err).Fatal("bad token")
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

// Near miss: the same at the error level.
func logrusEntryErrorThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logrus.WithError(err).Error("bad token")
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `are used or returned on a path where jwt.Parse has not verified`
	return c["sub"].(string)
}

func zapFatalThenReread(logger *zap.Logger) string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logger.Fatal("bad token", zap.Error(err))
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

func zapSugarFatalThenReread(logger *zap.Logger) string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logger.Sugar().Fatalw("bad token", "err", err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

// Near miss: zap.Skip is a field, not a call that ends the flow (it
// used to be taken for one by its name).
func zapSkipThenReread(logger *zap.Logger) string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		logger.Sugar().Infow("bad token", "err", err)
		zap.Skip()
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `are used or returned on a path where jwt.Parse has not verified`
	return c["sub"].(string)
}

// die always ends the program: its calls end the flow.
func die(err error) {
	log.Print(err)
	os.Exit(2)
}

func helperThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		die(err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c)
	return c["sub"].(string)
}

// reporter's Fatal only logs: a method named like log.Fatal is not taken
// for it.
type reporter struct{}

func (reporter) Fatal(v ...any) { log.Print(v...) }

// Near miss: the helper of the package named Fatal returns.
func namedFatalThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		reporter{}.Fatal(err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `are used or returned on a path where jwt.Parse has not verified`
	return c["sub"].(string)
}

// Near miss: a helper that may return.
func maybeDie(err error) {
	if err != nil {
		os.Exit(2)
	}
}

func maybeHelperThenReread() string {
	if _, err := jwt.Parse(rawTok, keyFunc); err != nil {
		maybeDie(err)
	}
	c := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(rawTok, c) // want `are used or returned on a path where jwt.Parse has not verified`
	return c["sub"].(string)
}
