package normalize

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Saeed Reza", "Saeedreza"},
		{"Al-Muhandis", "al Muhandis"},
		{"Al-Muhandis", "Almuhandis"},
		{"Sulaymānī", "sulaymani"},
		{"SAEED-REZA", "saeed reza"},
	} {
		if ka, kb := Key(tc.a), Key(tc.b); ka != kb {
			t.Errorf("Key(%q) = %q, Key(%q) = %q; want equal", tc.a, ka, tc.b, kb)
		}
	}
	if Key("Iran") == Key("Iraq") {
		t.Errorf("Key(Iran) == Key(Iraq)")
	}
}

func TestSkeleton(t *testing.T) {
	if a, b := Skeleton("Soleimani"), Skeleton("Sulaymani"); a != b {
		t.Errorf("Skeleton(Soleimani) = %q, Skeleton(Sulaymani) = %q; want equal", a, b)
	}
}

func FuzzKeyIdempotent(f *testing.F) {
	for _, s := range []string{"Saeed Reza", "قاسم سلیمانی", "Al-Muhandis", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Fatalf("Key(Key(%q)) = %q; want %q", s, Key(k), k)
		}
	})
}
