package main

import "testing"

func TestSummarise(t *testing.T) {
	mean, spread := Summarise([]float64{1, 2, 3, 6})
	if mean != 3 || spread != 5 {
		t.Fatalf("got mean=%v spread=%v", mean, spread)
	}
}
