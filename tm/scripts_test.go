package tm_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// unit2 is a unit of two variants, the first the source.
func unit2(src, tgt, s, t string) tm.Unit {
	sl, tl := language.MustParse(src), language.MustParse(tgt)
	return tm.Unit{SrcLang: sl, Variants: []tm.Variant{{Lang: sl, Text: s}, {Lang: tl, Text: t}}}
}

// TestLookupScripts: a variant written in another script than the one
// asked for is not a translation into it (left48): Simplified Chinese
// (zh-CN, zh-SG, zh-Hans) is no match for zh-TW, Cyrillic Serbian none for
// sr-Latn. Tags that do not tell the script (zh, sr, sr-RS) meet either.
// Norwegian no (OmegaT) and nb (Trados) are one language, as target and
// as source; nn is not.
func TestLookupScripts(t *testing.T) {
	d := openTemp(t)
	units := []tm.Unit{
		unit2("en", "zh-CN", "Thank you.", "谢谢。"),
		unit2("en", "zh-TW", "Good morning.", "早安。"),
		unit2("en", "sr-Cyrl", "Good night.", "Лаку ноћ."),
		unit2("en", "sr-Latn", "Good day.", "Dobar dan."),
		unit2("en", "no", "Yes.", "Ja."),
		unit2("nb-NO", "en", "Takk for maten.", "Thanks for the meal."),
		unit2("en", "nn", "No.", "Nei."),
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{File: "scripts"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		src, tgt, query string
		want            string // the best match's target; "" for none
	}{
		{"en", "zh-TW", "Thank you.", ""},
		{"en", "zh-Hant", "Thank you.", ""},
		{"en", "zh-HK", "Thank you.", ""},
		{"en", "zh-CN", "Thank you.", "谢谢。"},
		{"en", "zh-SG", "Thank you.", "谢谢。"},
		{"en", "zh-Hans", "Thank you.", "谢谢。"},
		{"en", "zh", "Thank you.", "谢谢。"},
		{"en", "zh-TW", "Good morning.", "早安。"},
		{"en", "zh-MO", "Good morning.", "早安。"},
		{"en", "zh-CN", "Good morning.", ""},
		{"en", "zh", "Good morning.", "早安。"},
		{"en", "sr-Latn", "Good night.", ""},
		{"en", "sr-Cyrl", "Good night.", "Лаку ноћ."},
		{"en", "sr", "Good night.", "Лаку ноћ."},
		{"en", "sr-RS", "Good night.", "Лаку ноћ."},
		{"en", "sr-Latn-RS", "Good day.", "Dobar dan."},
		{"en", "sr-Cyrl", "Good day.", ""},
		{"en", "nb", "Yes.", "Ja."},
		{"en", "nb-NO", "Yes.", "Ja."},
		{"en", "no", "Yes.", "Ja."},
		{"en", "nn", "Yes.", ""},
		{"en", "nb", "No.", ""},
		{"no", "en", "Takk for maten.", "Thanks for the meal."},
		{"no", "en", "Takk for maten!", "Thanks for the meal."}, // a fuzzy match, by the word index
		{"nb", "en", "Takk for maten.", "Thanks for the meal."},
		{"nn", "en", "Takk for maten.", ""},
	}
	for _, tc := range tests {
		opt := tm.LookupOptions{Src: language.MustParse(tc.src), Tgt: language.MustParse(tc.tgt)}
		ms, err := d.Lookup(ctx, tc.query, opt)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(ms) > 0 {
			got = ms[0].Target
		}
		if got != tc.want {
			t.Errorf("Lookup(%q, %s -> %s) = %q; want %q", tc.query, tc.src, tc.tgt, got, tc.want)
		}
	}

	// The note of a lookup that finds nothing names the scripts held.
	note, err := d.PairNote(ctx, language.English, language.MustParse("zh-TW"))
	if err != nil || note != "" {
		t.Errorf("PairNote(en, zh-TW) = %q, %v; want \"\" (zh-TW units held)", note, err)
	}
	d2 := openTemp(t)
	if _, err := d2.Import(ctx, seq(units[0], units[2]), tm.ImportOptions{File: "two"}); err != nil {
		t.Fatal(err)
	}
	note, err = d2.PairNote(ctx, language.English, language.MustParse("zh-TW"))
	if err != nil || !strings.Contains(note, "en-zh-Hant") || !strings.Contains(note, "en-zh-Hans") {
		t.Errorf("PairNote(en, zh-TW) of an en/zh-CN TM = %q, %v; want it to name en-zh-Hant and the pair held, en-zh-Hans", note, err)
	}
	if note, err := d2.PairNote(ctx, language.English, language.MustParse("zh")); err != nil || note != "" {
		t.Errorf("PairNote(en, zh) of an en/zh-CN TM = %q, %v; want \"\"", note, err)
	}
	if note, err := d.PairNote(ctx, language.English, language.MustParse("nb")); err != nil || note != "" {
		t.Errorf("PairNote(en, nb) of a TM with en-no units = %q, %v; want \"\"", note, err)
	}

	// Pairs (export, align's lexicon) and concordance keep to the script too.
	var tgts []string
	for p, err := range d.Pairs(ctx, language.English, language.MustParse("zh-TW")) {
		if err != nil {
			t.Fatal(err)
		}
		tgts = append(tgts, p.Target)
	}
	if !slices.Equal(tgts, []string{"早安。"}) {
		t.Errorf("Pairs(en, zh-TW) targets = %q; want [早安。]", tgts)
	}
	tgts = nil
	for p, err := range d.Pairs(ctx, language.English, language.MustParse("nb")) {
		if err != nil {
			t.Fatal(err)
		}
		tgts = append(tgts, p.Target)
	}
	if !slices.Equal(tgts, []string{"Ja.", "Takk for maten."}) {
		t.Errorf("Pairs(en, nb) targets = %q; want [Ja. Takk for maten.] (an nb-NO unit, and an no one)", tgts)
	}
	var hits []string
	for h, err := range d.Concordance(ctx, "good", tm.ConcordanceOptions{Lang: language.English, Tgt: language.MustParse("sr-Latn")}) {
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range h.Translations {
			hits = append(hits, v.Text)
		}
	}
	if !slices.Equal(hits, []string{"Dobar dan."}) {
		t.Errorf("Concordance(good, en -> sr-Latn) translations = %q; want [Dobar dan.]", hits)
	}
	hits = nil
	for h, err := range d.Concordance(ctx, "maten", tm.ConcordanceOptions{Lang: language.MustParse("nb"), Tgt: language.English}) {
		if err != nil {
			t.Fatal(err)
		}
		hits = append(hits, h.Text)
	}
	if !slices.Equal(hits, []string{"Takk for maten."}) {
		t.Errorf("Concordance(maten, nb -> en) = %q; want the nb-NO unit's [Takk for maten.]", hits)
	}
	hits = nil
	for h, err := range d.Concordance(ctx, "ja", tm.ConcordanceOptions{Lang: language.MustParse("nb-NO")}) {
		if err != nil {
			t.Fatal(err)
		}
		hits = append(hits, h.Text)
	}
	if !slices.Equal(hits, []string{"Ja."}) {
		t.Errorf("Concordance(ja, nb-NO) = %q; want the no unit's [Ja.]", hits)
	}
	if !tm.SameLanguage(language.MustParse("zh-TW"), language.MustParse("zh-Hant-HK")) || tm.SameLanguage(language.MustParse("zh-TW"), language.MustParse("zh-SG")) {
		t.Error("SameLanguage: zh-TW is zh-Hant-HK's script and not zh-SG's")
	}
}
