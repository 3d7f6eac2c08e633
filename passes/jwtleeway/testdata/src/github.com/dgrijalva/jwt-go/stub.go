package jwt

import "time"

var TimeFunc = time.Now
