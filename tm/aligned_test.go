package tm

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/bitext/bitext/align"
	"github.com/bitext/bitext/tm/tmx"
)

// alignedFixture is an alignment with a 2-1 bead, a bead scoring 0, and an
// unmatched sentence on each side.
func alignedFixture() (src, tgt align.Document, beads []align.Bead) {
	src = align.Document{Sentences: []string{"He arrived.", "He left.", "Odd one.", "Only source.", "Talks & <tags>."}}
	tgt = align.Document{Sentences: []string{"Il est venu et reparti.", "Bizarre.", "Seulement la cible.", "Des pourparlers & <balises>."}}
	beads = []align.Bead{
		{Src: align.Span{Start: 0, End: 2}, Tgt: align.Span{Start: 0, End: 1}, Score: 0.931},
		{Src: align.Span{Start: 2, End: 3}, Tgt: align.Span{Start: 1, End: 2}, Score: 0},
		{Src: align.Span{Start: 3, End: 4}, Tgt: align.Span{Start: 2, End: 2}},
		{Src: align.Span{Start: 4, End: 4}, Tgt: align.Span{Start: 2, End: 3}},
		{Src: align.Span{Start: 4, End: 5}, Tgt: align.Span{Start: 3, End: 4}, Score: 0.5},
	}
	return src, tgt, beads
}

func collectUnits(t *testing.T, seq func(func(Unit, error) bool)) []Unit {
	t.Helper()
	var us []Unit
	for u, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		us = append(us, u)
	}
	return us
}

func TestAlignedUnits(t *testing.T) {
	src, tgt, beads := alignedFixture()
	opt := AlignedOptions{SrcLang: language.English, TgtLang: language.French, SrcDoc: "a.en.txt", TgtDoc: "a.fr.txt"}
	got := collectUnits(t, AlignedUnits(src, tgt, beads, opt))
	origin := Origin{File: "a.en.txt", SrcDoc: "a.en.txt", TgtDoc: "a.fr.txt"}
	unit := func(s, t string, score float64) Unit {
		o := origin
		o.Score = score
		return Unit{SrcLang: language.English, Variants: []Variant{{Lang: language.English, Text: s}, {Lang: language.French, Text: t}}, Origin: o}
	}
	want := []Unit{
		unit("He arrived. He left.", "Il est venu et reparti.", 0.931),
		unit("Talks & <tags>.", "Des pourparlers & <balises>.", 0.5),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AlignedUnits =\n%+v\nwant\n%+v", got, want)
	}
	opt.File = "batch.txt"
	if got := collectUnits(t, AlignedUnits(src, tgt, beads, opt)); got[0].Origin.File != "batch.txt" {
		t.Errorf("AlignedUnits with File: Origin %+v; want File batch.txt", got[0].Origin)
	}
	for _, err := range AlignedUnits(src, tgt, beads, AlignedOptions{SrcLang: language.English}) {
		if err == nil || strings.Contains(err.Error(), "--") {
			t.Errorf("AlignedUnits(no target language) error %v; want one naming no flag", err)
		}
	}
}

// TestAlignedTMXRoundTrip writes aligned units as TMX and reads them back:
// each unit keeps its text, languages, documents and score
// (x-bitext-score).
func TestAlignedTMXRoundTrip(t *testing.T) {
	src, tgt, beads := alignedFixture()
	opt := AlignedOptions{SrcLang: language.English, TgtLang: language.French, SrcDoc: "a.en.txt", TgtDoc: "a.fr.txt"}
	var b bytes.Buffer
	now := time.Date(2026, 12, 2, 16, 0, 0, 0, time.UTC)
	if err := WriteTMX(&b, NewHeader(language.English, "1.2.3", now), AlignedUnits(src, tgt, beads, opt)); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`srclang="en"`, `creationtoolversion="1.2.3"`, `creationdate="20261202T160000Z"`, `<prop type="x-bitext-score">0.931</prop>`} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("WriteTMX output lacks %s:\n%s", s, b.String())
		}
	}
	if strings.Contains(b.String(), "x-align-score") {
		t.Errorf("WriteTMX output has the old prop x-align-score")
	}
	r, err := tmx.NewReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	got := collectUnits(t, ReadTMX(r))
	want := collectUnits(t, AlignedUnits(src, tgt, beads, opt))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadTMX(WriteTMX(units)) =\n%+v\nwant\n%+v", got, want)
	}
	if h := r.Header(); tmx.Get(h.Attrs, "srclang") != "en" {
		t.Errorf("header %+v; want srclang en", h)
	}
}

