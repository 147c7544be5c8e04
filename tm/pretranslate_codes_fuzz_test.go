package tm

import (
	"testing"

	"github.com/bitext/bitext/tm/extract"
	"github.com/bitext/bitext/tm/tmx"
	"github.com/bitext/bitext/tm/xliff"
)

// FuzzTargetWithCodes checks that a pretranslated target is well-formed
// XLIFF content whose text is the match's, whatever codes the segment and
// the stored translation have, and that the segment stored as it is stays
// an exact match.
func FuzzTargetWithCodes(f *testing.F) {
	f.Add(`Click <bpt id="1" ctype="bold">&lt;b&gt;</bpt>Save<ept id="1">&lt;/b&gt;</ept> now.`,
		`Cliquez sur <bpt i="1">&lt;b&gt;</bpt>Enregistrer<ept i="1">&lt;/b&gt;</ept> maintenant.`)
	f.Add(`Line one<ph id="1">&lt;br&gt;</ph>line two.`, `Ligne un<ph x="2" type="lb">&lt;x id="2"/&gt;</ph>ligne deux.`)
	f.Add(`<g id="1">A</g> <x id="2"/> B`, `<bpt i="1">&lt;b&gt;</bpt><bpt i="2">&lt;i&gt;</bpt>A<ept i="2">&lt;/i&gt;</ept><ept i="1">&lt;/b&gt;</ept>`)
	f.Fuzz(func(t *testing.T, segMarkup, tgtMarkup string) {
		segText, _, err := xliff.Parse(segMarkup)
		if err != nil {
			return
		}
		tgtText, err := tmx.PlainText(tgtMarkup)
		if err != nil {
			return
		}
		s := extract.Segment{ID: "1", Text: segText, Markup: segMarkup}
		m := Match{Score: 100, Source: segText, SourceMarkup: tgtMarkup, Target: tgtText, TargetMarkup: tgtMarkup}
		out := targetWithCodes(s, &m)
		if out == "" {
			return // withCodes: the segment has no markup to carry
		}
		text, _, err := xliff.Parse(out)
		if err != nil {
			t.Fatalf("targetWithCodes(%q, %q) = %q: %v", segMarkup, tgtMarkup, out, err)
		}
		if textForm(text) != textForm(tgtText) {
			t.Fatalf("targetWithCodes(%q, %q) = %q, text %q; want %q", segMarkup, tgtMarkup, out, text, tgtText)
		}
		// The segment stored as it is (its codes as TMX) is an exact match.
		own, err := XLIFFToTMX(segMarkup)
		if err != nil {
			return
		}
		self := Match{Score: 100, Source: segText, SourceMarkup: own, Target: segText}
		if ms := rankByCodes(s, []Match{self}); ms[0].Score != 100 {
			t.Fatalf("rankByCodes(%q) of itself stored as %q = %d; want 100", segMarkup, own, ms[0].Score)
		}
	})
}
