package keyfunc

import (
	"context"

	"github.com/golang-jwt/jwt/v5"
)

type Keyfunc interface {
	Keyfunc(token *jwt.Token) (any, error)
	KeyfuncCtx(ctx context.Context) jwt.Keyfunc
}

func NewDefault(urls []string) (Keyfunc, error) { return nil, nil }
