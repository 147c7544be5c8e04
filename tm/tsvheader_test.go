package tm

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestReadTSVHeader: a TSV whose first line names its columns
// ("source<TAB>target", the import's language codes or names, a score
// column) stored that line as a pair. It is now left out and kept in
// Skipped.Header; a first line of other words ("Source<TAB>Quelle") and a
// header's words on any later line are pairs.
func TestReadTSVHeader(t *testing.T) {
	en, de := language.English, language.German
	enUS := language.MustParse("en-US")
	for _, c := range []struct {
		in       string
		src      language.Tag
		header   string // "" when none
		pairs    int
		firstSrc string
	}{
		{"source\ttarget\nGood morning\tGuten Morgen\n", en, "source\ttarget", 1, "Good morning"},
		{"\ufeffSource\tTarget\r\nGood morning\tGuten Morgen\r\n", en, "Source\tTarget", 1, "Good morning"},
		{"\n\nsrc\ttgt\tscore\nGood morning\tGuten Morgen\t0.9\n", en, "src\ttgt\tscore", 1, "Good morning"},
		{"en\tde\nGood morning\tGuten Morgen\n", en, "en\tde", 1, "Good morning"},
		{"EN-US\tde_DE\nGood morning\tGuten Morgen\n", enUS, "EN-US\tde_DE", 1, "Good morning"},
		{"en\tde\nGood morning\tGuten Morgen\n", enUS, "en\tde", 1, "Good morning"},
		{"English\tGerman\nGood morning\tGuten Morgen\n", en, "English\tGerman", 1, "Good morning"},
		{"Source Text\tTranslation\nGood morning\tGuten Morgen\n", en, "Source Text\tTranslation", 1, "Good morning"},
		// Pairs, not headers.
		{"Source\tQuelle\nGood morning\tGuten Morgen\n", en, "", 2, "Source"},
		{"en\tfr\nGood morning\tGuten Morgen\n", en, "", 2, "en"},
		{"en-GB\tde\nGood morning\tGuten Morgen\n", enUS, "", 2, "en-GB"},
		{"Good morning\tGuten Morgen\nsource\ttarget\n", en, "", 2, "Good morning"},
		{"source\ttarget\tnot a score\nGood morning\tGuten Morgen\n", en, "", 0, ""}, // an error: "not a score" is no number
	} {
		var sk Skipped
		var got []Unit
		var err error
		for u, e := range readTSV(strings.NewReader(c.in), c.src, de, &sk) {
			if e != nil {
				err = e
				break
			}
			got = append(got, u)
		}
		if sk.Header != c.header || len(got) != c.pairs || len(got) > 0 && got[0].Variants[0].Text != c.firstSrc {
			t.Errorf("readTSV(%+q, %v): header %q, %d pairs (%v), err %v; want header %q, %d pairs from %q", c.in, c.src, sk.Header, len(got), got, err, c.header, c.pairs, c.firstSrc)
		}
		if note := sk.HeaderNote("t.tsv"); (note != "") != (c.header != "") {
			t.Errorf("readTSV(%+q): HeaderNote %q", c.in, note)
		}
	}
	sk := Skipped{Header: "source\ttarget", HeaderLine: 1}
	if got, want := sk.HeaderNote("t.tsv"), `t.tsv: line 1 "source\ttarget" read as the columns' header, not stored`; got != want {
		t.Errorf("HeaderNote = %q; want %q", got, want)
	}
}
