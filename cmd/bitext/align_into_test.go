package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAlignIntoNothingToStore: align --into of a pair with nothing to
// store (an empty target) makes no TM, alone or in a batch, and says so;
// before, both left a new, empty TM behind ("stored 0 pairs").
func TestAlignIntoNothingToStore(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("a.en.txt"), []byte("Good morning. How are you?\n"), 0o644)
	os.WriteFile(p("b.fr.txt"), nil, 0o644)
	os.WriteFile(p("m.tsv"), []byte("a.en.txt\tb.fr.txt\n"), 0o644)
	for _, args := range [][]string{
		{"align", "--into", p("a.en.txt"), p("b.fr.txt")},
		{"align", "--batch", "--into", p("m.tsv")},
	} {
		db := p("new.db")
		stdout, stderr, code := runBitext(t, "", append([]string{"--db", db}, args...)...)
		if code != 0 || !strings.Contains(stdout, "Good morning.") {
			t.Errorf("bitext %q: exit %d, stdout %q, stderr %q; want exit 0 and the beads", args, code, stdout, stderr)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("bitext %q left the new, empty TM %s (stderr %q)", args, db, stderr)
		}
		if !strings.Contains(stderr, "stored 0 pairs") {
			t.Errorf("bitext %q: stderr %q; want it to say nothing was stored", args, stderr)
		}
	}
}

// TestAlignBatchBinaryFileLine: a file of a manifest found to be binary
// or UTF-16 as it is read is reported with the manifest's line, as a file
// that does not open is; before, only the file was named.
func TestAlignBatchBinaryFileLine(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("a.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(p("bin.fr.txt"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), 0o644)
	os.WriteFile(p("u16.fr.txt"), []byte("\xff\xfeH\x00i\x00"), 0o644)
	os.WriteFile(p("m.tsv"), []byte("# pairs\na.en.txt\tbin.fr.txt\n"), 0o644)
	os.WriteFile(p("u.tsv"), []byte("a.en.txt\tu16.fr.txt\n"), 0o644)
	for m, want := range map[string]string{"m.tsv": "m.tsv:2: read " + p("bin.fr.txt") + ": line 1: NUL byte", "u.tsv": "u.tsv:1: read " + p("u16.fr.txt") + ": line 1: UTF-16"} {
		_, stderr, code := runBitext(t, "", "align", "--batch", p(m))
		if code != exitBadInput || !strings.Contains(stderr, want) {
			t.Errorf("align --batch %s: exit %d, stderr %q; want exit 2 and %q", m, code, stderr, want)
		}
	}
}

// TestAlignJSONLNamesDocuments: a single pair's jsonl names its documents
// (src_doc, tgt_doc) as a batch's does, so tm import of it stores the
// pairs with them, as align --into does (a lookup's match says where it
// came from); before, they were not in the output.
func TestAlignJSONLNamesDocuments(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("a.en.txt"), []byte("The minister arrived in Baghdad on Monday.\nHe met the prime minister.\n"), 0o644)
	os.WriteFile(p("a.fr.txt"), []byte("Le ministre est arrivé à Bagdad lundi.\nIl a rencontré le Premier ministre.\n"), 0o644)
	stdout, stderr, code := runBitext(t, "", "align", "--presegmented", "--format", "jsonl", p("a.en.txt"), p("a.fr.txt"))
	want := `,"src_doc":"` + p("a.en.txt") + `","tgt_doc":"` + p("a.fr.txt") + `"}`
	if code != 0 || strings.Count(stdout, want) != 2 {
		t.Fatalf("align --format jsonl: exit %d, %q (%s); want 2 beads ending %s", code, stdout, stderr, want)
	}
	os.WriteFile(p("out.jsonl"), []byte(stdout), 0o644)
	db := p("tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", "--src", "en", "--tgt", "fr", p("out.jsonl")); code != 0 {
		t.Fatalf("tm import: exit %d, %s", code, stderr)
	}
	stdout, stderr, code = runBitext(t, "", "--db", db, "tm", "lookup", "--src", "en", "--tgt", "fr", "--min", "1", "--format", "jsonl", "He met the prime minister.")
	if want := `"src_doc":"` + p("a.en.txt") + `","tgt_doc":"` + p("a.fr.txt") + `"`; code != 0 || !strings.Contains(stdout, want) {
		t.Errorf("tm lookup after importing the jsonl: exit %d, %q (%s); want the match from %s", code, stdout, stderr, want)
	}
}

