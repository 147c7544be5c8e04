package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestExportTMXOneLanguage checks that a TMX export given --src or --tgt
// alone is refused with what a TMX export needs: it said what a TSV or
// XLIFF export needs, formats the user had not asked for (trial42).
func TestExportTMXOneLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "de", "Good morning.", "Guten Morgen."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	for _, args := range [][]string{{"--src", "de"}, {"--tgt", "de"}, {"--src", "de", "--format", "tmx"}} {
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", db, "tm", "export"}, args...)...)
		if code != exitBadInput || stdout != "" {
			t.Errorf("tm export %v: exit %d, stdout %q; want exit 2, nothing written", args, code, stdout)
		}
		if !strings.Contains(stderr, "a TMX export with --src and --tgt keeps the units in both languages") || strings.Contains(stderr, "TSV") || strings.Contains(stderr, "XLIFF") {
			t.Errorf("tm export %v: stderr %q; want what a TMX export needs, not what TSV or XLIFF do", args, stderr)
		}
	}
}
