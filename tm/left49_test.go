package tm_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

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
