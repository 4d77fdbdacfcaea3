// stats prints the mean and spread of the numbers given as arguments.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	var xs []float64
	for _, a := range os.Args[1:] {
		x, err := strconv.ParseFloat(a, 64)
		if err != nil {
			fmt.Fprintf(os.Stderr, "stats: %q is not a number\n", a)
			os.Exit(2)
		}
		xs = append(xs, x)
	}
	mean, spread := Summarise(xs)
	fmt.Printf("mean=%.3f spread=%.3f\n", mean, spread)
}
