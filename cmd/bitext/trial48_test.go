package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditTgtIsNotALanguage: every command but tm edit takes the target
// language in --tgt; tm edit takes the new text there. `tm edit 1 --tgt
// fr` (the text left for later, or thought to come from standard input)
// replaced the unit's French translation with the two letters "fr", exit
// 0, and lookups offered "fr" as a 100% match; `tm edit 1 --tgt fr "Le
// texte"` said only "give one unit id". Both are now refused (exit 2),
// saying that --tgt takes the text and --lang the language, and the unit
// is left as it was. With --lang given, the text is taken as it is
// (a French "en" may be a translation of "in").
func TestEditTgtIsNotALanguage(t *testing.T) {
	_, db := oneUnitTM(t)
	lookup := func() string {
		t.Helper()
		out, stderr, code := runBitext(t, "", "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "The talks ended on Friday.")
		if code != 0 {
			t.Fatalf("tm lookup: exit %d: %s", code, stderr)
		}
		return out
	}
	const kept = "100\tLes pourparlers ont pris fin vendredi.\n"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"1", "--tgt", "fr"}, `bitext: error: unit 1: bad unit: "fr" is a language, not a text (the language of its translation)`},
		{[]string{"1", "--tgt", "FR "}, `"FR " is a language, not a text (the language of its translation)`},
		{[]string{"1", "--tgt", "en"}, `"en" is a language, not a text (the language of its source)`},
		{[]string{"1", "--tgt", "fr", "Les pourparlers se sont achevés vendredi."}, `tm edit takes one unit id, the new text in --tgt and its language in --lang`},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"--db", db, "tm", "edit"}, tc.args...)...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("tm edit %q: exit %d, said\n%s\nwant exit 2 and %q", tc.args, code, stderr, tc.want)
		}
		if got := lookup(); !strings.HasPrefix(got, kept) {
			t.Fatalf("after tm edit %q the unit reads\n%s\nwant it unchanged: %q", tc.args, got, kept)
		}
	}
	_, stderr, _ := runBitext(t, "", "--db", db, "tm", "edit", "1", "--tgt", "fr")
	if !strings.Contains(stderr, `bitext: hint: tm edit takes the new text in --tgt and the language in --lang: tm edit 1 --tgt "the new text"; with --lang, --tgt fr is taken as the text`) {
		t.Errorf("tm edit 1 --tgt fr: no hint of the right command:\n%s", stderr)
	}

	// --lang given: the text is the user's word.
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "edit", "1", "--lang", "fr", "--tgt", "fr"); code != 0 {
		t.Fatalf("tm edit 1 --lang fr --tgt fr: exit %d: %s", code, stderr)
	}
	if got := lookup(); !strings.HasPrefix(got, "100\tfr\n") {
		t.Errorf("after tm edit 1 --lang fr --tgt fr the unit reads\n%s", got)
	}
	// A text that is some other language's tag is a text ("de", French for "of").
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "edit", "1", "--tgt", "de"); code != 0 {
		t.Fatalf("tm edit 1 --tgt de (not a language of the unit): exit %d: %s", code, stderr)
	}
}

// TestExportSaysPairNotHeld: tm export --src en --tgt de of an
// English-French TM wrote an empty TMX (or TSV, XLIFF) and exited 0
// without a word, as lookups did before branch left46: a team exporting
// the pair for a vendor got an empty file. It now says, on standard
// error, that it exported no units and which pairs the TM holds (exit 0,
// the file as before); an export in a pair the TM holds says nothing.
func TestExportSaysPairNotHeld(t *testing.T) {
	dir, db := oneUnitTM(t)
	const note = "bitext: note: exported no units: the TM holds no units in en-de (its language pairs: en-fr)\n"
	for _, format := range []string{"tmx", "tsv", "xliff"} {
		out, stderr, code := runBitext(t, "", "--db", db, "tm", "export", "--src", "en", "--tgt", "de", "--format", format)
		if code != 0 || stderr != note || strings.Contains(out, "pourparlers") {
			t.Errorf("tm export --src en --tgt de --format %s: exit %d, said\n%s\nwant exit 0 and\n%s", format, code, stderr, note)
		}
	}
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "export", "--src", "en", "--tgt", "de", "-o", dir+"/x.tmx"); code != 0 || stderr != note {
		t.Errorf("tm export --src en --tgt de -o x.tmx: exit %d, said\n%s", code, stderr)
	}
	for _, args := range [][]string{{"--src", "en", "--tgt", "fr"}, {"--src", "fr", "--tgt", "en", "--format", "tsv"}, {}} {
		out, stderr, code := runBitext(t, "", append([]string{"--db", db, "tm", "export"}, args...)...)
		if code != 0 || stderr != "" || !strings.Contains(out, "pourparlers") {
			t.Errorf("tm export %q: exit %d, said %q; want the unit and nothing said", args, code, stderr)
		}
	}
}

