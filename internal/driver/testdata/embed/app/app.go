package app

import "example.com/embed/web"

func Run() {
	web.Bad()
	web.Serve()
}
