package sup

import (
	//tokenvet:ignore jwtlib -- migration tracked in TICKET-123
	_ "github.com/dgrijalva/jwt-go/request"

	_ "gopkg.in/square/go-jose.v2" //tokenvet:ignore jwtverify -- wrong analyzer // want `gopkg.in/square/go-jose.v2 is deprecated`
)
