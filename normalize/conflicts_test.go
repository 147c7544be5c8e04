package normalize

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/bitext/bitext/tm/textio"
	"golang.org/x/text/language"
)

func TestConflicts(t *testing.T) {
	user := []Entry{
		{Canonical: "Zelensky", Variants: []string{"Zelenskyy", "Zelenskiy"}},
		{Canonical: "Islamic State", Variants: []string{"ISIS", "Daesh"}},
	}
	for _, tc := range []struct {
		name  string
		added []Entry
		want  []Conflict
	}{
		{"new entry", []Entry{{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}}}, nil},
		{"variants of an entry that exists", []Entry{{Canonical: "Zelensky", Variants: []string{"Zelenskij", "Selenskyj"}}}, nil},
		{"a variant claimed by another canonical", []Entry{{Canonical: "ISIL", Variants: []string{"Daesh", "Da'esh"}}},
			[]Conflict{{"Daesh", "ISIL", "Islamic State", "Daesh"}, {"Da'esh", "ISIL", "Islamic State", "Daesh"}}},
		// Spelling is the form itself where the other entry lists it,
		// though its canonical form has the same key.
		{"a canonical that is another entry's variant", []Entry{{Canonical: "Zelenskyy"}},
			[]Conflict{{"Zelenskyy", "Zelenskyy", "Zelensky", "Zelenskyy"}}},
		{"two added entries", []Entry{{Canonical: "Hezbollah", Variants: []string{"Hizbullah"}}, {Canonical: "Hizballah", Variants: []string{"Hizbollah"}}},
			[]Conflict{{"Hizbollah", "Hizballah", "Hezbollah", "Hizbullah"}}}, // Hezbollah and Hizbollah share a key
		{"two added entries, one key", []Entry{{Canonical: "Saeed Reza"}, {Canonical: "Saeedreza"}},
			[]Conflict{{"Saeedreza", "Saeedreza", "Saeed Reza", "Saeed Reza"}}},
		{"the default glossary is overridden, not in conflict", []Entry{{Canonical: "Kyiv", Variants: []string{"Kiev"}}}, nil},
	} {
		got := Conflicts(user, tc.added)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: Conflicts(user, %+v) = %+v; want %+v", tc.name, tc.added, got, tc.want)
		}
		err := CheckConflicts(user, tc.added)
		if (err != nil) != (len(tc.want) > 0) || err != nil && !textio.IsBadInput(err) {
			t.Errorf("%s: CheckConflicts = %v; want an error (bad input) iff there are conflicts", tc.name, err)
		}
	}
	err := CheckConflicts(user, []Entry{{Canonical: "ISIL", Variants: []string{"Daesh"}}})
	var ce *ConflictError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), `“Daesh” (a variant of “ISIL”) already belongs to the entry “Islamic State”`) {
		t.Errorf("CheckConflicts error = %v", err)
	}
	// A spelling that only shares its key with the other entry's says
	// which spelling that is: the glossary's list does not show
	// "Qasim Sulaimani" (before: "already belongs to the entry").
	err = CheckConflicts([]Entry{{Canonical: "Qasem Soleimani", Variants: []string{"Qasim Soleimani"}}}, []Entry{{Canonical: "Qasim Sulaimani"}})
	if want := `“Qasim Sulaimani” is a spelling of “Qasim Soleimani”, which already belongs to the entry “Qasem Soleimani”`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("CheckConflicts error = %v; want %q", err, want)
	}
	// The same, where the spelling with its key is the other entry's
	// canonical form: names list shows no "Reznykov" under "Reznikov".
	err = CheckConflicts([]Entry{{Canonical: "Reznikov", Variants: []string{"Reznikoff"}}}, []Entry{{Canonical: "Resnikov", Variants: []string{"Reznykov"}}})
	if want := `“Reznykov” (a variant of “Resnikov”) is a spelling of “Reznikov”, the canonical form of another entry`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("CheckConflicts error = %v; want %q", err, want)
	}
}

