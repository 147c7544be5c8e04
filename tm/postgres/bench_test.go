package postgres

import (
	"errors"
	"testing"

	"github.com/bitext/bitext/tm"
	"github.com/bitext/bitext/tm/internal/storekit"
	"github.com/bitext/bitext/tm/storetest"
	"golang.org/x/text/language"
)

// BenchmarkDocuments lists 100 documents of 1,000 units each: "count" is
// the query of Documents before it read languages and import times, "page"
// the 50 documents a page of the Documents tab shows.
func BenchmarkDocuments(b *testing.B) {
	s := openTemp(b)
	const docs = 100
	storetest.FillDocuments(b, s, docs, 1000)
	if _, err := s.pool.Exec(ctx, analyzeTM); err != nil {
		b.Fatal(err)
	}
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			rows, err := s.query(ctx, `SELECT file, count(*) FROM unit WHERE file <> '' GROUP BY file ORDER BY file COLLATE "C"`)
			if err != nil {
				b.Fatal(err)
			}
			_, err = storekit.Documents(rows)
			rows.Close()
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	storetest.BenchDocuments(b, s, docs)
}

// BenchmarkPutUnits stores 1,000 units in one transaction, rolled back
// (tm.ErrRollback) so that each round starts from the same TM: "new",
// units none of which is stored (each inserted); "merge", units whose
// hashes the TM holds (each merged into its stored unit); "half", every
// other unit stored, and each new unit given twice (the second merges
// into the first).
func BenchmarkPutUnits(b *testing.B) {
	s := openTemp(b)
	const per = 1000
	storetest.FillDocuments(b, s, 1, per) // hashes 1 to per
	units := func(hash func(i int) int64) []tm.UnitRecord {
		rs := make([]tm.UnitRecord, per)
		for i := range rs {
			r := &rs[i]
			r.Hash = hash(i)
			r.Origin.File = "bench.txt"
			r.Variants = []tm.Variant{{Lang: language.English, Text: "The minister arrived in Tehran on Monday."},
				{Lang: language.French, Text: "Le ministre est arrivé à Téhéran lundi."}}
			r.Langs, r.Bases, r.Keys = []string{"en", "fr"}, []string{"en", "fr"}, []int64{r.Hash, -r.Hash}
			r.Words = [][]int64{{1}, {3}}
			r.Unit.UsageCount = i % 3
		}
		return rs
	}
	for _, tc := range []struct {
		name string
		hash func(i int) int64
	}{
		{"new", func(i int) int64 { return int64(10*per + i) }},
		{"merge", func(i int) int64 { return int64(i + 1) }},
		{"half", func(i int) int64 {
			if i%2 == 0 {
				return int64(i + 1)
			}
			return int64(10*per + i/4)
		}},
	} {
		rs := units(tc.hash)
		ids := make([]int64, per)
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				err := s.Write(ctx, func(w tm.Writer) error {
					if err := w.PutUnits(ctx, rs, ids); err != nil {
						return err
					}
					return tm.ErrRollback
				})
				if !errors.Is(err, tm.ErrRollback) {
					b.Fatal(err)
				}
			}
		})
	}
}
