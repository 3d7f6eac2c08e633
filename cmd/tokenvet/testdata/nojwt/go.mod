module example.com/nojwt

go 1.26
