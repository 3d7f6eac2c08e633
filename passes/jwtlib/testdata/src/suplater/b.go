package suplater

//tokenvet:ignore jwtlib -- migration tracked in TICKET-7
import _ "github.com/dgrijalva/jwt-go/request"
