package normalize

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestAppendScore holds appendScore to strconv's formatting: on every
// three-decimal value and its neighbours, on the ties between two of them
// that float64 holds exactly, and on random scores.
func TestAppendScore(t *testing.T) {
	check := func(s float64) {
		t.Helper()
		want := strconv.FormatFloat(s, 'f', 3, 64)
		if got := string(appendScore(nil, s)); got != want {
			t.Errorf("appendScore(%v) = %q; want %q", s, got, want)
		}
	}
	for k := range 1001 {
		x := float64(k) / 1000
		for _, s := range []float64{x, math.Nextafter(x, 0), math.Nextafter(x, 2), x + 0.0005, math.Nextafter(x+0.0005, 0), math.Nextafter(x+0.0005, 2)} {
			check(s)
		}
	}
	for _, s := range []float64{0, 0.0625, 0.125, 0.1875, 0.3125, 0.5625, 0.9375, 0.9995, math.Nextafter(1, 0), 1, 1.5, -0.25, math.Inf(1), math.NaN()} {
		check(s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		check(r.Float64())
	}
}

func BenchmarkAppendScore(b *testing.B) {
	var buf []byte
	s := 0.0
	for b.Loop() {
		buf = appendScore(buf[:0], s)
		s += 0.000731
		if s > 1 {
			s = 0
		}
	}
}
