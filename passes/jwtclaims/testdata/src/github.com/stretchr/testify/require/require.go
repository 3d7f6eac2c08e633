package require

type TestingT interface{ FailNow() }

func NoError(t TestingT, err error, msgAndArgs ...interface{}) {}
