// Package settings holds leeway constants for another package.
package settings

import "time"

const NoLeeway time.Duration = 0

const Leeway = 30 * time.Second