// TestAlignJSONLRoundTrip reads what align.WriteJSONL writes: the units
// are the aligned units without their documents (JSON Lines does not name
// them).
func TestAlignJSONLRoundTrip(t *testing.T) {
	src, tgt, beads := alignedFixture()
	var b bytes.Buffer
	if err := align.WriteJSONL(&b, src, tgt, beads); err != nil {
		t.Fatal(err)
	}
	got := collectUnits(t, ReadAlignJSONL(&b, language.English, language.French))
	var want []Unit
	for _, u := range collectUnits(t, AlignedUnits(src, tgt, beads, AlignedOptions{SrcLang: language.English, TgtLang: language.French})) {
		u.Origin = Origin{Score: u.Origin.Score}
		want = append(want, u)
	}
	// The bead scoring 0 with both sides is left out by both, as no
	// evidence (Skipped.ScoredZero).
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadAlignJSONL(align.WriteJSONL(beads)) =\n%+v\nwant\n%+v", got, want)
	}
}

func TestPairTexts(t *testing.T) {
	errDB := errors.New("disk I/O error")
	pairs := func(yield func(Pair, error) bool) {
		if yield(Pair{"a", "b"}, nil) {
			yield(Pair{}, errDB)
		}
	}
	var err error
	var got []string
	for s, t := range PairTexts(pairs, &err) {
		got = append(got, s+"|"+t)
	}
	if !reflect.DeepEqual(got, []string{"a|b"}) || err != errDB {
		t.Errorf("PairTexts = %q, error %v; want [a|b], %v", got, err, errDB)
	}
}

// FuzzAlignJSONLRoundTrip checks that tm import reads what align writes:
// ReadAlignJSONL(align.WriteJSONL(beads)) gives a unit for each bead with
// two non-blank sides scored over 0, with its texts and score.
func FuzzAlignJSONLRoundTrip(f *testing.F) {
	f.Add("He said \"go\".|Tab\there.", "Il a dit.|\u2028\\", 0.931)
	f.Add(" |x", "y| ", 0.0)
	f.Fuzz(func(t *testing.T, s, tg string, score float64) {
		if !utf8.ValidString(s) || !utf8.ValidString(tg) || math.IsNaN(score) || math.IsInf(score, 0) {
			return // JSON holds neither invalid UTF-8 nor these numbers
		}
		src := align.Document{Sentences: strings.Split(s, "|")}
		tgt := align.Document{Sentences: strings.Split(tg, "|")}
		n, m := len(src.Sentences), len(tgt.Sentences)
		beads := []align.Bead{
			{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Score: score},
			{Src: align.Span{Start: 1, End: n}, Tgt: align.Span{Start: 1, End: m}, Score: -score},
			{Src: align.Span{Start: n, End: n}, Tgt: align.Span{Start: m, End: m}},
		}
		var b bytes.Buffer
		if err := align.WriteJSONL(&b, src, tgt, beads); err != nil {
			t.Fatal(err)
		}
		var want []Unit
		for _, bd := range beads {
			st, tt := src.Text(bd.Src), tgt.Text(bd.Tgt)
			if bd.Src.Len() == 0 || bd.Tgt.Len() == 0 || strings.TrimSpace(st) == "" || strings.TrimSpace(tt) == "" || bd.Score <= 0 {
				continue
			}
			want = append(want, Unit{SrcLang: language.English, Variants: []Variant{{Lang: language.English, Text: st}, {Lang: language.French, Text: tt}}, Origin: Origin{Score: bd.Score}})
		}
		got := collectUnits(t, ReadAlignJSONL(&b, language.English, language.French))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("ReadAlignJSONL(align.WriteJSONL) =\n%+v\nwant\n%+v", got, want)
		}
	})
}