// TestAlignIntoSaysLockWait: align --into a TM another process holds (a
// write transaction) says once on standard error, after about a second,
// that it waits for it and up to how long, then stores once the lock is
// released; stdout has the beads only. Before, it waited up to 30 s
// without a word.
func TestAlignIntoSaysLockWait(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("a.en.txt"), []byte("Good morning. How are you?\n"), 0o644)
	os.WriteFile(p("b.fr.txt"), []byte("Bonjour. Comment allez-vous ?\n"), 0o644)
	db := p("tm.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "align", "--into", p("a.en.txt"), p("b.fr.txt")); code != 0 {
		t.Fatalf("first align --into: exit %d %s", code, stderr)
	}
	other, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	release := time.AfterFunc(2*time.Second, func() { conn.ExecContext(context.Background(), "COMMIT") })
	defer release.Stop()
	stdout, stderr, code := runBitext(t, "", "--db", db, "align", "--into", p("a.en.txt"), p("b.fr.txt"))
	want := "bitext: the translation memory " + db + " is locked by another process; waiting for it (up to 30s)\n"
	if code != 0 || strings.Count(stderr, want) != 1 || strings.Contains(stdout, "locked") {
		t.Errorf("align --into a locked TM: exit %d, stdout %q, stderr %q; want exit 0 and stderr saying once %q", code, stdout, stderr, want)
	}
}

// TestAlignBatchSaysInstalledDict: align --batch names the dictionary
// found installed that its pairs align with, once for the batch, as a
// single pair's align does; --no-default-dict leaves it out and says
// nothing. Before, the batch used it without a word.
func TestAlignBatchSaysInstalledDict(t *testing.T) {
	const file = "/usr/share/dictd/freedict-jpn-eng.index"
	if _, err := os.Stat(file); err != nil {
		t.Skipf("Debian's dict-freedict-jpn-eng is not installed (%v): apt-get install dict-freedict-jpn-eng", err)
	}
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("a.ja.txt"), []byte("政府は研究を発表した。\n彼はパンを食べた。\n"), 0o644)
	os.WriteFile(p("a.en.txt"), []byte("The government announced the study.\nHe ate bread.\n"), 0o644)
	os.WriteFile(p("b.ja.txt"), []byte("ニュースは高い。\n"), 0o644)
	os.WriteFile(p("b.en.txt"), []byte("The news is high.\n"), 0o644)
	os.WriteFile(p("m.tsv"), []byte("a.ja.txt\ta.en.txt\tja\ten\nb.ja.txt\tb.en.txt\tja\ten\n"), 0o644)
	want := "bitext: dictionary " + file + ": found installed, used for Japanese and English (--no-default-dict leaves it out)\n"
	for _, tc := range []struct {
		args []string
		n    int
	}{
		{[]string{"align", "--batch", p("m.tsv")}, 1},
		{[]string{"align", "--batch", "--no-default-dict", p("m.tsv")}, 0},
	} {
		stdout, stderr, code := runBitext(t, "", tc.args...)
		if code != 0 || !strings.Contains(stdout, "He ate bread.") || strings.Count(stderr, want) != tc.n {
			t.Errorf("bitext %q: exit %d, stdout %q, stderr %q; want exit 0, the beads and the dictionary named %d times", tc.args, code, stdout, stderr, tc.n)
		}
	}
}

