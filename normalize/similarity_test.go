package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// readPairs reads a TSV file of name pairs, skipping comments.
func readPairs(t testing.TB, path string) [][2]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		a, b, ok := strings.Cut(s, "\t")
		if !ok {
			t.Fatalf("%s:%d: want A<TAB>B, got %q", path, line, s)
		}
		out = append(out, [2]string{a, b})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// Goals from the issue: find at least 90% of true variants, merge at most 3%
// of look-alikes (we aim at 2%).
const (
	wantRecall        = 0.90
	wantMaxFalseMerge = 0.03
)

func TestVariantRecall(t *testing.T) {
	pos := readPairs(t, "testdata/variants.tsv")
	neg := readPairs(t, "testdata/lookalikes.tsv")
	found := 0
	for _, p := range pos {
		if s := Similarity(p[0], p[1]); s >= SameThreshold {
			found++
		} else {
			t.Logf("missed variant: Similarity(%q, %q) = %.3f", p[0], p[1], s)
		}
	}
	merged := 0
	for _, p := range neg {
		if s := Similarity(p[0], p[1]); s >= SameThreshold {
			merged++
			t.Logf("false merge: Similarity(%q, %q) = %.3f", p[0], p[1], s)
		}
	}
	recall := float64(found) / float64(len(pos))
	fmr := float64(merged) / float64(len(neg))
	t.Logf("recall %.3f (%d/%d true variants), false merges %.3f (%d/%d look-alikes), threshold %.2f",
		recall, found, len(pos), fmr, merged, len(neg), SameThreshold)
	if recall < wantRecall {
		t.Errorf("recall %.3f < %.2f", recall, wantRecall)
	}
	if fmr > wantMaxFalseMerge {
		t.Errorf("false merge rate %.3f > %.2f", fmr, wantMaxFalseMerge)
	}
}

func TestSimilarityProperties(t *testing.T) {
	pairs := append(readPairs(t, "testdata/variants.tsv"), readPairs(t, "testdata/lookalikes.tsv")...)
	for _, p := range pairs {
		ab, ba := Similarity(p[0], p[1]), Similarity(p[1], p[0])
		if ab != ba {
			t.Errorf("Similarity(%q, %q) = %v but Similarity(%q, %q) = %v; want symmetric", p[0], p[1], ab, p[1], p[0], ba)
		}
		if s := Similarity(p[0], p[0]); s != 1 {
			t.Errorf("Similarity(%q, itself) = %v; want 1", p[0], s)
		}
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Khamenei", "Khomeini", false},
		{"Hassan Rouhani", "Hassan Nasrallah", false},
		{"Iran", "Iraq", false},
		{"Salami", "Salim", false},
		{"Austria", "Australia", false},
		{"Hasan", "Husayn", false},
		{"Maj. Gen. Hossein Salami", "Hossein Salami", true},
		{"SOLEIMANI, Qasem", "Qassem Soleimani", true},
		{"Thabit Mohammad Saeed Reza", "Thabit Mohammad Saeedreza", true},
		{"", "", true},
		{"Qasem", "", false},
	} {
		if got := Same(tc.a, tc.b); got != tc.same {
			t.Errorf("Same(%q, %q) = %v (%.3f); want %v", tc.a, tc.b, got, Similarity(tc.a, tc.b), tc.same)
		}
	}
}

func BenchmarkSimilarity(b *testing.B) {
	pairs := append(readPairs(b, "testdata/variants.tsv"), readPairs(b, "testdata/lookalikes.tsv")...)
	b.ResetTimer()
	n := 0
	for b.Loop() {
		p := pairs[n%len(pairs)]
		Similarity(p[0], p[1])
		n++
	}
}

func BenchmarkKey(b *testing.B) {
	names := []string{"Qassem Soleimani", "قاسم سلیمانی", "Abu Mahdi al-Muhandis", "Volodymyr Zelenskyy"}
	n := 0
	for b.Loop() {
		Key(names[n%len(names)])
		n++
	}
}

// BenchmarkMatch is BenchmarkSimilarity through the matcher of 'names
// match' (default glossary, acronyms).
func BenchmarkMatch(b *testing.B) {
	pairs := append(readPairs(b, "testdata/variants.tsv"), readPairs(b, "testdata/lookalikes.tsv")...)
	m := NewMatcher(DefaultGlossary())
	if os.Getenv("NOGLOSS") != "" {
		m = NewMatcher(nil)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		p := pairs[n%len(pairs)]
		m.Similarity(p[0], p[1])
		n++
	}
}

func TestJoinedEqual(t *testing.T) {
	for _, tc := range []struct {
		a, b []string
		want bool
	}{
		{nil, nil, true},
		{[]string{"saeed", "reza"}, []string{"saeedreza"}, true},
		{[]string{"sa", "", "eedreza"}, []string{"saeed", "reza"}, true},
		{[]string{"saeed", "reza"}, []string{"saeedrez"}, false},
		{[]string{"saeed"}, []string{"saeed", "reza"}, false},
		{[]string{""}, nil, true},
		{[]string{"ab"}, []string{"ba"}, false},
	} {
		if got := joinedEqual(tc.a, tc.b); got != tc.want {
			t.Errorf("joinedEqual(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
