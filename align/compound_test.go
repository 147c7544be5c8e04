package align

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func testSplitter(counts map[string]int, dict ...string) *compoundSplitter {
	return &compoundSplitter{count: counts, dict: func(s string) bool { return slices.Contains(dict, s) }}
}

func TestCompoundSplit(t *testing.T) {
	for _, tc := range []struct {
		word   string
		counts map[string]int
		dict   []string
		want   []string
	}{
		{"gletscherspalte", map[string]int{"gletscherspalte": 1, "gletscher": 2, "spalte": 1}, nil, []string{"gletscher", "spalte"}},
		// the last part inflected, not seen so
		{"gletscherspalten", map[string]int{"gletscherspalten": 1, "gletscher": 2, "spalte": 1}, nil, []string{"gletscher", "spalte"}},
		// linking -s- and -n-
		{"arbeitsplatz", map[string]int{"arbeitsplatz": 1, "arbeit": 1, "platz": 3}, nil, []string{"arbeit", "platz"}},
		{"huttenwart", map[string]int{"huttenwart": 1, "hutte": 2, "wart": 1}, nil, []string{"hutte", "wart"}},
		// the word more frequent than its parts
		{"bergfuhrer", map[string]int{"bergfuhrer": 5, "berg": 1, "fuhrer": 1}, nil, nil},
		// the parts more frequent: a tie with the word splits
		{"bergfuhrer", map[string]int{"bergfuhrer": 1, "berg": 1, "fuhrer": 1}, nil, []string{"berg", "fuhrer"}},
		// parts from the dictionary (stems), counted once
		{"eispickel", map[string]int{"eispickel": 1}, []string{"eis", "pickel"}, []string{"eis", "pickel"}},
		{"eispickel", map[string]int{"eispickel": 1}, []string{"pickel"}, nil},
		// three parts; the highest geometric mean wins
		{"bergsteigerschule", map[string]int{"berg": 4, "steiger": 1, "schule": 2, "bergsteiger": 1}, nil, []string{"berg", "steiger", "schule"}},
		{"bergsteigerschule", map[string]int{"berg": 1, "steiger": 1, "schule": 4, "bergsteiger": 4}, nil, []string{"bergsteiger", "schule"}},
		// a function word is no part
		{"nichtschwimmer", map[string]int{"nicht": 10, "schwimmer": 1}, nil, nil},
		// too short to split
		{"eistal", map[string]int{"eis": 3, "tal": 3}, nil, []string{"eis", "tal"}},
		{"eisig", map[string]int{"eis": 3, "ig": 3}, nil, nil},
		{"gletscher", map[string]int{"gletscher": 2}, nil, nil},
	} {
		if got := testSplitter(tc.counts, tc.dict...).split(tc.word); !slices.Equal(got, tc.want) {
			t.Errorf("split(%q) with %v, dictionary %q = %q; want %q", tc.word, tc.counts, tc.dict, got, tc.want)
		}
	}
}

// TestCompoundStems: with a dictionary and German known on a side, Model
// 1 reads that side's compounds as their parts' stems; without the
// language, without a dictionary, or on a French side, as the word's.
func TestCompoundStems(t *testing.T) {
	de := []string{"Die Gletscherspalte war tief .", "Der Gletscher und die Spalte ."}
	fr := []string{"La crevasse du glacier était profonde .", "Le glacier et la crevasse ."}
	deFr := NewLexicon()
	deFr.Add("Gletscher", "glacier")
	deFr.Add("Spalte", "crevasse")
	frDe := NewLexicon()
	frDe.Add("glacier", "Gletscher")
	frDe.Add("crevasse", "Spalte")
	split := []string{"die", "gletsc", "spalte", "war", "tief"}
	whole := []string{"die", "gletsc", "war", "tief"}
	for _, tc := range []struct {
		name     string
		src, tgt []string
		dict     *Lexicon
		langs    [2]language.Tag
		side     int
		want     []string
	}{
		{"de-fr", de, fr, deFr, [2]language.Tag{language.German, language.French}, 0, split},
		{"fr-de", fr, de, frDe, [2]language.Tag{language.French, language.German}, 1, split},
		{"Swiss German", de, fr, deFr, [2]language.Tag{language.Make("gsw"), language.French}, 0, split},
		{"languages unknown", de, fr, deFr, [2]language.Tag{}, 0, whole},
		{"no dictionary", de, fr, nil, [2]language.Tag{language.German, language.French}, 0, whole},
		{"German declared on the French side", fr, de, frDe, [2]language.Tag{language.German, language.French}, 1, whole},
	} {
		a := &aligner{src: Document{Sentences: tc.src}, tgt: Document{Sentences: tc.tgt}, dict: tc.dict, words: newWordCache()}
		a.compoundSetup(tc.langs)
		sents := tc.src
		if tc.side == 1 {
			sents = tc.tgt
		}
		if got := wordStems(sents[0], a.words); !slices.Equal(got, tc.want) {
			t.Errorf("%s: wordStems(%q) = %q; want %q", tc.name, sents[0], got, tc.want)
		}
	}
	// The next pair set up with the cache clears the splits.
	a := &aligner{src: Document{Sentences: de}, tgt: Document{Sentences: fr}, dict: deFr, words: newWordCache()}
	a.compoundSetup([2]language.Tag{language.German, language.French})
	b := &aligner{src: Document{Sentences: de}, tgt: Document{Sentences: fr}, words: a.words}
	b.compoundSetup([2]language.Tag{language.German, language.French})
	if got := wordStems(de[0], a.words); !slices.Equal(got, whole) {
		t.Errorf("after a pair without a dictionary: wordStems(%q) = %q; want %q", de[0], got, whole)
	}
}

// FuzzCompoundSplit: a split's parts are at least compoundMinPart
// letters, at most compoundMaxParts, each seen, found in the word in
// order without overlap, and their geometric mean frequency is at least
// the word's.
func FuzzCompoundSplit(f *testing.F) {
	f.Add("gletscherspalten", "gletscher spalte gletscher")
	f.Add("arbeitsplatz", "arbeit platz")
	f.Add("bergsteigerschule", "berg steiger schule berg")
	f.Add("ääääääää", "ääää ääää")
	f.Fuzz(func(t *testing.T, word, vocab string) {
		counts := map[string]int{}
		for _, w := range strings.Fields(vocab) {
			counts[w]++
		}
		c := testSplitter(counts)
		ps := c.split(word)
		if ps == nil {
			return
		}
		if len(ps) < 2 || len(ps) > compoundMaxParts {
			t.Fatalf("split(%q) = %q: %d parts", word, ps, len(ps))
		}
		rest, logsum := word, 0.0
		for k, p := range ps {
			if utf8.RuneCountInString(p) < compoundMinPart {
				t.Fatalf("split(%q) = %q: part %q too short", word, ps, p)
			}
			i := strings.Index(rest, p)
			if i < 0 || k == 0 && i != 0 {
				t.Fatalf("split(%q) = %q: part %q not in %q", word, ps, p, rest)
			}
			rest = rest[i+len(p):]
			n := c.freq(p)
			if n == 0 {
				t.Fatalf("split(%q) = %q: part %q not seen", word, ps, p)
			}
			logsum += math.Log(float64(n))
		}
		if g := math.Exp(logsum / float64(len(ps))); g < float64(counts[word])-1e-9 {
			t.Fatalf("split(%q) = %q: geometric mean %.3f under the word's %d", word, ps, g, counts[word])
		}
	})
}
