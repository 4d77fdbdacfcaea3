module example.com/demo-shop

go 1.22
