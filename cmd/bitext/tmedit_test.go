package main

import (
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
		{[]string{"1", "--tgt", "fr"}, `bitext: error: unit 1: bad unit: “fr” is a language, not a text (the language of its translation)`},
		{[]string{"1", "--tgt", "FR "}, `“FR ” is a language, not a text (the language of its translation)`},
		{[]string{"1", "--tgt", "en"}, `“en” is a language, not a text (the language of its source)`},
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

// TestTMEditHelpExamples: tm edit's examples are what a user pastes
// first, edits of the translation: none changes the source (the second
// example edited the English source with --lang en), and the one with
// --lang names a third language of the unit.
func TestTMEditHelpExamples(t *testing.T) {
	help, _, code := runBitext(t, "", "tm", "edit", "--help")
	_, examples, ok := strings.Cut(help, "Examples:\n")
	examples, _, _ = strings.Cut(examples, "\n\n")
	if code != 0 || !ok || strings.Count(examples, "bitext tm edit") < 2 {
		t.Fatalf("tm edit --help: exit %d, no examples:\n%s", code, help)
	}
	for i, line := range strings.Split(examples, "\n") {
		if strings.Contains(line, "--lang en") || i < 2 && strings.Contains(line, "--lang") {
			t.Errorf("tm edit example %d edits the source or needs --lang first: %s", i+1, line)
		}
	}
}
