package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAlignWrongLanguage runs the CLI on the seed article's versions:
// German and French swapped is bad input (exit 2) naming the file, the
// language it reads as and the swap; French given as Spanish names
// French; two agencies' English versions (en/en) and a French version
// that keeps half its paragraphs in English are aligned.
func TestAlignWrongLanguage(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("BITEXT_DB", "")
	t.Setenv("XDG_DATA_HOME", dir)
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	en, fr := strings.Split(read("irgc-iraq.en.txt"), "\n"), strings.Split(read("irgc-iraq.fr.txt"), "\n")
	var mixed []string // the French version, its even paragraphs left in English
	for i := range min(len(en), len(fr)) {
		if i%2 == 0 {
			mixed = append(mixed, en[i])
		} else {
			mixed = append(mixed, fr[i])
		}
	}
	files := map[string]string{
		"story.de.txt": read("irgc-iraq.de.txt"), "story.fr.txt": read("irgc-iraq.fr.txt"),
		"story.en.txt": read("irgc-iraq.en.txt"), "story.en2.txt": read("irgc-iraq.en2.txt"),
		"mixed.fr.txt": strings.Join(mixed, "\n"),
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--src", "de", "--tgt", "fr", p("story.fr.txt"), p("story.de.txt")}, "read " + p("story.fr.txt") + ": it reads as French, not German (de): "},
		{[]string{"--src", "en", "--tgt", "es", p("story.en.txt"), p("story.fr.txt")}, "read " + p("story.fr.txt") + ": it reads as French, not Spanish (es): "},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"align"}, c.args...)...)
		if code != exitBadInput || !strings.Contains(stderr, c.want) {
			t.Errorf("align %q: exit %d, stderr %q; want exit 2 and %q", c.args, code, stderr, c.want)
		}
	}
	_, stderr, _ := runBitext(t, "", "align", "--src", "de", "--tgt", "fr", p("story.fr.txt"), p("story.de.txt"))
	if !strings.Contains(stderr, "are the source and target swapped?") {
		t.Errorf("swapped de/fr: stderr %q; want it to say the source and target are swapped", stderr)
	}
	for _, args := range [][]string{
		{"--src", "de", "--tgt", "fr", p("story.de.txt"), p("story.fr.txt")},
		{"--src", "en", "--tgt", "en", p("story.en.txt"), p("story.en2.txt")},
		{"--src", "en", "--tgt", "fr", p("story.en.txt"), p("mixed.fr.txt")},
	} {
		if out, stderr, code := runBitext(t, "", append([]string{"align"}, args...)...); code != 0 || out == "" {
			t.Errorf("align %q: exit %d, stderr %q; want it aligned", args, code, stderr)
		}
	}
}

// TestAlignBatchWrongLanguageLine: in a batch, a document in the wrong
// language or script is reported with the manifest's line, as a file that
// does not open is, and nothing is stored; before, only the file was
// named, which does not say which line of a long manifest to fix.
func TestAlignBatchWrongLanguageLine(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, name := range []string{"irgc-iraq.en.txt", "irgc-iraq.de.txt", "irgc-iraq.fr.txt"} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(p(name), b, 0o644)
	}
	os.WriteFile(p("lang.tsv"), []byte("# pairs\n\nirgc-iraq.en.txt\tirgc-iraq.de.txt\ten\tfr\nirgc-iraq.en.txt\tirgc-iraq.fr.txt\ten\tfr\n"), 0o644)
	os.WriteFile(p("script.tsv"), []byte("irgc-iraq.en.txt\tirgc-iraq.fr.txt\ten\tfa\n"), 0o644)
	db := p("tm.db")
	for m, want := range map[string]string{
		"lang.tsv":   p("lang.tsv") + ":3: read " + p("irgc-iraq.de.txt") + ": it reads as German, not French (fr): ",
		"script.tsv": p("script.tsv") + ":1: read " + p("irgc-iraq.fr.txt") + ": ",
	} {
		_, stderr, code := runBitext(t, "", "--db", db, "align", "--batch", "--into", p(m))
		if code != exitBadInput || !strings.Contains(stderr, want) {
			t.Errorf("align --batch --into %s: exit %d, stderr %q; want exit 2 and %q", m, code, stderr, want)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("align --batch --into %s: the TM %s was made; nothing should be stored", m, db)
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
