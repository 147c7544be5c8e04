package sqlite

import (
	"fmt"
	"testing"

	"github.com/bitext/bitext/tm"
	"golang.org/x/text/language"
)

// TestCompact: after a document's units are deleted, Compact drops their
// ids from the word index (a word of theirs alone is no longer counted:
// stats said the index words of the deleted units, trial39) and gives the
// file's free pages back (VACUUM); lookups find what they found, and a
// unit added afterwards still takes an id no deleted unit had.
func TestCompact(t *testing.T) {
	s := openTemp(t)
	d := tm.New(s)
	var kept, gone []tm.Unit
	for i := range 300 {
		kept = append(kept, pair(fmt.Sprintf("Kept sentence %d about the harbour.", i), fmt.Sprintf("Phrase gardée %d.", i)))
		gone = append(gone, pair(fmt.Sprintf("Deleted zebra%d sentence about the quagga%d.", i, i), fmt.Sprintf("Phrase effacée %d.", i)))
	}
	if _, err := d.Import(ctx, seq(kept...), tm.ImportOptions{File: "kept.tmx"}); err != nil {
		t.Fatal(err)
	}
	only, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Import(ctx, seq(gone...), tm.ImportOptions{File: "gone.tmx"}); err != nil {
		t.Fatal(err)
	}
	if _, err := d.DeleteDocument(ctx, "gone.tmx"); err != nil {
		t.Fatal(err)
	}
	opt := tm.LookupOptions{Src: language.English, Tgt: language.French}
	before, err := d.Lookup(ctx, "Kept sentence 17 about the harbor.", opt)
	if err != nil || len(before) == 0 {
		t.Fatalf("Lookup before Compact = %v, %v; want matches", before, err)
	}
	st, err := d.Compact(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.WordsAfter != only.Words || st.WordsBefore <= st.WordsAfter {
		t.Errorf("Compact words %d -> %d; want %d, the words of the units kept", st.WordsBefore, st.WordsAfter, only.Words)
	}
	if st.BytesAfter >= st.BytesBefore {
		t.Errorf("Compact bytes %d -> %d; want fewer", st.BytesBefore, st.BytesAfter)
	}
	after, err := d.Lookup(ctx, "Kept sentence 17 about the harbor.", opt)
	if err != nil || fmt.Sprint(after) != fmt.Sprint(before) {
		t.Errorf("Lookup after Compact = %v, %v; want %v", after, err, before)
	}
	if ms, err := d.Lookup(ctx, "Deleted zebra5 sentence about the quagga5.", opt); err != nil || len(ms) != 0 && ms[0].Score == 100 {
		t.Errorf("Lookup of a deleted unit after Compact = %v, %v; want no exact match", ms, err)
	}
	if _, err := d.Add(ctx, pair("A sentence added after the compaction.", "Une phrase.")); err != nil {
		t.Fatal(err)
	}
	var top int64
	if err := s.db.QueryRowContext(ctx, "SELECT max(id) FROM unit").Scan(&top); err != nil || top <= 600 {
		t.Errorf("the unit added after Compact has id %d, %v; want one above the deleted ids (600)", top, err)
	}
	if ms, err := d.Lookup(ctx, "A sentence added after the compaction.", opt); err != nil || len(ms) == 0 || ms[0].Score != 100 {
		t.Errorf("Lookup of the unit added after Compact = %v, %v; want an exact match", ms, err)
	}
	var ok string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
}
