module example.com/e2evulnerable

go 1.26

require (
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/golang-jwt/jwt/v5 v5.2.1
)