// TestConflictsLanguages: a spelling two canonical forms claim conflicts
// only when the two entries can apply to one text. Before, an IATE-style
// termbase (each language its own entry) was refused: French "Téhéran" and
// German "Teheran" share a key.
func TestConflictsLanguages(t *testing.T) {
	tags := func(s ...string) []language.Tag {
		var out []language.Tag
		for _, x := range s {
			out = append(out, language.MustParse(x))
		}
		return out
	}
	iate := []Entry{
		{Canonical: "Tehran", Langs: tags("en")},
		{Canonical: "Téhéran", Langs: tags("fr")},
		{Canonical: "Teheran", Langs: tags("de")},
	}
	for _, tc := range []struct {
		name            string
		existing, added []Entry
		want            []Conflict
	}{
		{"one language each", nil, iate, nil},
		{"added to a stored termbase", iate[:2], iate[2:], nil},
		{"a region of the same language", iate, []Entry{{Canonical: "Téhéran (Iran)", Variants: []string{"Teheran"}, Langs: tags("de-AT")}},
			[]Conflict{{"Teheran", "Téhéran (Iran)", "Teheran", "Teheran"}}},
		{"an entry for every language", iate, []Entry{{Canonical: "Tahran", Variants: []string{"Teheran"}}},
			[]Conflict{{"Teheran", "Tahran", "Téhéran", "Téhéran"}}},
		{"against an entry for every language", []Entry{{Canonical: "Teheran"}}, []Entry{{Canonical: "Téhéran", Langs: tags("fr")}},
			[]Conflict{{"Téhéran", "Téhéran", "Teheran", "Teheran"}}},
		// The stored French entry is made German: its stored spelling
		// now meets the German entry's.
		{"languages changed", iate, []Entry{{Canonical: "Téhéran", Langs: tags("de")}},
			[]Conflict{{"Téhéran", "Téhéran", "Teheran", "Teheran"}}},
		{"languages changed apart", []Entry{{Canonical: "Teheran"}, {Canonical: "Téhéran", Langs: tags("fr")}}, []Entry{{Canonical: "Teheran", Langs: tags("de")}}, nil},
		{"variants added, languages kept", iate, []Entry{{Canonical: "Téhéran", Variants: []string{"Teherán"}}}, nil},
	} {
		if got := Conflicts(tc.existing, tc.added); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Conflicts(%+v, %+v) = %+v; want %+v", tc.name, tc.existing, tc.added, got, tc.want)
		}
	}
}

func TestMissingEntries(t *testing.T) {
	// A variant is said to be one: before, "Qasem Soleimani" got "did you
	// mean" its entry, whose removal takes every other spelling with it.
	user := []Entry{{Canonical: "Saeed Reza"}, {Canonical: "Zelensky"}, {Canonical: "Qassem Soleimani", Variants: []string{"Qasem Soleimani", "Daesh"}}}
	// A default entry's canonical form says it cannot be removed, as
	// remove --variant does of a default variant (before: "no entry
	// "Hezbollah"" alone, as of a typo).
	got := MissingEntries(user, []string{"Zelensky", "Saeedreza", "Putin", "Qasem Soleimani", "Hezbollah"})
	want := []string{`no entry “Saeedreza” (did you mean “Saeed Reza”?)`, `no entry “Putin”`, `no entry “Qasem Soleimani” (a variant of “Qassem Soleimani”)`,
		`no entry “Hezbollah” (an entry of the default glossary, which cannot be removed: add a user entry to override it)`}
	if !slices.Equal(got, want) {
		t.Errorf("MissingEntries = %q; want %q", got, want)
	}
}

// TestLangChanges: adding to an entry with a language list replaces its
// languages (the TM's rule); the change is warned about. Before, 'names
// add Tehran Téhéran -l fr' silently took the entry away from English.
func TestLangChanges(t *testing.T) {
	en, fr := []language.Tag{language.English}, []language.Tag{language.French}
	stored := []Entry{{Canonical: "Tehran", Langs: en}, {Canonical: "Kyiv"}, {Canonical: "Paris", Langs: fr}}
	got := LangChanges(stored, []Entry{
		{Canonical: "Tehran", Variants: []string{"Téhéran"}, Langs: fr},
		{Canonical: "Kyiv", Langs: en},
		{Canonical: "Paris", Langs: fr},                      // the same languages
		{Canonical: "Tehran", Variants: []string{"Teheran"}}, // no list: kept
		{Canonical: "Rome", Langs: fr},                       // a new entry
	})
	want := []string{`“Tehran” now applies to fr only (it applied to en)`, `“Kyiv” now applies to en only (it applied to every language)`}
	if !slices.Equal(got, want) {
		t.Errorf("LangChanges = %q; want %q", got, want)
	}
}

