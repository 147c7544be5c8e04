package align

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// seedSents reads testdata/irgc-iraq.L.seg.txt's sentences.
func seedSents(tb testing.TB, l string) []string {
	tb.Helper()
	t, err := os.ReadFile("../testdata/irgc-iraq." + l + ".seg.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var sents []string
	for s := range strings.Lines(string(t)) {
		if s = strings.TrimSpace(s); s != "" {
			sents = append(sents, s)
		}
	}
	return sents
}

// anchorKeysEach is anchorKeys as it was before anchorOrphans read each
// sentence once (one tokenize a call, news48's group keys: "60,000" is
// "#60" and "#60000"): the reference the one read must agree with.
func anchorKeysEach(s string, wc *wordCache, every, names bool, f func(string)) {
	han := false
	for _, r := range s {
		if isCJK(r) {
			han = true
			break
		}
	}
	first := true
	tokenize(s, wc, func(t token) {
		defer func() { first = false }()
		switch {
		case t.han:
			return
		case t.digit:
			if t.group != "" {
				f("#" + t.group)
			} else {
				f("#" + t.key)
			}
			return
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.Is(unicode.Latin, r) {
			return
		}
		if !every && !(han || (names && t.upper && !first)) {
			return
		}
		if t.key == "" || (!every && utf8.RuneCountInString(t.text) < 2) {
			return
		}
		f(prefixRunes(t.key, anchorPrefix))
	}, func(string) {})
}

// TestAnchorKeysOneRead checks that a sentence's anchors read once
// (readAnchorSent, then keys) are the keys, in order, that tokenizing it
// for each question gave, on the seed article's six versions and
// sentences written for the edge cases (a first word, Han beside Latin,
// one-letter words, digits first).
func TestAnchorKeysOneRead(t *testing.T) {
	sents := []string{
		"", "Trump met Xi in Beijing on 12 May.", "12 May: Trump and Xi.", "A B C d e F",
		"美国总统Trump在CNN上说iPhone 15卖了300万部", "Ölpreis: Brent steigt auf 90 Dollar",
		"Москва и Berlin, 2021 год", "x", "X Y", "「Apple」とiPhone",
		"About 2,000 people, 60 000 troops, 1.000.000,5 euros and 0,000 of 1,500,000.", "约2,000人", "1,000",
	}
	for _, l := range []string{"en", "fr", "de", "fa", "ar", "en2"} {
		sents = append(sents, seedSents(t, l)...)
	}
	wc := newWordCache()
	for _, s := range sents {
		a := readAnchorSent(s, wc, nil)
		for _, every := range []bool{false, true} {
			for _, names := range []bool{false, true} {
				var got, want []string
				a.keys(every, names, func(k string) { got = append(got, k) })
				anchorKeysEach(s, wc, every, names, func(k string) { want = append(want, k) })
				if !slices.Equal(got, want) {
					t.Errorf("keys(%q, every %v, names %v) = %q; want %q", s, every, names, got, want)
				}
			}
		}
	}
}

// BenchmarkAnchorOrphans reads the seed article's anchors against each of
// its five versions (a news-sized pair's anchorOrphans, run once a pair).
func BenchmarkAnchorOrphans(b *testing.B) {
	en := seedSents(b, "en")
	var tgts [][]string
	for _, l := range []string{"fr", "de", "fa", "ar", "en2"} {
		tgts = append(tgts, seedSents(b, l))
	}
	wc := newWordCache()
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range tgts {
			anchorOrphans(en, t, wc, [2]*tokMemo{}, [2]bool{}, false)
		}
	}
}
