package normalize

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/textio"
)

// TestFirstWordsAsFindWord: firstWords and lineCols, which read a text
// once for all the names of a check, give what findWord and textio.LineCol give
// for each name alone, on texts of words, apostrophes, hyphens, line
// breaks, a byte-order mark, letters of other scripts and broken UTF-8.
func TestFirstWordsAsFindWord(t *testing.T) {
	pieces := []string{"Ali", "Ali Reza", "Reza", "Alireza", "al-Sudani", "Sudani", "O'Brien", "Brien", "'Ali", "Ali's",
		"Ангела", "Merkel", "Меркель", " ", " ", ", ", ". ", "\n", "-", "'", "\u00a0", "\xe2\x82", "\xff", "x", "3", "ا", "é", "e\u0301"}
	forms := []string{"Ali", "Ali Reza", "Reza", "Alireza", "al-Sudani", "Sudani", "O'Brien", "Brien", "'Ali", "Ali's",
		"Ангела Меркель", "Merkel", "Ali Reza Ali", ", Ali", "-Sudani", "Brien\n", "é", "e", "ZZZ", "3"}
	rng := rand.New(rand.NewPCG(31, 1))
	for n := range 3000 {
		var b strings.Builder
		if n%7 == 0 {
			b.WriteString("\ufeff")
		}
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		got := firstWords(text, forms)
		var offsets []int
		for i, f := range forms {
			if want := findWord(text, f, 0); got[i] != want {
				t.Fatalf("firstWords(%q)[%q] = %d, findWord %d", text, f, got[i], want)
			}
			if got[i] >= 0 {
				offsets = append(offsets, got[i])
			}
		}
		// Where a character starts, as utf8 decodes (a broken byte is
		// one): a check's offsets are such places.
		var starts []int
		for i := range text {
			starts = append(starts, i)
		}
		starts = append(starts, len(text))
		for k := range 5 { // in any order, repeated
			offsets = append(offsets, starts[rng.IntN(len(starts))], starts[k%len(starts)])
		}
		for i, lc := range lineCols(text, offsets) {
			if l, c := textio.LineCol(text, offsets[i]); lc != [2]int{l, c} {
				t.Fatalf("lineCols(%q) at %d = %v, LineCol %d:%d", text, offsets[i], lc, l, c)
			}
		}
	}
}

// TestSpellingTestsAsPerPair: spellingTests, which read each candidate
// once, say of every pair of a text's candidates what the tests said when
// each pair cut both forms into words again (kept here as they were).
func TestSpellingTestsAsPerPair(t *testing.T) {
	var text strings.Builder
	for _, f := range []string{"../testdata/irgc-iraq.en.txt", "../testdata/irgc-iraq.en2.txt", "../testdata/irgc-iraq.fr.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
	}
	text.WriteString(`World War I and World War II. Elizabeth I, Elizabeth II. Mac OS, Macs and Windows XP, WindowsXP.
The user agent sends a User Agent or User-Agent header. The web browser: WebBrowser, Web Browser. Korea and
the Korean War; South Australia, South Australian. System V, SystemV, System-V-like. Aomori and Mori.
Leah Zilpah and Zilpah Leah; Zilpah and Leah came. SSH Per-Connection Server, Per-Connection Servers.
`)
	d := NewDiscoverer()
	d.Add(text.String())
	cands, _ := d.candidates()
	folded := map[string]bool{}
	for _, c := range cands {
		folded[strings.ToLower(c.form)] = true
	}
	tests := d.spellingTests(cands)
	for i := range cands {
		for j := range cands {
			a, b := cands[i].form, cands[j].form
			if got, want := tests.apart(i, j), perPairApart(d, a, b, folded); got != want {
				t.Errorf("apart(%q, %q) = %v, per pair %v", a, b, got, want)
			}
			if got, want := tests.acronymWordLost(i, j), perPairAcronymWordLost(a, b); got != want {
				t.Errorf("acronymWordLost(%q, %q) = %v, per pair %v", a, b, got, want)
			}
		}
	}
	if len(cands) < 100 {
		t.Fatalf("%d candidates, want a hundred or more", len(cands))
	}
}

// perPairApart is spellingTests.apart as it was asked of two forms.
func perPairApart(d *Discoverer, a, b string, folded map[string]bool) bool {
	wa, wb := d.phraseWords(a), d.phraseWords(b)
	return commonPhraseWords(a, b, wa, wb) || d.compoundHyphen(a, b) || d.compoundHyphen(b, a) ||
		derivedApart(a, folded) != derivedApart(b, folded) ||
		len(splitName(a)) == len(splitName(b)) && romanWords(a) != romanWords(b) ||
		prefixedApart(a, b) || twoNamesSwapped(a, b, folded)
}

// perPairAcronymWordLost is spellingTests.acronymWordLost as it was asked
// of two forms.
func perPairAcronymWordLost(a, b string) bool {
	if isAllCaps(a) || isAllCaps(b) {
		return false
	}
	missing := func(a, b string) bool {
		for _, w := range splitName(a) {
			if len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.Contains(b, w) {
				return true
			}
		}
		return false
	}
	return missing(a, b) || missing(b, a)
}
