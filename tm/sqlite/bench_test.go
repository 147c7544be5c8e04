package sqlite

import (
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/storetest"
	"golang.org/x/text/language"
)

// benchStore is a store of n two-variant units, each in the posting list
// of key 1 and, one in ten, of key 2.
func benchStore(b *testing.B, n int) (*Store, []int64) {
	s, err := Open(ctx, b.TempDir()+"/tm.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	rs := make([]tm.UnitRecord, n)
	for i := range rs {
		r := &rs[i]
		r.Hash = int64(i + 1)
		r.Variants = []tm.Variant{{Lang: language.English, Text: "The minister arrived in Tehran on Monday."},
			{Lang: language.French, Text: "Le ministre est arrivé à Téhéran lundi."}}
		r.Langs, r.Bases, r.Keys = []string{"en", "fr"}, []string{"en", "fr"}, []int64{int64(i), -int64(i)}
		r.Words = [][]int64{{1}, {3}}
		if i%10 == 0 {
			r.Words[0] = append(r.Words[0], 2)
		}
	}
	ids := make([]int64, n)
	if err := s.Write(ctx, func(w tm.Writer) error { return w.PutUnits(ctx, rs, ids) }); err != nil {
		b.Fatal(err)
	}
	return s, ids
}

// BenchmarkUnitsByID reads the 30 candidates of a lookup.
func BenchmarkUnitsByID(b *testing.B) {
	s, ids := benchStore(b, 20000)
	cands := make([]int64, 30)
	for i := range cands {
		cands[i] = ids[i*600]
	}
	for b.Loop() {
		n := 0
		if err := s.UnitsByID(ctx, cands, func(*tm.StoredUnit) error { n++; return nil }); err != nil || n != 30 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkPostings reads a 20,000-entry posting list.
func BenchmarkPostings(b *testing.B) {
	s, _ := benchStore(b, 20000)
	for b.Loop() {
		n := 0
		if err := s.Postings(ctx, 1, func(ids []int64) { n += len(ids) }); err != nil || n != 20000 {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkDocuments lists 100 documents of 1,000 units each: "count" is
// the query of Documents before it read languages and import times, "page"
// the 50 documents a page of the Documents tab shows.
func BenchmarkDocuments(b *testing.B) {
	s, err := Open(ctx, b.TempDir()+"/tm.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	const docs = 100
	storetest.FillDocuments(b, s, docs, 1000)
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			if err := queryRows(ctx, s.db, "SELECT file, count(*) FROM unit WHERE file != '' GROUP BY file ORDER BY file",
				func(r storekit.Rows) error { _, err := storekit.Documents(r); return err }); err != nil {
				b.Fatal(err)
			}
		}
	})
	storetest.BenchDocuments(b, s, docs)
}