// TestAlignedUnitsUntranslated: a bead whose target is its source letter
// for letter, in another language, is a passage left untranslated (Debian
// Reference's French chapters keep 160 of chapter 3's 263 beads in
// English) and no unit; a command or name of fewer words, or the same
// sentence in two variants of one language, is a unit.
// TestUntranslatedTwoWords: two common words repeated in another language
// are an untranslated passage (Debian Reference's French keeps "For
// example:" and headings as "1.4.4. Mouse operations"); names, products,
// commands, codes and fields are not.
func TestUntranslatedTwoWords(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"For example:", true}, {"Then reload.", true}, {"Mouse operations", true},
		{"1.4.4.\u00a0Mouse operations", true}, {"3.7. Customizing systemd", true},
		{"Osamu Aoki", false}, {"Windows XP", false}, {"Tomoyo Linux", false}, {"Original Content", false},
		{"export PATH", false}, {"Section: admin", false}, {"OK", false}, {"Debian 12", false},
		{"$ date -u", false}, {"insmod gzio", false}, {"A system", false}, {"Fake News", false},
		{"GNU tar(1):", false}, {"Git tips!", false},
	} {
		if got := untranslated(tc.s, tc.s, language.English, language.French); got != tc.want {
			t.Errorf("untranslated(%q) en-fr = %v; want %v", tc.s, got, tc.want)
		}
		if untranslated(tc.s, tc.s, language.MustParse("en-GB"), language.MustParse("en-US")) {
			t.Errorf("untranslated(%q) en-GB to en-US = true", tc.s)
		}
	}
}

func TestAlignedUnitsUntranslated(t *testing.T) {
	src := align.Document{Sentences: []string{"The locales package requires to be initialized properly.", "# dpkg-reconfigure locales", "Colour is kept."}}
	tgt := align.Document{Sentences: []string{"The locales package requires to be initialized properly.", "# dpkg-reconfigure locales", "Colour is kept."}}
	beads := []align.Bead{
		{Src: align.Span{Start: 0, End: 1}, Tgt: align.Span{Start: 0, End: 1}, Score: 0.9},
		{Src: align.Span{Start: 1, End: 2}, Tgt: align.Span{Start: 1, End: 2}, Score: 0.9},
		{Src: align.Span{Start: 2, End: 3}, Tgt: align.Span{Start: 2, End: 3}, Score: 0.9},
	}
	var skipped Skipped
	opt := AlignedOptions{SrcLang: language.English, TgtLang: language.French, Skipped: &skipped}
	var got []string
	for _, u := range collectUnits(t, AlignedUnits(src, tgt, beads, opt)) {
		got = append(got, u.Variants[1].Text)
	}
	if want := []string{"# dpkg-reconfigure locales"}; !reflect.DeepEqual(got, want) || skipped.Untranslated != 2 {
		t.Errorf("en-fr AlignedUnits = %q, %d untranslated; want %q, 2", got, skipped.Untranslated, want)
	}
	if s := skipped.AlignedString(); s != ", 2 left out as untranslated (the target repeats the source)" {
		t.Errorf("AlignedString = %q", s)
	}
	opt = AlignedOptions{SrcLang: language.MustParse("en-GB"), TgtLang: language.MustParse("en-US")}
	if us := collectUnits(t, AlignedUnits(src, tgt, beads, opt)); len(us) != 3 {
		t.Errorf("en-GB to en-US AlignedUnits = %d units; want all 3", len(us))
	}
}
