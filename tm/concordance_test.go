package tm_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/bitext/bitext/normalize"
	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

func unit(src, tgt language.Tag, s, t string) tm.Unit {
	return tm.Unit{SrcLang: src, Variants: []tm.Variant{{Lang: src, Text: s}, {Lang: tgt, Text: t}}}
}

// concordanceCorpus holds the variant cases of issue 12, in English,
// Arabic, Persian, German and Russian.
var concordanceCorpus = func() []tm.Unit {
	en, fr, ar, fa, de, ru := language.English, language.French, language.Arabic, language.Persian, language.German, language.Russian
	return []tm.Unit{
		unit(en, fr, "The drone flew over Baghdad.", "Le drone a survolé Bagdad."),
		unit(en, fr, "General Soleimani was killed in the strike.", "Le général Soleimani a été tué dans la frappe."),
		unit(en, fr, "Daesh fighters attacked the town.", "Des combattants de Daech ont attaqué la ville."),
		unit(en, fr, "Two drones were shot down, a drone survived.", "Deux drones ont été abattus, un drone a survécu."),
		unit(en, fr, "The Islamic State of Iraq and the Levant claimed it.", "L'État islamique l'a revendiqué."),
		unit(en, fr, "A droneless army cannot see.", "Une armée sans drones ne voit rien."),
		unit(ar, fr, "قالت الحكومة إن لداعش خلايا نائمة.", "Le gouvernement a parlé de cellules dormantes."),
		unit(ar, fr, "هاجم داعش المدينة.", "L'EI a attaqué la ville."),
		unit(ar, fr, "وأعلنت الدولة الحداد.", "L'État a décrété le deuil."),
		unit(ar, fr, "اختر ملفًا", "Choisir un fichier"),
		unit(fa, fr, "سپاه در مبارزه با داعش همکاری کرد.", "Les Gardiens ont coopéré dans la lutte contre l'EI."),
		unit(de, fr, "Die Drohnen flogen über die Stadt.", "Les engins ont survolé la ville."),
		unit(ru, fr, "Беспилотники атаковали город.", "Les engins ont attaqué la ville."),
	}
}()

// concordance returns the hits of term as "KIND: TEXT-OF-EACH-SPAN|...".
func concordance(t *testing.T, d *tm.DB, term string, opt tm.ConcordanceOptions) []string {
	t.Helper()
	var got []string
	for h, err := range d.Concordance(ctx, term, opt) {
		if err != nil {
			t.Fatal(err)
		}
		s := string(h.Kind) + ":"
		for i, sp := range h.Spans {
			if i > 0 {
				s += "|"
			}
			s += h.Text[sp[0]:sp[1]]
		}
		got = append(got, s)
	}
	return got
}

func TestConcordanceFindsWhatLookupKnows(t *testing.T) {
	d := openTemp(t)
	if _, err := d.Import(ctx, seq(concordanceCorpus...), tm.ImportOptions{Sequential: true}); err != nil {
		t.Fatal(err)
	}
	en := tm.ConcordanceOptions{Lang: language.English}
	tests := []struct {
		term string
		opt  tm.ConcordanceOptions
		want []string
	}{
		// Name variants by the glossary; case folded.
		{"Suleimani", en, []string{"variant:Soleimani"}},
		{"general suleimani", en, []string{"variant:General Soleimani"}},
		// Aliases of the whole term.
		{"ISIS", en, []string{"variant:Islamic State of Iraq and the Levant", "variant:Daesh"}},
		// Word forms: the exact word first, newest first within a kind.
		{"drone", en, []string{"exact:drones|drone", "exact:drone"}},
		{"drones", en, []string{"exact:drones|drone", "form:drone"}},
		// A prefix search is no exact search.
		{"drone*", en, []string{"exact:drones|drone", "exact:drone", "form:droneless"}},
		{"drone", tm.ConcordanceOptions{Lang: language.English, Literal: true}, []string{"exact:drone", "exact:drone"}},
		{"drones", tm.ConcordanceOptions{Lang: language.English, Literal: true}, []string{"exact:drones"}},
		// Arabic clitics and article; Persian.
		{"داعش", tm.ConcordanceOptions{Lang: language.Arabic}, []string{"exact:داعش", "form:لداعش"}},
		{"دولة", tm.ConcordanceOptions{Lang: language.Arabic}, []string{"form:الدولة"}},
		// The indefinite accusative's alif (GTK's "choose a file"; trial42).
		{"ملف", tm.ConcordanceOptions{Lang: language.Arabic}, []string{"form:ملفًا"}},
		{"داعش", tm.ConcordanceOptions{Lang: language.Persian}, []string{"exact:داعش"}},
		{"Drohne", tm.ConcordanceOptions{Lang: language.German}, []string{"form:Drohnen"}},
		{"беспилотник", tm.ConcordanceOptions{Lang: language.Russian}, []string{"form:Беспилотники"}},
	}
	for _, tc := range tests {
		if got := concordance(t, d, tc.term, tc.opt); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Concordance(%q, %s literal %v) = %q; want %q", tc.term, tc.opt.Lang, tc.opt.Literal, got, tc.want)
		}
	}
	// Without the default glossary, no aliases; the TM's glossary adds them.
	noDef := tm.ConcordanceOptions{Lang: language.English, NoDefaultGlossary: true}
	if got := concordance(t, d, "ISIS", noDef); len(got) != 0 {
		t.Errorf("ISIS without a glossary = %q; want nothing", got)
	}
	if err := d.PutGlossary(ctx, []normalize.Entry{{Canonical: "Daesh", Variants: []string{"ISIS"}}}); err != nil {
		t.Fatal(err)
	}
	if got := concordance(t, d, "ISIS", noDef); !reflect.DeepEqual(got, []string{"variant:Daesh"}) {
		t.Errorf("ISIS with the TM's glossary = %q; want Daesh", got)
	}
}

func BenchmarkConcordance(b *testing.B) {
	d := openTemp(b)
	var units []tm.Unit
	for i := range 20000 {
		units = append(units, pair(fmt.Sprintf("Unit %d: the drone strike killed %d people near the city.", i, i%97),
			fmt.Sprintf("Unité %d : la frappe de drone a tué %d personnes.", i, i%97)))
	}
	if _, err := d.Import(ctx, seq(units...), tm.ImportOptions{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		n := 0
		for _, err := range d.Concordance(ctx, "drone strike", tm.ConcordanceOptions{Lang: language.English}) {
			if err != nil {
				b.Fatal(err)
			}
			if n++; n == 20 {
				break
			}
		}
	}
}
