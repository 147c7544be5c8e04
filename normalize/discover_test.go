package normalize

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bitext/bitext/tm/textio"
)

func TestDiscover(t *testing.T) {
	d := NewDiscoverer()
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en2.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Skipf("test data: %v", err)
		}
		d.Add(string(b))
	}
	got := map[string]Cluster{}
	for _, c := range d.Clusters(SameThreshold) {
		for _, v := range c.Variants {
			got[v.Form] = c
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"Thabit Mohammad Saeed Reza", "Thabit Mohammad Saeedreza"},
		{"Qasim Soleimani", "Qassem Suleimani"},
		{"Abu Mahdi Al-Muhandis", "Abu Mahdi al-Muhandis"},
	} {
		ca, oka := got[tc.a]
		cb, okb := got[tc.b]
		if tc.b == "Abu Mahdi al-Muhandis" {
			// One spelling in two cases: no cluster of spellings (a
			// cluster of one, shown for its related forms, may hold it).
			if oka && len(ca.Variants) > 1 || okb && len(cb.Variants) > 1 {
				t.Errorf("Clusters: %q and %q differ only in case but form a cluster", tc.a, tc.b)
			}
			continue
		}
		if !oka || !okb || ca.Canonical != cb.Canonical {
			t.Errorf("Clusters: %q and %q are not in one cluster (%v, %v)", tc.a, tc.b, ca, cb)
		}
	}
	for _, form := range []string{"Iran", "Iraq", "Americans", "Putting"} {
		if c, ok := got[form]; ok {
			t.Errorf("Clusters: %q is in cluster %+v; want it in none", form, c)
		}
	}
}

// BenchmarkDiscover feeds many distinct names: blocking must keep linking
// near linear.
func BenchmarkDiscover(b *testing.B) {
	var sb strings.Builder
	given := []string{"Mohammad", "Ali", "Hossein", "Hassan", "Reza", "Mahmoud", "Ahmad", "Abbas"}
	for i := range 20000 {
		fmt.Fprintf(&sb, "Yesterday %s Karimzadeh%d met %s Rahimi%d. ", given[i%8], i, given[(i+3)%8], i/3)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := NewDiscoverer()
		d.Add(text)
		d.Clusters(SameThreshold)
	}
}

func TestDiscoverDropsDescriptors(t *testing.T) {
	d := NewDiscoverer()
	d.Add("Ukrainian President Volodymyr Zelensky met Iraqi Prime Minister Mohammed Shia al-Sudani and Defence Minister Thabit Saeedreza.")
	for _, want := range []string{"Volodymyr Zelensky", "Mohammed Shia al-Sudani", "Thabit Saeedreza"} {
		if d.counts[want] != 1 {
			t.Errorf("candidate %q counted %d times, want 1 (candidates %v)", want, d.counts[want], d.counts)
		}
	}
	for form := range d.counts {
		if strings.Contains(form, "President") || strings.Contains(form, "Minister") || strings.Contains(form, "Ukrainian") {
			t.Errorf("candidate %q keeps a descriptor", form)
		}
	}
}

func TestDiscoverSentenceInitialCapital(t *testing.T) {
	d := NewDiscoverer()
	d.Add("Al-Sudani spoke first. Al-Sudani said more. Then Iraq's premier al-Sudani left. Mohammed al-Sudani and Mohammed Al-Sudani met.")
	for _, c := range d.Clusters(0.5) {
		for _, v := range c.Variants {
			if strings.EqualFold(v.Form, "al-Sudani") && v.Form != "al-Sudani" {
				t.Errorf("cluster %+v: want al-Sudani, the form written inside a sentence", c)
			}
		}
	}
	if d.initial["Al-Sudani"] != 2 || d.initial["al-Sudani"] != 0 {
		t.Errorf("sentence-initial counts %v", d.initial)
	}
}

func TestDiscoverTieHouseStyle(t *testing.T) {
	d := NewDiscoverer()
	d.Add("The Islamic Revolution Guard Corps met. The Islamic Revolutionary Guard Corps left.")
	cs := d.Clusters(SameThreshold)
	if len(cs) != 1 || cs[0].Canonical != "Islamic Revolutionary Guard Corps" {
		t.Errorf("clusters %+v: want the default glossary's spelling to win the tie", cs)
	}
}

// TestDiscoverFS reads a folder and reports where each spelling was first
// seen, file:line, across pieces cut at blank lines; hidden files are
// skipped and a file that is not UTF-8 is an error naming file and line.
func TestDiscoverFS(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":         {Data: []byte("Intro line.\n\nsaid Thabit Mohammad Saeed Reza today.\nAnd again Thabit Mohammad Saeed Reza.\n")},
		"sub/b.txt":     {Data: []byte("One.\nTwo.\n\nThree.\nThe man, Thabit Mohammad Saeedreza, left.\n")},
		".hidden/c.txt": {Data: []byte("Thabit Mohammad Saeedreza\n")},
	}
	d := NewDiscoverer()
	if err := d.AddFS(context.Background(), fsys, "news"); err != nil {
		t.Fatal(err)
	}
	cl := d.Clusters(SameThreshold)
	if len(cl) != 1 {
		t.Fatalf("Clusters = %+v; want one cluster", cl)
	}
	want := []FormCount{{"Thabit Mohammad Saeed Reza", 2, "news/a.txt:3"}, {"Thabit Mohammad Saeedreza", 1, "news/sub/b.txt:5"}}
	if !slices.Equal(cl[0].Variants, want) {
		t.Errorf("Variants = %+v; want %+v", cl[0].Variants, want)
	}

	fsys["sub/d.txt"] = &fstest.MapFile{Data: []byte("ok\nbad \xff byte\n")}
	err := NewDiscoverer().AddFS(context.Background(), fsys, "news")
	var te *textio.Error
	if !errors.As(err, &te) || te.Name != "news/sub/d.txt" || te.Line != 2 {
		t.Errorf("AddFS with a bad file = %v; want a *textio.Error for news/sub/d.txt line 2", err)
	}
}

// TestDiscoverSentenceOpener: an ordinary word that opens a sentence before
// a name ("Again", seen in lower case elsewhere) is no part of the name.
func TestDiscoverSentenceOpener(t *testing.T) {
	d := NewDiscoverer()
	d.Add("He came again. Again Thabit Mohammad Saeedreza spoke. Later we met Thabit Mohammad Saeed Reza and Thabit Mohammad Saeed Reza.")
	cl := d.Clusters(SameThreshold)
	if len(cl) != 1 || len(cl[0].Variants) != 2 || cl[0].Variants[1].Form != "Thabit Mohammad Saeedreza" {
		t.Errorf("Clusters = %+v; want Thabit Mohammad Saeed Reza with Thabit Mohammad Saeedreza", cl)
	}
}
