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

// TestCedictDev scores the Chinese development sets without a dictionary
// (NoDefaultDict), with the built-in CC-CEDICT (the default) and, when
// BITEXT_CEDICT names a CC-CEDICT file, with that file as the Lexicon
// (the same alignment as the built-in one for the same CC-CEDICT), and
// checks the score's promise with the built-in one (of the beads scoring
// >= 0.8, at least 95% right). Run with -devsets.
func TestCedictDev(t *testing.T) {
	if !*devsets {
		t.Skip("run with -devsets")
	}
	opts := []struct {
		name string
		opt  Options
	}{{"none", Options{NoDefaultDict: true}}, {"built-in", Options{}}}
	if lex := cedict(t); lex != nil {
		t.Logf("CC-CEDICT %s: %d word pairs (built-in: %d)", os.Getenv("BITEXT_CEDICT"), lex.Len(), defaultCedict().Len())
		opts = append(opts, struct {
			name string
			opt  Options
		}{"file", Options{Lexicon: lex}})
	}
	for _, set := range []string{"mac_dev_zh-en", "bible_en-zh"} {
		docs, gold := devSet(t, set)
		for _, o := range opts {
			hyp := alignSet(t, docs, o.opt)
			if set == "bible_en-zh" {
				dir := filepath.Join(sharedAlign, set)
				hyp = MergeGroups(hyp, readLines(t, filepath.Join(dir, "src.verse")), readLines(t, filepath.Join(dir, "tgt.verse")))
			}
			s := Evaluate(gold, hyp)
			t.Logf("%-14s dictionary %-8s strict P %.3f R %.3f F1 %.3f | lax F1 %.3f", set, o.name,
				s.Strict.Precision, s.Strict.Recall, s.Strict.F1, s.Lax.F1)
		}
	}
	table, prec, n := reliability(labelSetOpt(t, "mac_dev_zh-en", Options{}))
	t.Logf("mac_dev_zh-en with the built-in CC-CEDICT:%s >=0.8: %d beads, %.3f right", table, n, prec)
	if prec < 0.95 {
		t.Errorf("mac_dev_zh-en with the built-in CC-CEDICT: %.3f of the %d beads scoring >= 0.8 are right; want >= 0.95", prec, n)
	}
}
