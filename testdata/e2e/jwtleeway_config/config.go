// Package jwtleeway_config holds token timing settings; it imports no
// token library, but the leeway it declares reaches one.
package jwtleeway_config

import "time"

// ClockSkew is the clock-skew leeway allowed when verifying tokens.
var ClockSkew = 0 * time.Second

// GracePeriod lets expired sessions live on for a day.
const GracePeriod = 24 * time.Hour
