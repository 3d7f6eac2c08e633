// Package conf holds file modes used by other packages.
package conf

import "os"

// TokenFileMode is the mode of token files.
const TokenFileMode os.FileMode = 0o644

// PrivateMode is owner-only.
const PrivateMode = 0o600
