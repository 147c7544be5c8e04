package langwords

import (
	"slices"
	"strings"
	"testing"
)

// TestCodesFit: a language's bit in Langs is 1<<index, so there are at
// most 64 lists, each of one script x/text knows.
func TestCodesFit(t *testing.T) {
	if len(Codes()) > 64 || len(Codes()) != len(funcWords) {
		t.Errorf("%d languages (of %d lists); at most 64 fit the bits of Langs", len(Codes()), len(funcWords))
	}
	for i, sc := range Scripts() {
		if sc != "Latn" && sc != "Cyrl" && sc != "Arab" {
			t.Errorf("%s: script %s; the lists are of Latin, Cyrillic and Arabic script languages", Codes()[i], sc)
		}
	}
	if !slices.IsSorted(Codes()) || Index("fr") < 0 || Codes()[Index("fr")] != "fr" || Index("xx") != -1 {
		t.Errorf("Codes %v, Index(fr) %d, Index(xx) %d", Codes(), Index("fr"), Index("xx"))
	}
}

// TestEachWord: words are runs of letters and marks in lower case, the
// text's end ends one, and f returning false stops it.
func TestEachWord(t *testing.T) {
	var got []string
	EachWord("L'État, c'est moi: Straße 42 é\u0301", func(w []byte) bool { got = append(got, string(w)); return true })
	if want := []string{"l", "état", "c", "est", "moi", "straße", "é\u0301"}; !slices.Equal(got, want) {
		t.Errorf("words %q; want %q", got, want)
	}
	n := 0
	if EachWord("a b c", func([]byte) bool { n++; return n < 2 }) || n != 2 {
		t.Errorf("stopped after %d words", n)
	}
}

// TestRead: a text of enough words reads as its language; a short one,
// one of two languages in equal parts, or one of no list's words reads
// as none.
func TestRead(t *testing.T) {
	fr := strings.Repeat("Les combattants de l'organisation ont attaqué une position de l'armée dans la nuit, selon un communiqué du ministère qui a été publié à Bagdad. ", 4)
	en := strings.Repeat("The fighters of the group attacked an army position in the night, according to a statement from the ministry that was published in Baghdad. ", 4)
	ru := strings.Repeat("Он сказал, что это было в прошлом году и что его брат также был там, но после этого он не знал, где они были. ", 5)
	for _, tc := range []struct{ text, want string }{
		{fr, "fr"},
		{en, "en"},
		{ru, "ru"},
		{"Daech a attaqué à Kiev mardi soir.", ""}, // too short
		{fr[:len(fr)/2] + en[:len(en)/2], ""},      // mixed
		{strings.Repeat("東京 ", 100), ""},           // no list's words
		// One sentence repeated: two Dutch function words (met, in), 29%
		// of its words, were read as Dutch; too few different ones.
		{strings.Repeat("Angela Merkel met Emmanuel Macron in Paris. ", 1000), ""},
		{"", ""},
	} {
		r := Read(tc.text)
		if r.Lang != tc.want {
			t.Errorf("Read(%.40q) = %+v; want %q", tc.text, r, tc.want)
		}
		if r.Words > ReadMaxWords || r.LeadShare < 0 || r.LeadShare > 1 {
			t.Errorf("Read(%.40q) = %+v", tc.text, r)
		}
	}
	if r := Read(strings.Repeat("the ", 3*ReadMaxWords)); r.Words != ReadMaxWords {
		t.Errorf("counted %d words; want the first %d", r.Words, ReadMaxWords)
	}
}
