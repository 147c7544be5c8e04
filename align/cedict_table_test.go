package align

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// tableLikeMaps fails t unless frozen (read into a dictTable) answers
// every lookup as open (the same dictionary read into maps) does: the
// same translations, in order, for every key, the same headwords, and
// nothing for what is neither (pieces and extensions of keys).
func tableLikeMaps(t *testing.T, open, frozen *Lexicon) int {
	t.Helper()
	if frozen.tab == nil || frozen.m != nil || frozen.han == nil || frozen.han.words != nil {
		t.Fatal("the dictionary is not read into a table")
	}
	if frozen.Len() != open.Len() || (frozen.hanInfo() == nil) != (open.hanInfo() == nil) {
		t.Fatalf("table: %d word pairs, Han-keyed %v; want %d, %v", frozen.Len(), frozen.hanInfo() != nil, open.Len(), open.hanInfo() != nil)
	}
	check := func(s string) {
		t.Helper()
		if got, want := frozen.translations(s), open.m[s]; !slices.Equal(got, want) {
			t.Fatalf("translations(%q) = %q; want %q", s, got, want)
		}
		if got, want := frozen.han.has(s), open.han.words[s]; got != want {
			t.Fatalf("has(%q) = %v; want %v", s, got, want)
		}
	}
	n := 0
	for k := range open.m {
		check(k)
		n++
	}
	for w := range open.han.words {
		check(w)
		for _, s := range []string{w[:len(w)-3], w + "的", "x" + w, w[3:]} {
			check(s)
		}
	}
	for _, s := range []string{"", "study", "研", "研究", "走", "无译词"} {
		check(s)
	}
	return n
}

// TestDictTable checks the built-in dictionary, read into a dictTable,
// against the same file read into maps.
func TestDictTable(t *testing.T) {
	open := NewLexicon()
	if err := open.readCedictLite(bytes.NewReader(embeddedCedict(t))); err != nil {
		t.Fatal(err)
	}
	if n := tableLikeMaps(t, open, defaultCedict()); n < 100_000 {
		t.Errorf("%d keys checked; want > 100,000", n)
	}
}

