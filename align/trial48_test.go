package align

import (
	"errors"
	"strings"
	"testing"
)

// TestReadPairLanguageNotACopy: a target that reads as the source's
// language was let through as an untranslated copy of the source (whose
// beads tm leaves out as repeating it), whatever it was: a second English
// version of the seed article given as French (story.fr.txt, the wrong
// file) was aligned and its 13 pairs stored as English-French, exit 0. A
// document in the other's language is now taken as a copy only when most
// of its runs of three words are the other's; else it is refused as a
// document in the wrong language. An untranslated copy, whole or with a
// few paragraphs translated, is read as before.
func TestReadPairLanguageNotACopy(t *testing.T) {
	en, en2, fr := readTestdata(t, "irgc-iraq.en.txt"), readTestdata(t, "irgc-iraq.en2.txt"), readTestdata(t, "irgc-iraq.fr.txt")
	err := readPairLangs(en, en2, "en", "fr")
	const want = "read b.txt: it reads as English, not French (fr): "
	if err == nil || !errors.Is(err, ErrLanguage) || !strings.HasPrefix(err.Error(), want) ||
		!strings.Contains(err.Error(), "is its language English (en)? It is no untranslated copy of the source (") {
		t.Errorf("a second English version given as French: %v; want %q ... is its language English (en)? It is no untranslated copy of the source (...)", err, want)
	}
	if err := readPairLangs(en2, en, "fr", "en"); err == nil || !strings.HasPrefix(err.Error(), "read a.txt: it reads as English, not French (fr): ") {
		t.Errorf("a second English version given as the French source: %v; want it refused", err)
	}
	paras := strings.Split(en, "\n\n")
	frParas := strings.Split(fr, "\n\n")
	for _, c := range []struct{ name, tgt string }{
		{"an untranslated copy", en},
		{"a copy with its first paragraphs translated", strings.Join(append(frParas[:3:3], paras[3:]...), "\n\n")},
		{"a copy edited here and there", strings.ReplaceAll(strings.ReplaceAll(en, "Iraq", "Irak"), "Minister", "minister")},
	} {
		if err := readPairLangs(en, c.tgt, "en", "fr"); err != nil {
			t.Errorf("%s: %v; want it read", c.name, err)
		}
	}
	if err := readPairLangs(en, en2, "en", "en"); err != nil {
		t.Errorf("two English versions declared so: %v", err)
	}
}