// TestAlignIntoOtherEnglishAsFrench: align --into of the seed article
// and a second English version of it saved as story.fr.txt (the wrong
// file) stored 13 English pairs as English-French, exit 0: a target that
// reads as the source's language passed as an untranslated copy. It is
// now refused (exit 2) unless it is mostly the source's words, and no TM
// is made.
func TestAlignIntoOtherEnglishAsFrench(t *testing.T) {
	dir := t.TempDir()
	src, tgt := filepath.Join(dir, "story.en.txt"), filepath.Join(dir, "story.fr.txt")
	for f, from := range map[string]string{src: "irgc-iraq.en.txt", tgt: "irgc-iraq.en2.txt"} {
		if err := os.WriteFile(f, []byte(readTestFile(t, "../../testdata/"+from)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "tm.db")
	_, stderr, code := runBitext(t, "", "--db", db, "align", "--into", src, tgt)
	if want := "bitext: error: read " + tgt + ": it reads as English, not French (fr): "; code != 2 || !strings.HasPrefix(stderr, want) {
		t.Errorf("align --into of two English versions, one named .fr: exit %d, said\n%s\nwant exit 2 and %q...", code, stderr, want)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("the refused alignment made a TM: %v", err)
	}
}

// TestPretranslateBackRefusesLanguages: tm pretranslate --back takes the
// languages from the XLIFF file; --src de --tgt ja with an English-French
// XLIFF were taken and not used (exit 0), and --src alone said "--tgt is
// required", as if --back needed both. Both are now a usage error saying
// that the file gives the languages, and nothing is written.
func TestPretranslateBackRefusesLanguages(t *testing.T) {
	dir, xlf, _ := pretranslatedXLIFF(t, "The talks ended on Friday.\n")
	out := filepath.Join(dir, "a.fr.txt")
	for _, langs := range [][]string{{"--src", "de", "--tgt", "ja"}, {"--src", "en"}, {"--tgt", "fr"}, {"--src", "en", "--tgt", "fr"}} {
		_, stderr, code := runBitext(t, "", append([]string{"tm", "pretranslate", "--back", xlf, "-o", out}, langs...)...)
		if want := "bitext: error: --back takes the languages from the XLIFF file (its source-language and target-language): leave out --src and --tgt\n"; code != 2 || !strings.HasPrefix(stderr, want) {
			t.Errorf("--back %q: exit %d, said\n%s\nwant exit 2 and %q", langs, code, stderr, want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatalf("--back %q wrote %s", langs, out)
		}
	}
	if _, stderr, code := runBitext(t, "", "tm", "pretranslate", "--back", xlf, "-o", out); code != 0 {
		t.Errorf("--back without languages: exit %d: %s", code, stderr)
	}
}

// TestCopyRefusesGlossaryConflict: tm copy merged the source's glossary
// into the destination's entry by entry without the check names add and
// names import make: "Ghasem Soleimani", an entry of the destination, was
// stored as a variant of the source's "Qassem Soleimani" too, exit 0. The
// glossary then rewrote one spelling two ways, and its own export no
// longer imported ("glossary conflict"). The copy is now refused (exit 2)
// naming the conflict, and nothing of it is stored.
func TestCopyRefusesGlossaryConflict(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "from.db"), filepath.Join(dir, "to.db")
	for _, args := range [][]string{
		{"--db", from, "names", "add", "--kind", "person", "Qassem Soleimani", "Ghasem Soleimani"},
		{"--db", from, "tm", "add", "--src", "en", "--tgt", "fr", "The talks ended.", "Les pourparlers ont pris fin."},
		{"--db", to, "names", "add", "--kind", "person", "Ghasem Soleimani", "Qasem Soleimani"},
	} {
		if _, stderr, code := runBitext(t, "", args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
	}
	glossary := func() string {
		t.Helper()
		out, stderr, code := runBitext(t, "", "--db", to, "names", "export")
		if code != 0 {
			t.Fatalf("names export: exit %d: %s", code, stderr)
		}
		return out
	}
	before := glossary()
	_, stderr, code := runBitext(t, "", "tm", "copy", "--from", from, "--to", to)
	if code != 2 || !strings.Contains(stderr, "glossary conflict: ") || !strings.Contains(stderr, `"Ghasem Soleimani"`) {
		t.Errorf("tm copy of a glossary that conflicts with the destination's: exit %d, said\n%s\nwant exit 2 and the conflict", code, stderr)
	}
	if got := glossary(); got != before {
		t.Errorf("after the refused copy the glossary is\n%s\nwant it as it was\n%s", got, before)
	}
	if out, _, _ := runBitext(t, "", "--db", to, "tm", "stats"); !strings.Contains(out, "units\t0\n") {
		t.Errorf("after the refused copy the destination holds units:\n%s", out)
	}
}