// TestDictTableSmall reads the sample, with a headword of no
// translations and a key listed twice, into a table and into maps, from
// a tiny size hint (the index grows), and checks that a bad line is an
// error naming it.
func TestDictTableSmall(t *testing.T) {
	var lite bytes.Buffer
	if err := writeCedictLite(&lite, strings.NewReader(cedictSample)); err != nil {
		t.Fatal(err)
	}
	lite.WriteString("无译词\n研究\tstudy research inquiry\n")
	open := NewLexicon()
	if err := open.readCedictLite(bytes.NewReader(lite.Bytes())); err != nil {
		t.Fatal(err)
	}
	frozen, err := readCedictTable(bytes.NewReader(lite.Bytes()), 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !open.han.words["无译词"] || !frozen.han.has("无译词") || frozen.translations("无译词") != nil {
		t.Fatal("the headword of no translations")
	}
	tableLikeMaps(t, open, frozen)
	var de *DictError
	if _, err := readCedictTable(strings.NewReader("研究\tstudy\n研 究 x\tgrind\n"), 1, nil); !errors.As(err, &de) || de.Line != 2 {
		t.Errorf("bad line: %v; want a *DictError on line 2", err)
	}
	// A translation is a uint16: 65,536 distinct ones read, one more not.
	var many strings.Builder
	for i := range 1 << 16 {
		fmt.Fprintf(&many, "k%d\tw%d\n", i, i)
	}
	if l, err := readCedictTable(strings.NewReader(many.String()), 1, nil); err != nil || !slices.Equal(l.translations("k65535"), []string{"w65535"}) {
		t.Fatalf("65,536 translations: %v", err)
	}
	many.WriteString("k\tw\n")
	if _, err := readCedictTable(strings.NewReader(many.String()), 1, nil); err == nil {
		t.Error("65,537 distinct translations read; want an error")
	}
}

// readCedictLite adds the entries of CC-CEDICT's compact form (see package
// cedict) to l through Lexicon.addCedict, into maps as readCedict adds
// those of cedict_ts.u8: the reference the dictTable that Align reads the
// built-in dictionary into is held to.
func (l *Lexicon) readCedictLite(r io.Reader) error {
	if l.han == nil { // as readCedict and the table: a Chinese dictionary, even empty
		l.han = &hanLex{words: make(map[string]bool)}
	}
	bases := make(map[string]string)
	var err error
	for line, text := range dictLines(r, 1024*1024, &err) {
		simp, trad, words, ok := liteFields(text)
		if !ok {
			return &DictError{line, liteWant}
		}
		l.addCedict(simp, trad, words, bases)
	}
	return err
}

// TestCedictForLikeWhole checks that the part of the built-in dictionary
// a pair gets (cedictFor) answers every word that can be cut from the
// pair's sentences, or folded from its words, as the whole dictionary
// does (translations and maximal-match headwords), is Han-keyed, and
// leaves out the keys the pair cannot spell.
func TestCedictForLikeWhole(t *testing.T) {
	// A compatibility ideograph (U+F9B4, 領 folded) on the English side.
	src, tgt := zhEnSample[0], append(slices.Clone(zhEnSample[1]), "Zero: \uf9b4 and 研究.")
	whole, part := defaultCedict(), cedictFor(src, tgt)
	if part.hanInfo() == nil {
		t.Fatal("the part is not Han-keyed")
	}
	n := 0
	for _, s := range slices.Concat(src, tgt) {
		rs := []rune(s)
		for i := range rs {
			for j := i + 1; j <= len(rs) && j-i <= stemLen; j++ {
				for _, w := range []string{string(rs[i:j]), foldKey(string(rs[i:j]))} {
					want, got := whole.translations(w), part.translations(w)
					if !slices.Equal(got, want) || whole.han.has(w) != part.han.has(w) {
						t.Errorf("%q: the part gives %q, word %v; the whole %q, word %v", w, got, part.han.has(w), want, whole.han.has(w))
					}
					if len(want) > 0 {
						n++
					}
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d pieces of the sample have translations: the test tests little", n)
	}
	if w := foldKey("\uf9b4"); w != "領" || len(part.translations(w)) == 0 {
		t.Errorf("U+F9B4 folds to %q, in the part -> %q; want 領, with translations", w, part.translations(w))
	}
	// Characters not in the pair; in it, but not side by side.
	for _, w := range []string{"结构", "結構", "电脑", "天天", "友好"} {
		if part.tab.find(w) != nil || whole.tab.find(w) == nil {
			t.Errorf("%s: in the part %v, in the whole %v; want only in the whole (the pair cannot spell it)", w, part.tab.find(w) != nil, whole.tab.find(w) != nil)
		}
	}
	if len(part.tab.ents) > len(whole.tab.ents)/100 {
		t.Errorf("the part has %d keys of %d", len(part.tab.ents), len(whole.tab.ents))
	}
	// Align reads the part, unless examples (cut into the dictionary's
	// words too) are given.
	for _, tc := range []struct {
		opt   Options
		whole bool
	}{{Options{}, false}, {Options{Examples: func(func(string, string) bool) {}}, true}} {
		if l := tc.opt.pairDict(src, tgt); l == nil || (l == whole) != tc.whole {
			t.Errorf("examples %v: Align reads the whole dictionary %v; want %v", tc.opt.Examples != nil, l == whole, tc.whole)
		}
	}
}

// translations returns the target stems of source stem s in l, in order
// (a new slice for a table).
func (l *Lexicon) translations(s string) []string {
	if l == nil || l.tab == nil {
		return l.mapLinks(s)
	}
	var out []string
	l.eachTranslation(s, func(t string) { out = append(out, t) })
	return out
}

// mapLinks is l's links of s from its map (nil for a nil l).
func (l *Lexicon) mapLinks(s string) []string {
	if l == nil {
		return nil
	}
	return l.m[s]
}

// liteFields splits a line of CC-CEDICT's compact form,
// "SIMPLIFIED[ TRADITIONAL][<TAB>WORD WORD ...]", into its headwords (the
// traditional one is the simplified one when the line has none) and
// words; ok is false when the line is not of that form.
func liteFields(text string) (simp, trad string, words []string, ok bool) {
	simp, trad, rest, ok := liteHeads(text)
	if !ok {
		return "", "", nil, false
	}
	return simp, trad, strings.Fields(rest), true
}
