package align

import (
	"os"
	"path/filepath"
	"testing"
)

// cedict reads the CC-CEDICT file named by $BITEXT_CEDICT (cedict_ts.u8;
// see testdata/README.md for where to get it), or returns nil when the
// variable is not set.
func cedict(t testing.TB) *Lexicon {
	name := os.Getenv("BITEXT_CEDICT")
	if name == "" {
		return nil
	}
	l := NewLexicon()
	if err := l.ReadDictFile(name, FormatCedict); err != nil {
		t.Fatalf("CC-CEDICT: %v", err)
	}
	return l
}

// TestCedictDev scores the Chinese development sets with CC-CEDICT as the
// dictionary, against no dictionary, and checks the score's promise (of
// the beads scoring >= 0.8, at least 95% right). Run with -devsets and
// BITEXT_CEDICT set.
func TestCedictDev(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	lex := cedict(t)
	if lex == nil {
		t.Skip("set BITEXT_CEDICT to a CC-CEDICT file (cedict_ts.u8) to score the Chinese sets with it")
	}
	t.Logf("CC-CEDICT: %d word pairs", lex.Len())
	for _, set := range []string{"mac_dev_zh-en", "bible_en-zh"} {
		docs, gold := devSet(t, set)
		for _, opt := range []Options{{}, {Lexicon: lex}} {
			hyp := alignSet(t, docs, opt)
			if set == "bible_en-zh" {
				dir := filepath.Join(sharedAlign, set)
				hyp = MergeGroups(hyp, readLines(t, filepath.Join(dir, "src.verse")), readLines(t, filepath.Join(dir, "tgt.verse")))
			}
			s := Evaluate(gold, hyp)
			t.Logf("%-14s dict %-5v strict P %.3f R %.3f F1 %.3f | lax F1 %.3f", set, opt.Lexicon != nil,
				s.Strict.Precision, s.Strict.Recall, s.Strict.F1, s.Lax.F1)
		}
	}
	table, prec, n := reliability(labelSetOpt(t, "mac_dev_zh-en", Options{Lexicon: lex}))
	t.Logf("mac_dev_zh-en with CC-CEDICT:%s >=0.8: %d beads, %.3f right", table, n, prec)
	if prec < 0.95 {
		t.Errorf("mac_dev_zh-en with CC-CEDICT: %.3f of the %d beads scoring >= 0.8 are right; want >= 0.95", prec, n)
	}
}