// TestAlignBatchFoldersLanguageNames: align --batch en fr, the folders
// holding story.en.txt and story.fr.txt (the names align reads languages
// from), said "nothing of that name in fr; skipped" and "no pairs to
// align", exit 2; they pair now, their languages read from the names.
func TestAlignBatchFoldersLanguageNames(t *testing.T) {
	dir := t.TempDir()
	en, fr := filepath.Join(dir, "en"), filepath.Join(dir, "fr")
	for from, to := range map[string]string{"irgc-iraq.en.txt": filepath.Join(en, "story.en.txt"), "irgc-iraq.fr.txt": filepath.Join(fr, "story.fr.txt")} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := runBitext(t, "", "align", "--batch", "--format", "jsonl", "--review-below", "0", en, fr)
	if code != 0 || strings.Count(out, "\n") < 10 || !strings.Contains(out, `"tgt_doc":"`+filepath.Join(fr, "story.fr.txt")+`"`) || strings.Contains(stderr, "skipped") {
		t.Errorf("align --batch en fr (story.en.txt, story.fr.txt): exit %d, %d lines, stderr %q; want the pair aligned", code, strings.Count(out, "\n"), stderr)
	}
}

// TestAlignBatchNothingToDo: a manifest with no pair (empty, comments
// only), two folders whose files pair by no name, and a manifest line too
// long for one are bad input naming the manifest (and the line), exit 2;
// with --into no TM is made. Before, the first two did nothing and exited
// 0 (with --into: "stored 0 pairs" in a new, empty TM), the last exited 1
// with "bufio.Scanner: token too long".
func TestAlignBatchNothingToDo(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("empty.tsv"), nil, 0o644)
	os.WriteFile(p("comments.tsv"), []byte("# to do\n\n"), 0o644)
	os.WriteFile(p("s.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(p("s.fr.txt"), []byte("Bonjour.\n"), 0o644)
	os.WriteFile(p("long.tsv"), []byte("s.en.txt\ts.fr.txt\n"+strings.Repeat("x", 10<<20)+"\n"), 0o644)
	os.MkdirAll(p("en"), 0o755)
	os.MkdirAll(p("fr"), 0o755)
	os.WriteFile(p("en/a.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(p("fr/b.txt"), []byte("Bonjour.\n"), 0o644)
	db := p("new.db")
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{p("empty.tsv")}, []string{"empty.tsv: no pairs to align"}},
		{[]string{p("comments.tsv")}, []string{"comments.tsv: no pairs to align"}},
		{[]string{"--src", "en", "--tgt", "fr", p("en"), p("fr")}, []string{"no pairs to align", p("en"), p("fr")}},
		{[]string{p("long.tsv")}, []string{"long.tsv:2: a line longer than 64 KiB"}},
	} {
		for _, into := range []bool{false, true} {
			args := append([]string{"align", "--batch"}, tc.args...)
			if into {
				args = append([]string{"--db", db, "align", "--batch", "--into"}, tc.args...)
			}
			stdout, stderr, code := runBitext(t, "", args...)
			if code != exitBadInput || stdout != "" || !strings.HasPrefix(stderr, "bitext: ") {
				t.Errorf("bitext %q: exit %d, stdout %q, stderr %q; want exit 2 and an error", args, code, stdout, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("bitext %q: %q; want it to say %q", args, stderr, w)
				}
			}
			if _, err := os.Stat(db); err == nil {
				t.Fatalf("bitext %q made the TM %s", args, db)
			}
		}
	}
}

// TestAlignIntoMinScore: --into with --min-score stores the beads it
// writes, those scoring at least SCORE, and nothing else, as the flag's
// help says (the seed's English and French: of 16 beads, those of 0.9 and
// more).
func TestAlignIntoMinScore(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	stdout, stderr, code := runBitext(t, "", "--db", db, "align", "--into", "--min-score", "0.9", "../../testdata/irgc-iraq.en.txt", "../../testdata/irgc-iraq.fr.txt")
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if code != 0 || len(lines) < 2 || len(lines) > 12 {
		t.Fatalf("align --into --min-score 0.9: exit %d, %d beads written; want exit 0 and some but not all of 16 (stderr %q)", code, len(lines), stderr)
	}
	for _, l := range lines {
		if f := strings.Split(l, "\t"); len(f) != 3 || f[2] < "0.900" {
			t.Errorf("align --min-score 0.9 wrote %q", l)
		}
	}
	out, _, _ := runBitext(t, "", "--db", db, "tm", "export", "--src", "en", "--tgt", "fr", "--format", "tsv")
	if stored := strings.Count(out, "\n"); stored != len(lines) {
		t.Errorf("align --into --min-score 0.9 wrote %d beads and stored %d pairs; want the same\n%s", len(lines), stored, out)
	}
}
