package normalize

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/language"
)

func TestBuildGlossary(t *testing.T) {
	user := []Entry{
		{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}},
		{Canonical: "Téhéran", Variants: []string{"Teheran"}, Langs: []language.Tag{language.French}},
	}
	for _, tc := range []struct {
		name string
		user []Entry
		opt  GlossaryOptions
		text string
		want string // rewritten text
	}{
		{"default", nil, GlossaryOptions{}, "Teheran and Saeedreza", "Tehran and Saeedreza"},
		// With no language every entry applies, and the user's win.
		{"user over default", user, GlossaryOptions{}, "Teheran and Saeedreza", "Téhéran and Saeed Reza"},
		{"english text", user, GlossaryOptions{Lang: language.English}, "Teheran and Saeedreza", "Tehran and Saeed Reza"},
		{"no default", user, GlossaryOptions{NoDefault: true}, "Qasim Soleimani and Saeedreza", "Qasim Soleimani and Saeed Reza"},
		{"french text", user, GlossaryOptions{Lang: language.French}, "Teheran and Qasim Soleimani", "Téhéran and Qasim Soleimani"},
		{"british text", nil, GlossaryOptions{Lang: language.BritishEnglish}, "Teheran", "Tehran"},
	} {
		var out strings.Builder
		if err := BuildGlossary(tc.user, tc.opt).Rewrite(&out, strings.NewReader(tc.text), nil); err != nil {
			t.Fatal(err)
		}
		if out.String() != tc.want {
			t.Errorf("%s: BuildGlossary(%+v).Rewrite(%q) = %q; want %q", tc.name, tc.opt, tc.text, out.String(), tc.want)
		}
	}
	if BuildGlossary(nil, GlossaryOptions{}) != DefaultGlossary() {
		t.Errorf("BuildGlossary(nil, zero) compiled the default glossary again")
	}
	if n := len(GlossaryEntries(user, GlossaryOptions{NoDefault: true, Lang: language.English})); n != 1 {
		t.Errorf("GlossaryEntries(user, NoDefault, en) has %d entries; want 1", n)
	}
}

// TestBuildGlossaryTermbase: an IATE-style termbase gives each language its
// own entry, and entries of other languages may share a key (French
// "Téhéran", German "Teheran"; Conflicts lets them be stored): a text of a
// language is rewritten to its language's entry, whichever comes later; a
// text of no known language by neither (before, the later one won).
func TestBuildGlossaryTermbase(t *testing.T) {
	iate := []Entry{
		{Canonical: "Tehran", Langs: []language.Tag{language.English}},
		{Canonical: "Teheran", Langs: []language.Tag{language.German}},
		{Canonical: "Téhéran", Langs: []language.Tag{language.French}},
	}
	const text = "Teheran, Téhéran, TEHERAN."
	for _, entries := range [][]Entry{iate, {iate[2], iate[1], iate[0]}} {
		for lang, want := range map[language.Tag]string{
			language.French:             "Téhéran, Téhéran, TÉHÉRAN.",
			language.German:             "Teheran, Teheran, TEHERAN.",
			language.MustParse("de-CH"): "Teheran, Teheran, TEHERAN.",
			language.Italian:            text, // no entry for Italian: nothing rewritten
			// No language known: the French and German entries compete
			// for the spelling, and neither rewrites it.
			language.Und: text,
		} {
			var out strings.Builder
			if err := BuildGlossary(entries, GlossaryOptions{Lang: lang}).Rewrite(&out, strings.NewReader(text), nil); err != nil {
				t.Fatal(err)
			}
			if out.String() != want {
				t.Errorf("BuildGlossary(%s first, %v).Rewrite(%q) = %q; want %q", entries[0].Canonical, lang, text, out.String(), want)
			}
		}
	}
}

func TestGlossarySet(t *testing.T) {
	set := NewGlossarySet([]Entry{{Canonical: "Téhéran", Variants: []string{"Teheran"}, Langs: []language.Tag{language.French}}}, false)
	fr, en := set.For(language.French), set.For(language.English)
	if fr != set.For(language.French) {
		t.Errorf("GlossarySet.For(fr) compiled the glossary twice")
	}
	for g, want := range map[*Glossary]string{fr: "Téhéran", en: "Tehran"} {
		if e, ok := g.Lookup("Teheran"); !ok || e.Canonical != want {
			t.Errorf("Lookup(Teheran) = %+v, %v; want %s", e, ok, want)
		}
	}
}

func TestCapitalizesNouns(t *testing.T) {
	for tag, want := range map[string]bool{"de": true, "de-CH": true, "lb": true, "gsw": true, "en": false, "und": false, "nl": false} {
		if got := CapitalizesNouns(language.MustParse(tag)); got != want {
			t.Errorf("CapitalizesNouns(%s) = %v; want %v", tag, got, want)
		}
	}
	if d := NewDiscovererFor(language.German); d.MinWords != 2 {
		t.Errorf("NewDiscovererFor(de).MinWords = %d; want 2", d.MinWords)
	}
	if d := NewDiscovererFor(language.Und); d.MinWords > 1 {
		t.Errorf("NewDiscovererFor(und).MinWords = %d; want at most 1", d.MinWords)
	}
}

// TestAddReaderLongLine feeds AddReader a 3 MB input without a line break:
// it is handed over in pieces cut at spaces, and the variants spread over
// the whole line are still counted together.
func TestAddReaderLongLine(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3<<20; i++ {
		if i%2 == 0 {
			sb.WriteString("Officials said Qassem Soleimani met them on Monday, and ")
		} else {
			sb.WriteString("reports said Qasem Suleimani had travelled to Baghdad before, while ")
		}
	}
	d := NewDiscoverer()
	if err := d.AddReader(context.Background(), strings.NewReader(sb.String())); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Clusters(SameThreshold) {
		forms := map[string]int{}
		for _, v := range c.Variants {
			forms[v.Form] = v.Count
		}
		if forms["Qassem Soleimani"] > 10000 && forms["Qasem Suleimani"] > 10000 {
			return
		}
	}
	t.Errorf("AddReader on one long line: no cluster with both spellings in %+v", d.Clusters(SameThreshold))
}

func TestAddReaderStops(t *testing.T) {
	text := strings.Repeat("Qassem Soleimani met Qasem Suleimani.\n\n", 10)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := NewDiscoverer().AddReader(ctx, strings.NewReader(text)); !errors.Is(err, context.Canceled) {
		t.Errorf("AddReader(cancelled) = %v; want context.Canceled", err)
	}
	boom := errors.New("boom")
	d := NewDiscoverer()
	err := d.AddReader(context.Background(), io.MultiReader(strings.NewReader(text), iotest.ErrReader(boom)))
	if err != boom {
		t.Errorf("AddReader(failing reader) = %v; want %v", err, boom)
	}
	if len(d.Clusters(SameThreshold)) == 0 {
		t.Errorf("AddReader(failing reader) dropped the text read before the error")
	}
}
