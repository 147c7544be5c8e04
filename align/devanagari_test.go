package align

import (
	"context"
	"os"
	"testing"
)

// TestDevaLatin: the names of a Hindi news article share their skeleton
// with the English ones; common words do not take a name's. The
// spelling itself is normalize's (TestDevanagariLatin).
func TestDevaLatin(t *testing.T) {
	skel := func(w string) string { return newWordInfo(w).skeleton(w) }
	for _, p := range [][2]string{
		{"दानिलोव", "Danilov"}, {"ज़ाखारोवा", "Zakharova"}, {"कीव", "Kiev"},
		{"ट्रंप", "Trump"}, {"यूक्रेन", "Ukraine"}, {"लवीव", "Lviv"},
	} {
		if a, b := skel(p[0]), skel(p[1]); a == "" || a != b {
			t.Errorf("skeletons %q %q and %q %q; want one, not empty", p[0], a, p[1], b)
		}
	}
	for _, w := range []string{"और", "भाषा", "कानून"} { // and, language, law
		if s := skel(w); s == skel("Moscow") || s == skel("Ukraine") {
			t.Errorf("%q has a name's skeleton %q", w, s)
		}
	}
}

// TestDevanagariNewsPair: WMT24's English-Hindi news article rt.com
// 54499 (testdata/README.md), a one-to-one translation with paragraph
// marks. Its English names had nothing to match in the Hindi, and its
// sentences 15-17 (of paragraphs 7 and 8, "Alexey Danilov", "Moscow",
// "Maria Zakharova") were left unmatched on both sides, each an orphan
// of anchorOrphans (names found nowhere); now the names are shared
// features and each is paired, 15 with 15 alone.
func TestDevanagariNewsPair(t *testing.T) {
	read := func(name string) Document {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return PresegmentedDocument(string(b))
	}
	src, tgt := read("wmt24_rt54499.en.txt"), read("wmt24_rt54499.hi.txt")
	res, err := Align(context.Background(), src, tgt, Options{})
	if err != nil {
		t.Fatal(err)
	}
	one := false
	for _, b := range res.Beads {
		if b.Src.Len() == 0 || b.Tgt.Len() == 0 {
			if b.Src.Start >= 15 || b.Tgt.Start >= 15 {
				t.Errorf("bead %v:%v leaves a sentence of paragraphs 7-8 unmatched", b.Src, b.Tgt)
			}
			continue
		}
		if b.Src == (Span{15, 16}) && b.Tgt == (Span{15, 16}) {
			one = true
		}
	}
	if !one {
		t.Errorf("no bead [15]:[15] (Alexey Danilov); beads %v", res.Beads)
	}
}

// TestBengaliNames: a Bengali word is written in Devanagari letter for
// letter (ব as ब, which Bengali reads b and v both) before its name key
// and skeleton are made (bengaliDeva), so the
// names of FLORES's Bengali and Hindi versions (florestest2021 bn-hi,
// document doc_99) share their skeletons, with the English names too;
// before, a Bengali word kept its own letters and shared nothing.
func TestBengaliNames(t *testing.T) {
	skel := func(w string) string { return newWordInfo(w).skeleton(w) }
	for _, p := range [][3]string{
		{"প্রিন্সটন", "प्रिंसटन", "Princeton"},
		{"ইউপসালা", "उप्साला", "Uppsala"},
		{"গ্যালোপেগোস", "गैलापागोस", "Galapagos"},
	} {
		a, b, c := skel(p[0]), skel(p[1]), skel(p[2])
		if a == "" || a != b || a != c {
			t.Errorf("skeletons %q %q, %q %q, %q %q; want one, not empty", p[0], a, p[1], b, p[2], c)
		}
	}
	for w, want := range map[string]int{"दानिलोव": devaBlock, "ডারউইন": bengaliBlock, "Princeton": noIndic, "Ядро": noIndic, "": noIndic} {
		if got := indicBlock(w); got != want {
			t.Errorf("indicBlock(%q) = %d; want %d", w, got, want)
		}
	}
	if got, want := bengaliDeva("বিশ্ববিদ্যালয় ২০২১ সৎ"), "बिश्बबिद्यालय़ २०२१ सत"; got != want {
		t.Errorf("bengaliDeva = %q; want %q", got, want)
	}
	for _, w := range []string{"এবং", "ভাষা", "আইন"} { // and, language, law
		if s := skel(w); s != "" && (s == skel("Moscow") || s == skel("Sweden")) {
			t.Errorf("%q has a name's skeleton %q", w, s)
		}
	}
}
