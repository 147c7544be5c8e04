package tm_test

import (
	"bytes"
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

// TestExportPairScripts: a pair of one language in two scripts (zh-CN to
// zh-TW, zh-Hans to zh-Hant, sr-Latn to sr-Cyrl) compared whole tags, as
// en-US to en-GB does: zh-Hans to zh-Hant exported no unit tagged zh-CN
// and zh-TW, zh-CN to zh-TW none of zh-SG and zh-HK. Export, Pairs and
// import's pair filter (KeepLangs) now take the variants as lookups do
// (SameLanguage), those whose tags tell the script; a variant tagged zh
// alone is neither side. en-GB to en-US still compares whole tags.
func TestExportPairScripts(t *testing.T) {
	d := openTemp(t)
	units := []tm.Unit{
		unit2("zh-CN", "zh-TW", "谢谢。", "謝謝。"),
		unit2("zh-SG", "zh-HK", "欢迎。", "歡迎。"),
		unit2("zh", "zh-TW", "你好。", "你好嗎？"),
		unit2("sr-Latn", "sr-Cyrl", "Dobar dan.", "Добар дан."),
		unit2("en-GB", "en-US", "Colour.", "Color."),
		unit2("en-GB", "en", "Flat.", "Apartment."),
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{File: "scripts"}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		src, tgt string
		want     []string
	}{
		{"zh-Hans", "zh-Hant", []string{"谢谢。\t謝謝。", "欢迎。\t歡迎。"}},
		{"zh-CN", "zh-TW", []string{"谢谢。\t謝謝。", "欢迎。\t歡迎。"}},
		{"zh-TW", "zh-CN", []string{"謝謝。\t谢谢。", "歡迎。\t欢迎。"}},
		{"zh-HK", "zh-SG", []string{"謝謝。\t谢谢。", "歡迎。\t欢迎。"}},
		{"sr-Latn", "sr-Cyrl", []string{"Dobar dan.\tДобар дан."}},
		{"sr-Cyrl-RS", "sr-Latn-RS", []string{"Добар дан.\tDobar dan."}},
		{"en-GB", "en-US", []string{"Colour.\tColor."}},
		{"zh", "zh-TW", []string{"你好。\t你好嗎？"}},
	} {
		src, tgt := language.MustParse(c.src), language.MustParse(c.tgt)
		var b bytes.Buffer
		if err := d.Export(ctx, &b, tm.ExportOptions{Format: tm.FormatTSV, Src: src, Tgt: tgt}); err != nil {
			t.Fatal(err)
		}
		got := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if b.Len() == 0 {
			got = nil
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(c.want))
		if !slices.Equal(got, want) {
			t.Errorf("export %s-%s: %q; want %q", c.src, c.tgt, got, want)
		}
		var pairs []string
		for p, err := range d.Pairs(ctx, src, tgt) {
			if err != nil {
				t.Fatal(err)
			}
			pairs = append(pairs, p.Source+"\t"+p.Target)
		}
		slices.Sort(pairs)
		if !slices.Equal(pairs, want) {
			t.Errorf("Pairs %s-%s: %q; want %q", c.src, c.tgt, pairs, want)
		}
		var kept []string
		for u, err := range tm.KeepLangs(seq(units...), src, tgt) {
			if err != nil {
				t.Fatal(err)
			}
			kept = append(kept, u.Variants[0].Text+"\t"+u.Variants[1].Text)
		}
		// KeepLangs keeps the variants in their order: the units above
		// are written source first in the first two pairs' direction.
		if c.src == "zh-Hans" || c.src == "zh-CN" || c.src == "sr-Latn" || c.src == "en-GB" || c.src == "zh" {
			slices.Sort(kept)
			if !slices.Equal(kept, want) {
				t.Errorf("KeepLangs %s-%s: %q; want %q", c.src, c.tgt, kept, want)
			}
		} else if len(kept) != len(want) {
			t.Errorf("KeepLangs %s-%s: %d units %q; want %d", c.src, c.tgt, len(kept), kept, len(want))
		}
	}
}

// TestReviewedOtherScriptAddedBeside: an XLIFF exported en to zh-CN and
// come back from a Taiwanese reviewer with its target language zh-TW and
// Traditional text: the stored Simplified target is kept and the zh-TW
// unit added beside it (editedVariant takes the target by SameLanguage);
// the same file with zh-CN kept replaces the target. The reviewed file's
// source is matched by language subtag and text (hasSource): a unit's
// source is the same text under zh-CN or zh-TW, and the unit's id in the
// file says which unit it was.
func TestReviewedOtherScriptAddedBeside(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		updated    int
		stored     string // the stored unit's zh-CN target after
	}{
		{"zh-TW", "謝謝您。", 0, "谢谢。"},
		{"zh-CN", "谢谢您。", 1, "谢谢您。"},
	} {
		d := openTemp(t)
		if _, err := d.Import(ctx, seq(unit2("en", "zh-CN", "Thank you.", "谢谢。")), tm.ImportOptions{File: "a"}); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := d.Export(ctx, &b, tm.ExportOptions{Format: tm.FormatXLIFF, Src: language.English, Tgt: language.MustParse("zh-CN")}); err != nil {
			t.Fatal(err)
		}
		x := b.String()
		if !strings.Contains(x, `target-language="zh-CN"`) || !strings.Contains(x, "谢谢。</target>") {
			t.Fatalf("the export has no zh-CN target:\n%s", x)
		}
		x = strings.ReplaceAll(x, `"zh-CN"`, `"`+c.lang+`"`) // the file's target-language, the target's xml:lang
		x = strings.Replace(x, "谢谢。</target>", c.text+"</target>", 1)
		st, err := d.ImportFile(ctx, strings.NewReader(x), "reviewed.xlf", tm.ImportFileOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if st.Updated != c.updated {
			t.Errorf("reviewed %s: %d units updated; want %d (%+v)", c.lang, st.Updated, c.updated, st)
		}
		var got []string
		for u, err := range d.Units(ctx, tm.ExportOptions{Src: language.English, Tgt: language.MustParse("zh-CN")}) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, u.Variants[1].Text)
		}
		if !slices.Equal(got, []string{c.stored}) {
			t.Errorf("reviewed %s: the zh-CN targets %q; want %q", c.lang, got, c.stored)
		}
	}
}
