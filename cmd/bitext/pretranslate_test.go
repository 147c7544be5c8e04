package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
