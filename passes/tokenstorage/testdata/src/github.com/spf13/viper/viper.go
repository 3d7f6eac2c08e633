package viper

import "os"

type Viper struct{}

func New() *Viper                                      { return &Viper{} }
func Set(key string, value any)                        {}
func SetDefault(key string, value any)                 {}
func WriteConfig() error                               { return nil }
func SafeWriteConfig() error                           { return nil }
func WriteConfigAs(filename string) error              { return nil }
func SafeWriteConfigAs(filename string) error          { return nil }
func SetConfigPermissions(perm os.FileMode)            {}
func (v *Viper) Set(key string, value any)             {}
func (v *Viper) WriteConfig() error                    { return nil }
func (v *Viper) WriteConfigAs(filename string) error   { return nil }
func (v *Viper) SetConfigPermissions(perm os.FileMode) {}
