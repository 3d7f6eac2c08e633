package oidc

import "golang.org/x/oauth2"

func Nonce(nonce string) oauth2.AuthCodeOption { return nil }
