package normalize

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// bigUserGlossary returns n synthetic user entries shaped like a names
// list's (testdata/bench/glossgen makes a more varied one for the CLI):
// persons of two words with two variants, places of one word with one,
// organisations of three words with an acronym; every fifth entry is for
// English only. Names are syllables counted out from i, so no two entries
// share a key.
func bigUserGlossary(n int) []Entry {
	syl := strings.Fields("ba de fi go ku la me ni po ru sa te vi zo ka")
	name := func(i, w int) string {
		var b strings.Builder
		for range w {
			b.WriteString(syl[i%len(syl)])
			i /= len(syl)
		}
		s := b.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	out := make([]Entry, 0, n)
	for i := range n {
		var e Entry
		a, b := name(i, 4)+"n", name(i*7+3, 3)+"r"
		switch i % 10 {
		case 0, 1, 2, 3, 4, 5:
			e = Entry{Canonical: a + " " + b, Kind: KindPerson, Variants: []string{a + " " + b + "r", a + "e " + b}}
		case 6, 7:
			e = Entry{Canonical: a + "abad", Kind: KindPlace, Variants: []string{a + "aabad"}}
		default:
			e = Entry{Canonical: "National " + a + " Front", Kind: KindOrg, Variants: []string{fmt.Sprintf("N%cF", a[0]), "National " + a + "e Front"}}
		}
		if i%5 == 0 {
			e.Langs = []language.Tag{language.English}
		}
		out = append(out, e)
	}
	return out
}

// BenchmarkBuildBigGlossary compiles the glossary normalize uses for a
// text of no known language (the default entries under 200,000 user
// entries) and for English: what every 'normalize', 'names match' and
// /normalize request paid before anything is found.
func BenchmarkBuildBigGlossary(b *testing.B) {
	user := bigUserGlossary(200000)
	for _, lang := range []language.Tag{language.Und, language.English} {
		b.Run(lang.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				BuildGlossary(user, GlossaryOptions{Lang: lang})
			}
		})
	}
}

// TestMergeEntriesChainedOverride: MergeEntries reads only the user's
// forms that overrideWords may look up (overIndex), among them the forms
// whose first word only a canonical form put in a base entry's canonical
// brings in: "Alpha" becomes "Delta Echo", whose "Echo Bravo" becomes
// "Foxtrot".
func TestMergeEntriesChainedOverride(t *testing.T) {
	base := []Entry{{Canonical: "Alpha Bravo Charlie", Variants: []string{"Alfa Bravo Charlie"}}}
	user := []Entry{
		{Canonical: "Foxtrot", Variants: []string{"Echo Bravo"}}, // before the entry that brings its word in
		{Canonical: "Delta Echo", Variants: []string{"Alpha"}},
		{Canonical: "Golf Hotel", Variants: []string{"India"}}, // no word of the base entry
	}
	got := MergeEntries(base, user)
	if len(got) != 4 || got[0].Canonical != "Delta Foxtrot Charlie" {
		t.Fatalf("MergeEntries: got %q, want the base entry as \"Delta Foxtrot Charlie\" and the 3 user entries", got)
	}
	if want := []string{"Alpha Bravo Charlie", "Alfa Bravo Charlie"}; !slices.Equal(got[0].Variants, want) {
		t.Errorf("variants %q, want %q", got[0].Variants, want)
	}
}

