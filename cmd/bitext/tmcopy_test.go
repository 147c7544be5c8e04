package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCopyRefusesGlossaryConflict: tm copy merged the source's glossary
// into the destination's entry by entry without the check names add and
// names import make: "Ghasem Soleimani", an entry of the destination, was
// stored as a variant of the source's "Qassem Soleimani" too, exit 0. The
// glossary then rewrote one spelling two ways, and its own export no
// longer imported ("glossary conflict"). The copy is now refused (exit 2)
// naming the conflict, and nothing of it is stored.
func TestCopyRefusesGlossaryConflict(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "from.db"), filepath.Join(dir, "to.db")
	for _, args := range [][]string{
		{"--db", from, "names", "add", "--kind", "person", "Qassem Soleimani", "Ghasem Soleimani"},
		{"--db", from, "tm", "add", "--src", "en", "--tgt", "fr", "The talks ended.", "Les pourparlers ont pris fin."},
		{"--db", to, "names", "add", "--kind", "person", "Ghasem Soleimani", "Qasem Soleimani"},
	} {
		if _, stderr, code := runBitext(t, "", args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
	}
	glossary := func() string {
		t.Helper()
		out, stderr, code := runBitext(t, "", "--db", to, "names", "export")
		if code != 0 {
			t.Fatalf("names export: exit %d: %s", code, stderr)
		}
		return out
	}
	before := glossary()
	_, stderr, code := runBitext(t, "", "tm", "copy", "--from", from, "--to", to)
	if code != 2 || !strings.Contains(stderr, "glossary conflict: ") || !strings.Contains(stderr, `“Ghasem Soleimani”`) {
		t.Errorf("tm copy of a glossary that conflicts with the destination's: exit %d, said\n%s\nwant exit 2 and the conflict", code, stderr)
	}
	if got := glossary(); got != before {
		t.Errorf("after the refused copy the glossary is\n%s\nwant it as it was\n%s", got, before)
	}
	if out, _, _ := runBitext(t, "", "--db", to, "tm", "stats"); !strings.Contains(out, "units\t0\n") {
		t.Errorf("after the refused copy the destination holds units:\n%s", out)
	}
}

// TestCopyHardLinkLeavesNothing: tm copy --from a.db --to b.db, b.db a
// hard link of a.db, was refused (one TM) after SQLite had opened b.db,
// which left a 0-byte b.db-wal beside; it is refused before, and the
// folder holds what it held.
func TestCopyHardLinkLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	if _, stderr, code := runBitext(t, "", "--db", a, "tm", "add", "--src", "en", "--tgt", "fr", "Hello.", "Bonjour."); code != 0 {
		t.Fatalf("tm add: exit %d, %s", code, stderr)
	}
	if err := os.Link(a, b); err != nil {
		t.Fatal(err)
	}
	list := func() []string {
		entries, _ := os.ReadDir(dir)
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		return names
	}
	before := list()
	_, stderr, code := runBitext(t, "", "tm", "copy", "--from", a, "--to", b)
	if code != 2 || !strings.Contains(stderr, "the two are one translation memory") {
		t.Errorf("tm copy to a hard link: exit %d, %q; want exit 2, one TM", code, stderr)
	}
	if after := list(); !slices.Equal(before, after) {
		t.Errorf("the folder after: %v; want %v, as before", after, before)
	}
}

// TestCopyHintNamesItsFlags: tm copy --to a place no file can be made in
// hinted at --db, a flag it was not given (it opens --to as --db is
// opened), and so did --from a TM that is not there. Each hint names the
// flag given. A missing folder of --to is made, as --db's is (tm import
// --db new/tm.db makes new/, as the default TM's folder is made): --to
// names a TM, as --db does, not an output file as export's -o. A --to or
// --from that is no TM (notes.txt) hinted "point --db or $BITEXT_DB at" one.
func TestCopyHintNamesItsFlags(t *testing.T) {
	dir := t.TempDir()
	from := filepath.Join(dir, "from.db")
	if _, stderr, code := runBitext(t, "", "--db", from, "tm", "add", "--src", "en", "--tgt", "fr", "The talks ended.", "Les pourparlers ont pris fin."); code != 0 {
		t.Fatalf("tm add: exit %d: %s", code, stderr)
	}
	notes := filepath.Join(dir, "notes.txt") // a file, not a TM
	if err := os.WriteFile(notes, []byte("not a translation memory, long enough to be read as a file's header: SQLite reads 100 bytes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		hint string
	}{
		{[]string{"--from", filepath.Join(dir, "none.db"), "--to", filepath.Join(dir, "to.db")}, "bitext: hint: bitext tm import or bitext tm add creates it; --from FILE names another\n"},
		{[]string{"--from", from, "--to", notes}, "bitext: hint: point --to at a bitext translation memory\n"},
		{[]string{"--from", notes, "--to", filepath.Join(dir, "to.db")}, "bitext: hint: point --from at a bitext translation memory\n"},
	} {
		_, stderr, code := runBitext(t, "", append([]string{"tm", "copy"}, c.args...)...)
		if code != 2 || !strings.HasSuffix(stderr, c.hint) || strings.Contains(stderr, "--db") {
			t.Errorf("tm copy %q: exit %d, said\n%s\nwant exit 2 and the hint %q", c.args, code, stderr, c.hint)
		}
	}
	if _, err := os.Stat("/proc/self"); err == nil {
		_, stderr, code := runBitext(t, "", "tm", "copy", "--from", from, "--to", "/proc/x/tm.db")
		const hint = "bitext: hint: --to FILE puts the translation memory in a folder you may write\n"
		if code != 2 || !strings.HasSuffix(stderr, hint) {
			t.Errorf("tm copy --to /proc/x/tm.db: exit %d, said\n%s\nwant exit 2 and the hint %q", code, stderr, hint)
		}
	}
	to := filepath.Join(dir, "new", "to.db")
	if _, stderr, code := runBitext(t, "", "tm", "copy", "--from", from, "--to", to); code != 0 {
		t.Errorf("tm copy --to new/to.db: exit %d: %s; want the folder made, as --db's", code, stderr)
	}
	if out, _, _ := runBitext(t, "", "--db", to, "tm", "stats"); !strings.Contains(out, "units\t1\n") {
		t.Errorf("the copy in a new folder holds:\n%s\nwant the unit", out)
	}
}