func TestCheckVariants(t *testing.T) {
	user := []Entry{
		{Canonical: "Tehran", Variants: []string{"Teheran", "Téhéran"}},
		{Canonical: "Saeed Reza", Variants: []string{"Saeedreza"}},
	}
	if err := CheckVariants(user, []string{"Teheran", " Saeedreza "}); err != nil {
		t.Errorf("CheckVariants of two variants = %v; want nil", err)
	}
	err := CheckVariants(user, []string{"Téhéran", "Tehran", "teheran", "Kiev", "Nobody"})
	var ve *VariantError
	if !errors.As(err, &ve) || !textio.IsBadInput(err) {
		t.Fatalf("CheckVariants = %v; want a *VariantError, bad input", err)
	}
	want := []string{
		`“Tehran” is the canonical form of an entry, not a variant`,
		`no variant “teheran” in the user's glossary (its entry “Tehran” has “Teheran”, “Téhéran”)`,
		`no variant “Kiev” in the user's glossary (a variant of the default glossary's “Kyiv”, which cannot be removed: add a user entry to override it)`,
		`no variant “Nobody” in the user's glossary`,
	}
	if !slices.Equal(ve.Problems, want) {
		t.Errorf("CheckVariants problems =\n%q\nwant\n%q", ve.Problems, want)
	}
}

// TestConflictWhere: a conflict that storing a glossary file finds names
// the line that gives the spelling, in each format (the TBX concept
// entry's element), as a malformed row does; a spelling the file merges
// into an entry given on an earlier line keeps its own line.
func TestConflictWhere(t *testing.T) {
	existing := []Entry{{Canonical: "Islamic State", Variants: []string{"Daesh"}}}
	for _, c := range []struct {
		name, in, want string
	}{
		{"g.tsv", "canonical\tkind\tvariants\n# a comment\nA B\tperson\tA-B\n\nISIL\torg\tDaesh\n", "g.tsv:5: “Daesh” (a variant of “ISIL”) already belongs to the entry “Islamic State”"},
		{"g.tsv", "ISIL\torg\tISIL group\nISIL\torg\tDaesh\n", "g.tsv:2: “Daesh” (a variant of “ISIL”)"},
		{"g.csv", "canonical,kind,variants\n\"A B\",person,\"A-B\"\n\"ISIL\",org,\"Daesh\"\n", "g.csv:3: “Daesh”"},
		{"g.jsonl", "{\"canonical\":\"A B\"}\n\n{\"canonical\":\"ISIL\",\"variants\":[\"Daesh\"]}\n", "g.jsonl:3: “Daesh”"},
		{"g.tbx", "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\">\n<text><body>\n<conceptEntry id=\"1\">\n<langSec xml:lang=\"en\">\n<termSec><term>A B</term></termSec>\n</langSec>\n</conceptEntry>\n<conceptEntry id=\"2\">\n<langSec xml:lang=\"en\">\n<termSec><term>ISIL</term></termSec>\n<termSec><term>Daesh</term></termSec>\n</langSec>\n</conceptEntry>\n</body></text>\n</tbx>\n", "g.tbx:9: “Daesh”"},
	} {
		es, o, err := ReadEntriesWithOrigins(strings.NewReader(c.in), c.name, FormatAuto)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		err = o.Place(CheckConflicts(existing, es))
		if _, ok := errors.AsType[*ConflictError](err); !ok {
			t.Fatalf("%s: CheckConflicts = %v; want a *ConflictError", c.name, err)
		}
		if got := err.Error(); !strings.HasPrefix(got, "glossary conflict: "+c.want) {
			t.Errorf("%s: %s; want it to start %q", c.name, got, "glossary conflict: "+c.want)
		}
	}
}

// TestMessagesQuoteNamesAsWritten holds normalize's messages to
// textio.QuoteText: a Persian or Arabic name reads as it is written (its
// zero-width non-joiner kept), where %q showed \u200c and \u0642...
func TestMessagesQuoteNamesAsWritten(t *testing.T) {
	const fa = "قاسم سلیمانی\u200cها" // with a ZWNJ
	c := Conflict{Form: fa, Canonical: "Qasem Soleimani", Other: "سلیمانی", Spelling: fa}
	got := []string{
		c.String(),
		strings.Join(LangChanges([]Entry{{Canonical: fa}}, []Entry{{Canonical: fa, Langs: []language.Tag{language.Persian}}}), "; "),
		strings.Join(MissingEntries([]Entry{{Canonical: "Qasem Soleimani", Variants: []string{fa}}}, []string{fa}), "; "),
		fmt.Sprint(CheckVariants([]Entry{{Canonical: fa, Variants: []string{"Ghasem"}}}, []string{fa})),
	}
	want := []string{
		"“" + fa + "” (a variant of “Qasem Soleimani”) already belongs to the entry “سلیمانی”",
		"“" + fa + "” now applies to fa only (it applied to every language)",
		"no entry “" + fa + "” (a variant of “Qasem Soleimani”)",
		"“" + fa + "” is the canonical form of an entry, not a variant",
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("message %d = %s; want it to hold %s", i, got[i], want[i])
		}
		if strings.Contains(got[i], `\u`) {
			t.Errorf("message %d = %s; escapes a name", i, got[i])
		}
	}
}
