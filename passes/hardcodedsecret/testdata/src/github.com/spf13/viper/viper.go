// Package viper is a stub of github.com/spf13/viper.
package viper

type Viper struct{}

func New() *Viper { return &Viper{} }

func SetDefault(key string, value any) {}
func Set(key string, value any)        {}
func GetString(key string) string      { return "" }
func Get(key string) any               { return nil }

func (v *Viper) SetDefault(key string, value any) {}
func (v *Viper) Set(key string, value any)        {}
func (v *Viper) GetString(key string) string      { return "" }
func (v *Viper) Get(key string) any               { return nil }