// TestBuildGlossarySameAsParts: BuildGlossary (each form's key computed
// once) finds in a text what NewGlossary of
// the entries GlossaryEntries gives finds, entry for entry, for a large
// user glossary with entries over default ones and entries for English
// only, for a text of any language, English and German.
func TestBuildGlossarySameAsParts(t *testing.T) {
	user := append(bigUserGlossary(3000),
		Entry{Canonical: "Zelensky", Variants: []string{"Zelenskyy", "Zelenskiy"}},
		Entry{Canonical: "Qasem Soleimani", Kind: KindPerson},
		Entry{Canonical: "Kyiv", Variants: []string{"Kiew", "Kyjiw"}, Langs: []language.Tag{language.German}},
		Entry{Canonical: "Teheran", Langs: []language.Tag{language.German}},
		Entry{Canonical: "Téhéran", Langs: []language.Tag{language.French}},
	)
	var text strings.Builder
	for i, e := range user {
		if i%7 == 0 {
			fmt.Fprintf(&text, "Then %s met %s in Kiev and Tehran. ", e.Canonical, strings.Join(e.Variants, " and "))
		}
	}
	text.WriteString("Volodymyr Zelenskiy, Qassem Suleimani, ISIS and the IRGC.")
	for _, lang := range []language.Tag{language.Und, language.English, language.German} {
		for _, noDefault := range []bool{false, true} {
			opt := GlossaryOptions{Lang: lang, NoDefault: noDefault}
			ref := user
			if lang == language.Und {
				ref, _ = withoutRivals(user, joinedKeys(user))
			}
			want := NewGlossary(GlossaryEntries(ref, opt))
			for _, g := range []*Glossary{BuildGlossary(user, opt), NewGlossarySet(user, noDefault).For(lang)} {
				if !slices.EqualFunc(g.Entries(), want.Entries(), sameEntry) {
					t.Fatalf("%v %v: the entries differ", lang, noDefault)
				}
				got, exp := slices.Collect(g.Find(text.String())), slices.Collect(want.Find(text.String()))
				if len(exp) < 400 {
					t.Fatalf("%v: only %d mentions: the test finds too little", lang, len(exp))
				}
				if !slices.Equal(got, exp) {
					t.Errorf("%v %v: %d mentions, want %d (or they differ)", lang, noDefault, len(got), len(exp))
				}
			}
		}
	}
}

// TestGlossaryCache: the cache returns the set it compiled while the
// entries are the same, field for field, and a new one when anything
// differs.
func TestGlossaryCache(t *testing.T) {
	var c GlossaryCache
	user := []Entry{{Canonical: "Qazemi", Variants: []string{"Kazemi"}}}
	a := c.Set(user, false)
	if b := c.Set([]Entry{{Canonical: "Qazemi", Variants: []string{"Kazemi"}}}, false); b != a {
		t.Error("the same entries read again: compiled again")
	}
	if c.Set(user, true) == a {
		t.Error("noDefault: the set without it")
	}
	if _, ok := c.Set([]Entry{{Canonical: "Qazemi", Variants: []string{"Kazemi", "Ghazemi"}}}, false).For(language.English).Lookup("Ghazemi"); !ok {
		t.Error("a variant added: not in the glossary")
	}
	for _, changed := range [][]Entry{
		nil,
		{{Canonical: "Qazemi", Variants: []string{"Kazemi", "Ghazemi"}}},
		{{Canonical: "Qazemi", Variants: []string{"Kazemi"}, Kind: KindPerson}},
		{{Canonical: "Qazemi", Variants: []string{"Kazemi"}, Langs: []language.Tag{language.French}}},
		{{Canonical: "Qazemi", Variants: []string{"Kazemi"}}, {Canonical: "Zelensky"}},
	} {
		before := c.Set(user, false)
		if c.Set(user, false) != before {
			t.Fatal("the same entries twice: two sets")
		}
		s := c.Set(changed, false)
		if s == before {
			t.Errorf("%q: the set of %q", changed, user)
		}
	}
}

// TestSameEntryComparesEveryField: sameEntry decides whether the
// GlossaryCache compiles anew, so a field Entry gains must be compared
// there too, or a change to it would not reach a running server.
func TestSameEntryComparesEveryField(t *testing.T) {
	compared := []string{"Canonical", "Variants", "Kind", "Langs"}
	typ := reflect.TypeFor[Entry]()
	var fields []string
	for f := range typ.Fields() {
		fields = append(fields, f.Name)
	}
	if !slices.Equal(fields, compared) {
		t.Errorf("Entry's fields are %v, sameEntry compares %v: compare the new field there and list it here", fields, compared)
	}
}

// BenchmarkGlossaryCacheHit is what a server request pays for the user's
// glossary of 200,000 entries once compiled: comparing the entries it
// read with those the cache keeps (a copy, as each read makes).
func BenchmarkGlossaryCacheHit(b *testing.B) {
	user := bigUserGlossary(200000)
	var c GlossaryCache
	c.Set(user, false).For(language.English)
	again := slices.Clone(user)
	b.ReportAllocs()
	for b.Loop() {
		c.Set(again, false).For(language.English)
	}
}
