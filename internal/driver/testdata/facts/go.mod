module example.com/facts

go 1.26

require example.com/ext v0.0.0

replace example.com/ext => ../ext
