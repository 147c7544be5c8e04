package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// noTMFiles fails the test when the TM file db, one of its -wal, -shm or
// -journal files, or the folder top exists.
func noTMFiles(t *testing.T, what, db, top string) {
	t.Helper()
	for _, p := range []string{db, db + "-wal", db + "-shm", db + "-journal", top} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s: %s is there; a failed first write must leave no new TM", what, p)
		}
	}
}

// TestFailedFirstWriteLeavesNoTM: a command that creates the TM and then
// fails before storing anything (a broken import, an alignment batch
// naming a missing file) removes the file it made, and the folders it
// made for it; an existing TM stays byte for byte as it was; a TM that got
// units from an earlier file of the same import is kept.
func TestFailedFirstWriteLeavesNoTM(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.tmx")
	good := filepath.Join(dir, "good.tmx")
	os.WriteFile(bad, []byte(`<tmx version="1.4"><body><tu>`), 0o644)
	os.WriteFile(good, []byte(`<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Good morning.</seg></tuv><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu></body></tmx>`), 0o644)

	db := filepath.Join(dir, "new.db")
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", bad); code != exitBadInput {
		t.Fatalf("tm import bad.tmx: exit %d, %s; want 2", code, stderr)
	} else if !strings.Contains(stderr, "the new translation memory "+db+" was removed") {
		t.Errorf("tm import bad.tmx into a new TM: %q; want it to say the TM it announced was removed", stderr)
	}
	noTMFiles(t, "tm import --db new.db bad.tmx", db, db)
	nested := filepath.Join(dir, "a", "b", "tm.db")
	if _, stderr, code := runBitext(t, "", "--db", nested, "tm", "import", bad); code != exitBadInput {
		t.Fatalf("tm import bad.tmx: exit %d, %s; want 2", code, stderr)
	}
	noTMFiles(t, "tm import --db a/b/tm.db bad.tmx", nested, filepath.Join(dir, "a"))

	// align --batch --into opens the TM first; a manifest line naming a
	// binary file fails the batch when it reads it. (A missing file is
	// refused with the manifest, before the TM is opened.)
	os.WriteFile(filepath.Join(dir, "s.en.txt"), []byte("Good morning.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bin.fr.txt"), []byte("\x7fELF\x00\x01"), 0o644)
	manifest := filepath.Join(dir, "m.tsv")
	os.WriteFile(manifest, []byte("s.en.txt\tbin.fr.txt\n"), 0o644)
	if _, stderr, code := runBitext(t, "", "--db", db, "align", "--batch", "--into", manifest, manifest); code == 0 {
		t.Fatalf("align --batch with a binary file: exit 0, %s", stderr)
	} else if !strings.Contains(stderr, "was removed") {
		t.Errorf("align --batch --into with a binary file: %q; want the new TM removed", stderr)
	}
	noTMFiles(t, "align --batch --into with a binary file", db, db)

	// An existing TM, even an empty one, stays exactly as it was.
	if _, stderr, code := runBitext(t, "", "--db", db, "tm", "import", good); code != 0 {
		t.Fatalf("tm import good.tmx: exit %d, %s", code, stderr)
	}
	before, _ := os.ReadFile(db)
	if _, _, code := runBitext(t, "", "--db", db, "tm", "import", bad); code != exitBadInput {
		t.Fatalf("tm import bad.tmx into a TM: exit %d; want 2", code)
	}
	if after, err := os.ReadFile(db); err != nil || !bytes.Equal(before, after) {
		t.Errorf("a failed import changed the existing TM (%v)", err)
	}

	// A new TM that the first file reached is kept.
	kept := filepath.Join(dir, "kept.db")
	if _, _, code := runBitext(t, "", "--db", kept, "tm", "import", good, bad); code != exitBadInput {
		t.Fatalf("tm import good.tmx bad.tmx: exit %d; want 2", code)
	}
	if stdout, stderr, code := runBitext(t, "", "--db", kept, "tm", "lookup", "--src", "en", "--tgt", "fr", "Good morning."); code != 0 || !strings.Contains(stdout, "Bonjour.") {
		t.Errorf("the TM that good.tmx reached: exit %d, %q, %q; want its unit", code, stdout, stderr)
	}
}

// TestNormalizeWriteReadOnly: normalize -w leaves a read-only file (0444)
// as it is, though its folder is writable (exit 2, naming the file), and
// a rewritten file keeps its mode (0640).
func TestNormalizeWriteReadOnly(t *testing.T) {
	dir := t.TempDir()
	ro, rw := filepath.Join(dir, "ro.txt"), filepath.Join(dir, "rw.txt")
	os.WriteFile(ro, []byte("Daesh said so.\n"), 0o444)
	os.WriteFile(rw, []byte("Daesh said so.\n"), 0o640)
	os.Chmod(rw, 0o640)
	_, stderr, code := runBitext(t, "", "normalize", "-w", ro)
	if code != exitBadInput || !strings.Contains(stderr, ro+": read-only file, not rewritten") {
		t.Errorf("normalize -w ro.txt: exit %d, %q; want 2, naming the read-only file", code, stderr)
	}
	if b, _ := os.ReadFile(ro); string(b) != "Daesh said so.\n" {
		t.Errorf("ro.txt is %q; want it unchanged", b)
	}
	if _, stderr, code := runBitext(t, "", "normalize", "-w", rw); code != 0 {
		t.Fatalf("normalize -w rw.txt: exit %d, %s", code, stderr)
	}
	if st, err := os.Stat(rw); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("rw.txt after normalize -w: %v, %v; want mode 0640", st.Mode().Perm(), err)
	}
	if b, _ := os.ReadFile(rw); string(b) != "Islamic State said so.\n" {
		t.Errorf("rw.txt is %q; want it rewritten", b)
	}
}

// TestAlignEmptyDict: --dict "" and a dictionary file with no usable entry
// (empty, only comments) are bad input naming the flag or the file and
// what is wrong, exit 2 (an empty file was reported as sharing no letters
// with the texts; "" as "open : no such file").
func TestAlignEmptyDict(t *testing.T) {
	dir := t.TempDir()
	f := func(name, text string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(text), 0o644)
		return p
	}
	src, tgt := f("s.en.txt", "Good morning.\n"), f("s.fr.txt", "Bonjour.\n")
	os.Mkdir(filepath.Join(dir, "en"), 0o755)
	os.Mkdir(filepath.Join(dir, "fr"), 0o755)
	f("en/a.txt", "Good morning.\n")
	f("fr/a.txt", "Bonjour.\n")
	for _, tc := range []struct{ dict, want string }{
		{"", "--dict: empty path"},
		{f("empty.txt", ""), "empty.txt: no usable entries"},
		{f("comments.txt", "# a comment\n\n"), "comments.txt: no usable entries"},
	} {
		for _, batch := range []bool{false, true} {
			args := []string{"align", "--dict", tc.dict, src, tgt}
			if batch {
				args = []string{"align", "--batch", "--src", "en", "--tgt", "fr", "--dict", tc.dict, filepath.Join(dir, "en"), filepath.Join(dir, "fr")}
			}
			stdout, stderr, code := runBitext(t, "", args...)
			if code != exitBadInput || stdout != "" || !strings.Contains(stderr, tc.want) {
				t.Errorf("bitext %q: exit %d, %q, %q; want exit 2 saying %q", args, code, stdout, stderr, tc.want)
			}
		}
	}
}
