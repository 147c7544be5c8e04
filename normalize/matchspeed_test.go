package normalize

// Tests of the faster ways the hot path of names match finds what it
// found before: each holds a fast path to the code it stands for.

import (
	"strings"
	"testing"
)

// TestEntryOfWords checks the glossary's hash index of keys against its
// trie: every form's key, each word of it alone, and its key with a letter
// changed or cut find the entry the trie gives, or none.
func TestEntryOfWords(t *testing.T) {
	user := []Entry{
		{Canonical: "Qasem Soleimani", Variants: []string{"Qassem Suleimani", "Ghasem Soleymani"}},
		{Canonical: "Islamic State", Variants: []string{"ISIS", "Daesh"}},
		{Canonical: "Daesh Media", Variants: []string{"ISIS"}}, // a later entry claims ISIS
	}
	var kb keyBuilder
	for _, g := range []*Glossary{DefaultGlossary(), NewGlossary(user), NewGlossary(nil)} {
		trie := func(words []string) int32 {
			if tg := g.targetOf(g.walk(trieRoot, strings.Join(words, ""))); tg != nil {
				return tg.entry
			}
			return -1
		}
		found := 0
		check := func(words []string) {
			t.Helper()
			want := trie(words)
			if got := g.entryOfWords(words); got != want {
				t.Errorf("entryOfWords(%q) = %d; the trie gives %d", words, got, want)
			}
			if len(words) == 1 {
				if got := g.entryOfKey(words[0]); got != want {
					t.Errorf("entryOfKey(%q) = %d; the trie gives %d", words[0], got, want)
				}
			}
			if want >= 0 {
				found++
			}
		}
		check(nil)
		for _, e := range g.Entries() {
			for _, f := range append([]string{e.Canonical}, e.Variants...) {
				words := append([]string(nil), kb.words(f)...)
				check(words)
				for i, w := range words {
					check(words[i : i+1])
					check([]string{w + "x"})
					check([]string{w[:len(w)-1]})
				}
				check(append(words[:len(words):len(words)], "a"))
			}
		}
		if len(g.Entries()) > 0 && found == 0 {
			t.Errorf("no key found in a glossary of %d entries", len(g.Entries()))
		}
	}
	if e, ok := NewGlossary(user).Lookup("ISIS"); !ok || e.Canonical != "Daesh Media" {
		t.Errorf("Lookup(ISIS) = %q, %v; want the later entry's", e.Canonical, ok)
	}
}

func TestJoinedIs(t *testing.T) {
	for _, tc := range []struct {
		words []string
		k     string
		want  bool
	}{
		{nil, "", true},
		{nil, "a", false},
		{[]string{"saeed", "reza"}, "saeedreza", true},
		{[]string{"saeed", "reza"}, "saeedrez", false},
		{[]string{"saeed", "reza"}, "saeedrezaa", false},
		{[]string{"saeedreza"}, "saeed", false},
		{[]string{"sa", "", "eed"}, "saeed", true},
		{[]string{"saeed"}, "saeid", false},
	} {
		if got := joinedIs(tc.words, tc.k); got != tc.want {
			t.Errorf("joinedIs(%q, %q) = %v; want %v", tc.words, tc.k, got, tc.want)
		}
	}
}

// TestInfoOf checks that the filter before wordInfos lets every word of
// it through, and that infoOf is wordInfos on the words of the dev set.
func TestInfoOf(t *testing.T) {
	for w, want := range wordInfos.get() {
		if got := infoOf(w); got != want {
			t.Errorf("infoOf(%q) = %+v; want %+v", w, got, want)
		}
	}
	var kb keyBuilder
	passed, n := 0, 0
	for _, p := range readDevSet(t) {
		for _, name := range []string{p.a, p.b} {
			for _, w := range kb.words(name) {
				if got, want := infoOf(w), wordInfos.get()[w]; got != want {
					t.Errorf("infoOf(%q) = %+v; want %+v", w, got, want)
				}
				if h := wordInfoHash(w); wordInfoBits.get()[h/64]&(1<<(h%64)) != 0 {
					passed++
				}
				n++
			}
		}
	}
	t.Logf("%d of %d words of the dev set pass the filter", passed, n)
}

// TestWgPlainNameFast holds wgPlainName's own cutting of words to
// wgPlainNameFields' on the names of the dev set and on names with other
// spaces and signs.
func TestWgPlainNameFast(t *testing.T) {
	names := []string{"", " ", "Chou", "Chou En", "Lao Tzu", " Lao  Tzu ", "Lao\tTzu", "Lao\u00a0Tzu",
		"Lao\u2003Tzu", "Ch'ü Yüan", "Chü Yüan", "CHÜ YÜAN", "Chu Teh.", "Chu-Teh", "Chu Teh 2",
		"Chu \xc3", "Chu T\xc3\xa9", "Zhou Enlai", "Hsi Chin", "Wang Bi", "Wang\x00Bi", "Chou En\u0085Lai"}
	for _, p := range readDevSet(t) {
		names = append(names, p.a, p.b)
	}
	same := 0
	for _, n := range names {
		got, want := wgPlainName(n), wgPlainNameFields(n)
		if got != want {
			t.Errorf("wgPlainName(%q) = %v; strings.Fields cuts it to %v", n, got, want)
		}
		if want {
			same++
		}
	}
	if same < 100 {
		t.Errorf("only %d names are plain Wade-Giles: the test tests little", same)
	}
}

func TestVowelTables(t *testing.T) {
	for c := range 256 {
		want := strings.IndexByte("aeiou", byte(c)) >= 0
		if isVowel(byte(c)) != want || isVowelSym(rune(c)) != want {
			t.Errorf("isVowel(%q) = %v, isVowelSym = %v; want %v", rune(c), isVowel(byte(c)), isVowelSym(rune(c)), want)
		}
	}
	for _, r := range []rune{-1, 'a' + 256, 'e' + 512, 0x10FFFF, 'ä', 'é'} {
		if isVowelSym(r) {
			t.Errorf("isVowelSym(%q) = true", r)
		}
	}
}

func TestIndelCosts(t *testing.T) {
	for r := rune(-1); r < 0x800; r++ {
		if got, want := indelCost(r), indelCostOf(r); got != want {
			t.Errorf("indelCost(%q) = %v; want %v", r, got, want)
		}
	}
	if indelCost('a') != 0.45 || indelCost('y') != 0.3 || indelCost('h') != 0.5 || indelCost('k') != 1 {
		t.Errorf("indelCost of a, y, h, k: %v %v %v %v", indelCost('a'), indelCost('y'), indelCost('h'), indelCost('k'))
	}
}

// TestZeroGlossary: the zero Glossary has no forms; looking a name up in
// it finds nothing (its key index is empty, not a table to probe).
func TestZeroGlossary(t *testing.T) {
	var g Glossary
	if e, ok := g.Lookup("Saeed Reza"); ok {
		t.Errorf("zero Glossary: Lookup found %+v", e)
	}
	if ei := g.entryOfWords([]string{"saeed", "reza"}); ei >= 0 {
		t.Errorf("zero Glossary: entryOfWords = %d; want -1", ei)
	}
}
