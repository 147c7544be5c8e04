package normalize

import (
	"os"
	"strings"
	"testing"
	"unicode"
)

// seedWords returns the distinct words of the seed article's six versions
// (testdata/irgc-iraq.*.seg.txt: English, French, German, Persian,
// Arabic), in the order met.
func seedWords(tb testing.TB) []string {
	tb.Helper()
	var ws []string
	seen := map[string]bool{}
	for _, l := range []string{"en", "fr", "de", "fa", "ar", "en2"} {
		d, err := os.ReadFile("../testdata/irgc-iraq." + l + ".seg.txt")
		if err != nil {
			tb.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(string(d), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
			if !seen[w] {
				seen[w] = true
				ws = append(ws, w)
			}
		}
	}
	return ws
}

// keyFresh is Key with a builder of its own, as Key was before its
// builders were pooled.
func keyFresh(name string) string {
	var kb keyBuilder
	return refoldKey(kb.joined(name))
}

// TestKeyPooled: Key through its pool of builders gives what a fresh
// builder gives, whatever the name before was (a Persian name, then a
// Latin one, a long one, then an empty one), and SkeletonOfKey of the key
// is Skeleton.
func TestKeyPooled(t *testing.T) {
	names := append(seedWords(t), "Qassem Soleimani", "قاسم سلیمانی", "", "Abu Mahdi al-Muhandis",
		"习近平", "Mohammad Dawood", strings.Repeat("Saeedreza ", 40), "Iran's", "Сулеймани", "G77")
	for pass := range 2 {
		for i, n := range names {
			if pass == 1 {
				n = names[len(names)-1-i] // the other order: each name after another one
			}
			want := keyFresh(n)
			if got := Key(n); got != want {
				t.Errorf("Key(%q) = %q; a fresh builder gives %q", n, got, want)
			}
			if got, want := SkeletonOfKey(Key(n)), skeletonOf(want); got != want || got != Skeleton(n) {
				t.Errorf("SkeletonOfKey(Key(%q)) = %q; want %q (Skeleton %q)", n, got, want, Skeleton(n))
			}
		}
	}
	// The pool keeps no piece of the last name alive.
	kb := keyBuilders.Get().(*keyBuilder)
	defer keyBuilders.Put(kb)
	for _, s := range append(kb.src[:cap(kb.src)], kb.toks[:cap(kb.toks)]...) {
		if s != "" {
			t.Errorf("a pooled builder keeps %q", s)
		}
	}
}

// BenchmarkKeyWords is Key of each distinct word of the seed article's
// versions, as the aligner calls it for a word's cognate prefix and
// skeleton (align.wordInfo.nameKey).
func BenchmarkKeyWords(b *testing.B) {
	ws := seedWords(b)
	for b.Loop() {
		for _, w := range ws {
			Key(w)
		}
	}
	b.ReportMetric(float64(len(ws)), "words/op")
}

// TestKeyOneFixedWord: Key leaves out refoldKey for a name of one word
// that folding leaves as it was (keyBuilder.oneFixedWord), and gives the
// key refoldKey gives: on the seed article's words, on words that fold
// twice ("tcz" folds to "tch", which folds to "ch"), and on names whose
// last token has no letters or whose article is resolved away.
func TestKeyOneFixedWord(t *testing.T) {
	names := append(seedWords(t), "Tczew", "Mtczyk", "iran", "Iran ·", "al-Iran", "Iran al",
		"rasht", "abba", "Fatimah", "ghh", "iran 77", "77", "", "a", "ه", "Ahh")
	var fixed, refolded int
	for _, n := range names {
		var kb keyBuilder
		joined := kb.joined(n)
		if kb.oneFixedWord(joined) {
			fixed++
			if again := string(foldToken(nil, []byte(joined))); again != joined {
				t.Errorf("oneFixedWord(%q) for a key %q that folds to %q", n, joined, again)
			}
		} else {
			refolded++
		}
		if got, want := Key(n), keyFresh(n); got != want {
			t.Errorf("Key(%q) = %q; want %q", n, got, want)
		}
	}
	if fixed == 0 || refolded == 0 {
		t.Errorf("%d names at their fixed point, %d refolded: want some of each", fixed, refolded)
	}
	t.Logf("%d names at their fixed point, %d refolded", fixed, refolded)
}
