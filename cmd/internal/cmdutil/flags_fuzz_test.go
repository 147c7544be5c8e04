package cmdutil

import (
	"math"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// FuzzFlagValues sets the structured flag values (numbers in a range,
// whole numbers, a language, a list of languages) from arbitrary text: a
// value taken is in its range, an error says what is wanted, and what a
// value prints sets the same value again.
func FuzzFlagValues(f *testing.F) {
	for _, s := range []string{"0.5", "3", "1e3", "-0", "NaN", "Inf", "0x10", "9223372036854775807", "9.3e18", "en", "en-GB,fr", " de , zh-Hant ", "en,,fr", "xx-invalid-", "und"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var x float64
		fv := numValue[float64]{&x, -1, 2}
		if err := fv.Set(s); err == nil {
			if math.IsNaN(x) || x < -1 || x > 2 {
				t.Fatalf("number %q taken as %v, outside [-1, 2]", s, x)
			}
			var y float64
			if err := (numValue[float64]{&y, -1, 2}).Set(fv.String()); err != nil || y != x {
				t.Fatalf("number %q = %v prints %q, which sets %v, %v", s, x, fv.String(), y, err)
			}
		} else if !strings.Contains(err.Error(), "want a number from -1 to 2") {
			t.Fatalf("number %q: error %q", s, err)
		}
		for _, max := range []int{10, math.MaxInt} {
			var n int
			iv := numValue[int]{&n, 1, max}
			if err := iv.Set(s); err == nil {
				if n < 1 || n > max {
					t.Fatalf("whole number %q taken as %d, outside [1, %d]", s, n, max)
				}
				var m int
				if err := (numValue[int]{&m, 1, max}).Set(iv.String()); err != nil || m != n {
					t.Fatalf("whole number %q = %d prints %q, which sets %d, %v", s, n, iv.String(), m, err)
				}
			} else if !strings.Contains(err.Error(), "want a whole number") {
				t.Fatalf("whole number %q: error %q", s, err)
			}
		}
		var tag language.Tag
		if err := (langValue{&tag}).Set(s); err == nil {
			var back language.Tag
			if err := (langValue{&back}).Set(langValue{&tag}.String()); err != nil && tag != language.Und || back != tag {
				t.Fatalf("language %q = %v prints %q, which sets %v, %v", s, tag, langValue{&tag}.String(), back, err)
			}
		}
		var tags []language.Tag
		if err := (langsValue{&tags}).Set(s); err == nil {
			var back []language.Tag
			if err := (langsValue{&back}).Set(langsValue{&tags}.String()); err != nil || !slices.Equal(back, tags) {
				t.Fatalf("languages %q = %v print %q, which set %v, %v", s, tags, langsValue{&tags}.String(), back, err)
			}
		}
	})
}
