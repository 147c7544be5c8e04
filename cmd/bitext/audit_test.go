package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAuditSilentAnswers: commands that answered a mistake with nothing
// and exit 0 (an empty query; a --doc that names no stored document,
// typed wrong) say what is wrong, exit 2, and write nothing.
func TestAuditSilentAnswers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "add", "--src", "en", "--tgt", "fr", "Good morning.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	out := filepath.Join(dir, "out.tmx")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", ""}, []string{"TEXT is empty"}},
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", "   "}, []string{"TEXT is empty"}},
		{[]string{"tm", "lookup", "--src", "en", "--tgt", "fr", "--doc", "typo.tmx", "Good morning."}, []string{"typo.tmx", "no such document"}},
		{[]string{"tm", "export", "--doc", "typo.tmx", "-o", out}, []string{"typo.tmx", "no such document"}},
	} {
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", db}, tc.args...)...)
		if code != exitBadInput || stdout != "" {
			t.Errorf("bitext %q: exit %d, stdout %q; want exit 2 and nothing", tc.args, code, stdout)
		}
		for _, w := range tc.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("bitext %q: stderr %q; want it to say %q", tc.args, stderr, w)
			}
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("tm export --doc typo.tmx -o %s wrote the file", out)
	}
	// A document that is stored still filters.
	if stdout, stderr, code := runBitext(t, "", "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "--doc", "", "Good morning."); code != 0 || !strings.Contains(stdout, "Bonjour.") {
		t.Errorf("tm lookup --doc \"\": exit %d, %q, %q; want the match (no filter)", code, stdout, stderr)
	}
}
