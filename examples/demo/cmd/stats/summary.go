package main

// Summarise returns the mean and the max-min spread of xs (zeros for no input).
func Summarise(xs []float64) (mean, spread float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	lo, hi, sum := xs[0], xs[0], 0.0
	for _, x := range xs {
		sum += x
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return sum / float64(len(xs)), hi - lo
}
